import { itemPlaceholders } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, PatternSetting, SwitchSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type Grouping = Template['contents']['grouping'];

const GROUPING: readonly (readonly [Grouping, string])[] = [
  ['none', 'Ingen: alle punkter i én liste'],
  ['open-closed', 'Åbne og lukkede punkter hver for sig'],
  ['field', 'Efter en valgliste (fx Sagstype)'],
];

/** The contents list: whether there is one, its title, each item's line, the grouping and its headings. */
export function ContentsRows({ draft, problems, onChange }: Props) {
  const { contents } = draft;
  const set = (patch: Partial<Template['contents']>) =>
    onChange({ ...draft, contents: { ...contents, ...patch } });
  const off = !contents.show;
  const choiceFields = draft.fields.filter((field) => field.kind === 'choice');
  return (
    <fieldset className="te-group" data-preview="contents">
      <legend>Indholdsfortegnelse</legend>
      <div className="form-grid">
        <SwitchSetting
          id="te-contents-show"
          label="Med indholdsfortegnelse"
          checked={contents.show}
          onChange={(show) => set({ show })}
        />
        <TextSetting
          id="te-contents-title"
          label="Overskrift på listen"
          value={contents.title}
          placeholder="Indholdsfortegnelse"
          disabled={off}
          problem={problems.at('contents.title')}
          onChange={(title) => set({ title })}
        />
        <PatternSetting
          id="te-item-contentsEntry"
          label="Linje for hvert punkt"
          value={draft.item.contentsEntry}
          specs={itemPlaceholders(draft.fields)}
          disabled={off}
          problem={problems.at('item.contentsEntry')}
          onChange={(contentsEntry) =>
            onChange({ ...draft, item: { ...draft.item, contentsEntry } })
          }
        />
        <ChoiceSetting
          id="te-contents-grouping"
          label="Opdeling"
          value={contents.grouping}
          options={GROUPING}
          disabled={off}
          onChange={(grouping) =>
            set(
              grouping === 'field' && !choiceFields.some((f) => f.id === contents.groupField)
                ? { grouping, groupField: choiceFields[0]?.id ?? '' }
                : { grouping },
            )
          }
        />
        {contents.grouping === 'field' && (
          <>
            <ChoiceSetting
              id="te-contents-groupField"
              label="Valgliste"
              value={contents.groupField}
              options={
                choiceFields.length > 0
                  ? choiceFields.map((f) => [f.id, f.label] as const)
                  : [['', 'Ingen valglister: tilføj en under Felter pr. punkt'] as const]
              }
              hint="Én gruppe pr. valgmulighed, i listens rækkefølge."
              disabled={off}
              problem={problems.at('contents.groupField')}
              onChange={(groupField) => set({ groupField })}
            />
            <TextSetting
              id="te-contents-otherLabel"
              label="Overskrift, punkter uden valg"
              value={contents.otherLabel}
              placeholder="Øvrige punkter"
              disabled={off}
              problem={problems.at('contents.otherLabel')}
              onChange={(otherLabel) => set({ otherLabel })}
            />
            <SwitchSetting
              id="te-contents-closedApart"
              label="Lukkede punkter i en gruppe for sig, sidst"
              checked={contents.closedApart}
              onChange={(closedApart) => set({ closedApart })}
            />
          </>
        )}
        {contents.grouping === 'open-closed' && (
          <TextSetting
            id="te-contents-openLabel"
            label="Overskrift, åbne punkter"
            value={contents.openLabel}
            placeholder="Åbne punkter"
            disabled={off}
            problem={problems.at('contents.openLabel')}
            onChange={(openLabel) => set({ openLabel })}
          />
        )}
        {(contents.grouping === 'open-closed' ||
          (contents.grouping === 'field' && contents.closedApart)) && (
          <>
            <TextSetting
              id="te-contents-closedLabel"
              label="Overskrift, lukkede punkter"
              value={contents.closedLabel}
              placeholder="Lukkede punkter"
              disabled={off}
              problem={problems.at('contents.closedLabel')}
              onChange={(closedLabel) => set({ closedLabel })}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}
