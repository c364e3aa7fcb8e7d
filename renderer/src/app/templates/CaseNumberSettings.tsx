import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type Print = Template['item']['caseNumber']['print'];
type Layout = Template['item']['fieldsLayout'];

const LAYOUT: readonly (readonly [Layout, string])[] = [
  ['lines', 'Hvert felt på sin egen linje'],
  ['one-line', 'Alle på én linje, adskilt med ·'],
];

/** How the case number prints (alone, with its name, or not) and whether the printed fields share a line. */
export function CaseNumberSettings({ draft, problems, onChange }: Props) {
  const { item } = draft;
  const setCaseNumber = (patch: Partial<Template['item']['caseNumber']>) =>
    onChange({ ...draft, item: { ...item, caseNumber: { ...item.caseNumber, ...patch } } });
  const name = item.caseNumber.label.trim();
  const print: readonly (readonly [Print, string])[] = [
    ['alone', 'På sin egen linje: «16/13808»'],
    ['labelled', `Med navn blandt felterne: «${name ? `${name}: ` : ''}16/13808»`],
    ['no', 'Udskrives ikke'],
  ];
  return (
    <div className="form-grid te-settings">
      <ChoiceSetting
        id="te-item-caseNumber-print"
        label="Sagsnummer"
        value={item.caseNumber.print}
        options={print}
        onChange={(value) => setCaseNumber({ print: value })}
      />
      <TextSetting
        id="te-item-caseNumber-label"
        label="Sagsnummerets navn"
        value={item.caseNumber.label}
        placeholder="Sagsnr."
        hint="Står også ved feltet i punktets formular."
        problem={problems.at('item.caseNumber.label')}
        onChange={(label) => setCaseNumber({ label })}
      />
      <ChoiceSetting
        id="te-item-fieldsLayout"
        label="Felterne udskrives"
        value={item.fieldsLayout}
        options={LAYOUT}
        onChange={(fieldsLayout) => onChange({ ...draft, item: { ...item, fieldsLayout } })}
      />
    </div>
  );
}
