import { pagePlaceholders } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { PatternSetting, SwitchSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

/** The page header (sidehoved) and footer (sidefod): a line each, and whether page 1 has the header. */
export function PageMarginRows({ draft, problems, onChange }: Props) {
  const { page } = draft;
  const set = (patch: Partial<Template['page']>) =>
    onChange({ ...draft, page: { ...page, ...patch } });
  const specs = pagePlaceholders(draft.meetingFields);
  return (
    <fieldset className="te-group" data-preview="page">
      <legend>Sidehoved og sidefod</legend>
      <div className="form-grid">
        <PatternSetting
          id="te-page-header"
          label="Sidehoved"
          value={page.header}
          placeholder="{organ} – Referat – {dato:lang}"
          note="Øverst på hver side; tomt: intet sidehoved. En for lang linje afkortes med «…»."
          specs={specs}
          problem={problems.at('page.header')}
          onChange={(header) => set({ header })}
        />
        <SwitchSetting
          id="te-page-headerOnFirstPage"
          label="Også sidehoved på forsiden (med titlen)"
          checked={page.headerOnFirstPage}
          onChange={(headerOnFirstPage) => set({ headerOnFirstPage })}
        />
        <PatternSetting
          id="te-page-footer"
          label="Sidefod"
          value={page.footer}
          placeholder="Side {side} af {sider}"
          note="Nederst på hver side; tomt: ingen sidefod."
          specs={specs}
          problem={problems.at('page.footer')}
          onChange={(footer) => set({ footer })}
        />
      </div>
    </fieldset>
  );
}
