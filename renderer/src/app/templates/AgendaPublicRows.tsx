import { meetingPlaceholders } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { PatternSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

/** The dagsorden's title line and the text under the public version's title («Åbent referat»). */
export function AgendaPublicRows({ draft, problems, onChange }: Props) {
  const set = (patch: Partial<Template['document']>) =>
    onChange({ ...draft, document: { ...draft.document, ...patch } });
  return (
    <fieldset className="te-group" data-preview="versions">
      <legend>Dagsorden og offentlig version</legend>
      <div className="form-grid">
        <PatternSetting
          id="te-document-agendaTitle"
          label="Dagsordenens titel"
          value={draft.document.agendaTitle}
          specs={meetingPlaceholders(draft.meetingFields)}
          problem={problems.at('document.agendaTitle')}
          onChange={(agendaTitle) => set({ agendaTitle })}
        />
        <TextSetting
          id="te-document-publicLabel"
          label="Under titlen, offentlig version"
          value={draft.document.publicLabel}
          placeholder="Åbent referat"
          hint="Skrives med fed under titlen, kun i den offentlige version. Tom: ingen tekst."
          problem={problems.at('document.publicLabel')}
          onChange={(publicLabel) => set({ publicLabel })}
        />
      </div>
    </fieldset>
  );
}
