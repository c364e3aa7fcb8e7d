import {
  ABSENT_PLACEHOLDERS,
  DECISION_PLACEHOLDERS,
  INHABIL_PLACEHOLDERS,
  PROTOCOL_NOTE_PLACEHOLDERS,
} from '../../../../shared/template/placeholders';
import type { Template } from '../../../../shared/template/schema';
import { ChoiceSetting, PatternSetting, TextSetting } from './SettingInputs';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

type AbsentLine = Template['decision']['absentLine'];
type Placement = Template['decision']['absentPlacement'];
type NoteLayout = Template['decision']['protocolNoteLayout'];

const ABSENT_LINE: readonly (readonly [AbsentLine, string])[] = [
  ['none', 'Nej'],
  ['when-absent', 'Når nogen er fraværende ved punktet'],
  ['always', 'Altid, også når ingen er fraværende'],
];

const PLACEMENT: readonly (readonly [Placement, string])[] = [
  ['before', 'Øverst i beslutningen'],
  ['after', 'Under beslutningens tekst'],
];

const NOTE_LAYOUT: readonly (readonly [NoteLayout, string])[] = [
  ['inline', 'Lige efter ordene, i samme afsnit'],
  ['below', 'I sit eget afsnit under ordene'],
];

/**
 * How each decision of the meeting is printed: its heading, the absent
 * line («Fraværende: …» or a sentence such as «Bo Jensen (V) var
 * fraværende.», above or under the decision), the inhabilitet note, and
 * the words before a protokolbemærkning with where its statement goes.
 */
export function DecisionRows({ draft, problems, onChange }: Props) {
  const { decision } = draft;
  const set = (patch: Partial<Template['decision']>) =>
    onChange({ ...draft, decision: { ...decision, ...patch } });
  const noLine = decision.absentLine === 'none';
  return (
    <fieldset className="te-group" data-preview="decision">
      <legend>Beslutninger</legend>
      <div className="form-grid">
        <PatternSetting
          id="te-decision-heading"
          label="Beslutningsoverskrift"
          value={decision.heading}
          specs={DECISION_PLACEHOLDERS}
          problem={problems.at('decision.heading')}
          onChange={(heading) => set({ heading })}
        />
        <ChoiceSetting
          id="te-decision-absentLine"
          label="Linje med fraværende"
          value={decision.absentLine}
          options={ABSENT_LINE}
          hint="I hver beslutning fra mødet, fx «Fraværende: Bo Jensen (V)»."
          onChange={(absentLine) => set({ absentLine })}
        />
        <TextSetting
          id="te-decision-absentLabel"
          label="Linjens navn"
          value={decision.absentLabel}
          placeholder="Fraværende"
          disabled={noLine || decision.absentNote.trim() !== ''}
          hint={decision.absentNote.trim() ? 'Bruges ikke, når linjen er en sætning.' : undefined}
          problem={problems.at('decision.absentLabel')}
          onChange={(absentLabel) => set({ absentLabel })}
        />
        <PatternSetting
          id="te-decision-absentNote"
          label="Linjen som sætning"
          value={decision.absentNote}
          placeholder="{navne} var fraværende."
          note={`Tom: «${decision.absentLabel.trim() || 'Fraværende'}:» med fed, så navnene.`}
          specs={ABSENT_PLACEHOLDERS}
          disabled={noLine}
          problem={problems.at('decision.absentNote')}
          onChange={(absentNote) => set({ absentNote })}
        />
        <ChoiceSetting
          id="te-decision-absentPlacement"
          label="Linjens plads"
          value={decision.absentPlacement}
          options={PLACEMENT}
          disabled={noLine}
          onChange={(absentPlacement) => set({ absentPlacement })}
        />
        <PatternSetting
          id="te-decision-inhabilNote"
          label="Note om inhabilitet"
          value={decision.inhabilNote}
          specs={INHABIL_PLACEHOLDERS}
          problem={problems.at('decision.inhabilNote')}
          onChange={(inhabilNote) => set({ inhabilNote })}
        />
        <PatternSetting
          id="te-decision-protocolNote"
          label="Protokolbemærkning"
          value={decision.protocolNote}
          placeholder="Protokolbemærkning fra {navne}:"
          note="Skrives under beslutningen, efter afstemningen. Tom: kun selve bemærkningen."
          specs={PROTOCOL_NOTE_PLACEHOLDERS}
          problem={problems.at('decision.protocolNote')}
          onChange={(protocolNote) => set({ protocolNote })}
        />
        <ChoiceSetting
          id="te-decision-protocolNoteLayout"
          label="Bemærkningens tekst"
          value={decision.protocolNoteLayout}
          options={NOTE_LAYOUT}
          disabled={decision.protocolNote.trim() === ''}
          onChange={(protocolNoteLayout) => set({ protocolNoteLayout })}
        />
      </div>
    </fieldset>
  );
}
