import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, SwitchSetting, TextSetting } from './SettingInputs';
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

/** The signature page after the last item (underskriftsblad): whether, its heading, who signs. */
export function SignatureRows({ draft, problems, onChange }: Props) {
  const { signatures } = draft;
  const set = (patch: Partial<Template['signatures']>) =>
    onChange({ ...draft, signatures: { ...signatures, ...patch } });
  const off = !signatures.show;
  return (
    <fieldset className="te-group" data-preview="signatures">
      <legend>Underskrifter</legend>
      <div className="form-grid">
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
