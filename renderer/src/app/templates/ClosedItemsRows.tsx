import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type PublicShows = Template['closedItems']['publicShows'];

const PUBLIC_SHOWS: readonly (readonly [PublicShows, string])[] = [
  ['number', 'Kun nummeret'],
  ['case-number', 'Nummeret og sagsnummeret'],
  ['title-and-decision', 'Titel og beslutning'],
];

/** What the public version shows of an item marked «Lukket punkt», and the internal version's note. */
export function ClosedItemsRows({ draft, problems, onChange }: Props) {
  const { closedItems } = draft;
  const set = (patch: Partial<Template['closedItems']>) =>
    onChange({ ...draft, closedItems: { ...closedItems, ...patch } });
  const showsTitle = closedItems.publicShows === 'title-and-decision';
  return (
    <fieldset className="te-group" data-preview="closed">
      <legend>Lukkede punkter</legend>
      <p className="muted te-hint">
        Den interne version viser lukkede punkter helt; den offentlige viser kun det, der vælges
        her.
      </p>
      <div className="form-grid">
        <ChoiceSetting
          id="te-closedItems-publicShows"
          label="Offentlig version viser"
          value={closedItems.publicShows}
          options={PUBLIC_SHOWS}
          onChange={(publicShows) => set({ publicShows })}
        />
        <TextSetting
          id="te-closedItems-label"
          label="I stedet for titlen"
          value={closedItems.label}
          placeholder="Lukket"
          disabled={showsTitle}
          hint={showsTitle ? 'Bruges ikke, når titlen vises.' : 'Fx «Punkt 5: Lukket».'}
          problem={problems.at('closedItems.label')}
          onChange={(label) => set({ label })}
        />
        <TextSetting
          id="te-closedItems-titleSuffix"
          label="Efter titlen"
          value={closedItems.titleSuffix}
          placeholder=" (Lukket)"
          hint="Når titlen vises, fx «Køb af ejendom (Lukket)». Husk mellemrummet først."
          problem={problems.at('closedItems.titleSuffix')}
          onChange={(titleSuffix) => set({ titleSuffix })}
        />
        <TextSetting
          id="te-closedItems-internalNote"
          label="Note i intern version"
          value={closedItems.internalNote}
          placeholder="Lukket punkt"
          hint="Med fed kursiv under overskriften. Tom: ingen note."
          problem={problems.at('closedItems.internalNote')}
          onChange={(internalNote) => set({ internalNote })}
        />
      </div>
    </fieldset>
  );
}
