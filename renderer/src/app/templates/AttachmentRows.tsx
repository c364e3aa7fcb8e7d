import { ATTACHMENT_PLACEHOLDERS } from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, PatternSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type List = Template['attachments']['list'];

const LISTS: readonly (readonly [List, string])[] = [
  ['bullets', 'Punktopstilling (•)'],
  ['numbers', 'Nummereret liste (1. 2. 3.)'],
  ['plain', 'Linjer uden tegn'],
];

/** How an item's attachments (bilag) are listed: each one's line, and the kind of list. */
export function AttachmentRows({ draft, problems, onChange }: Props) {
  const { attachments } = draft;
  const set = (patch: Partial<Template['attachments']>) =>
    onChange({ ...draft, attachments: { ...attachments, ...patch } });
  return (
    <fieldset className="te-group" data-preview="attachments">
      <legend>Bilag</legend>
      <div className="form-grid">
        <PatternSetting
          id="te-attachments-line"
          label="Linje for hvert bilag"
          value={attachments.line}
          placeholder="Bilag {nr}: {titel}"
          specs={ATTACHMENT_PLACEHOLDERS}
          problem={problems.at('attachments.line')}
          onChange={(line) => set({ line })}
        />
        <ChoiceSetting
          id="te-attachments-list"
          label="Opstilling"
          value={attachments.list}
          options={LISTS}
          onChange={(list) => set({ list })}
        />
      </div>
    </fieldset>
  );
}
