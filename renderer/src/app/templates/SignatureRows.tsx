import { meetingPlaceholders } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, PatternSetting, SwitchSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type Who = Template['signatures']['who'];

const WHO: readonly (readonly [Who, string])[] = [
  ['present', 'Deltagerne, der var til stede'],
  ['all', 'Alle deltagere, også dem med afbud'],
];

/**
 * How the referat ends: the closing line after the last item ("Mødet hævet
 * kl. 17.30."), and the signature page (underskriftsblad): whether, its
 * heading, who signs.
 */
export function SignatureRows({ draft, problems, onChange }: Props) {
  const { signatures } = draft;
  const set = (patch: Partial<Template['signatures']>) =>
    onChange({ ...draft, signatures: { ...signatures, ...patch } });
  const off = !signatures.show;
  return (
    <fieldset className="te-group" data-preview="signatures">
      <legend>Slutning og underskrifter</legend>
      <div className="form-grid">
        <PatternSetting
          id="te-document-closing"
          label="Slutlinje"
          value={draft.document.closing}
          placeholder="[Mødet hævet kl. {slut}.]"
          note="Efter sidste punkt; tomt: ingen."
          specs={meetingPlaceholders(draft.meetingFields)}
          problem={problems.at('document.closing')}
          onChange={(closing) => onChange({ ...draft, document: { ...draft.document, closing } })}
        />
        <SwitchSetting
          id="te-signatures-show"
          label="Underskriftsside efter sidste punkt"
          checked={signatures.show}
          onChange={(show) => set({ show })}
        />
        <TextSetting
          id="te-signatures-title"
          label="Overskrift"
          value={signatures.title}
          placeholder="Underskrifter"
          disabled={off}
          problem={problems.at('signatures.title')}
          onChange={(title) => set({ title })}
        />
        <ChoiceSetting
          id="te-signatures-who"
          label="Hvem skriver under"
          value={signatures.who}
          options={WHO}
          hint="Sekretæren skriver aldrig under. En linje og navnet for hver."
          disabled={off}
          onChange={(who) => set({ who })}
        />
      </div>
    </fieldset>
  );
}
