/**
 * What the meeting recorded about an item besides its text, as the
 * template prints it: status and times under the heading; in a decision of
 * this meeting, who was absent, who was inhabil, the point it decides
 * ("Ad 1."), the vote and the protokolbemærkninger.
 */
import { absentOnItem, inhabilOnItem } from '../../model/attendance';
import { decisionDate } from '../../model/decisions';
import { ITEM_STATUS_LABELS } from '../../model/item-status';
import type { AgendaItem, Decision, Meeting } from '../../model/meeting';
import { voteWording } from '../../model/vote';
import {
  absentNote,
  inhabilNote,
  participantName,
  protocolNoteParagraphs,
} from '../../template/render';
import { textParagraph, type Block } from '../blocks';
import { xmlSafeLine } from '../sanitize';

/** "10:05" → "10.05", as Danish text writes a time of day. */
function danishTime(time: string): string {
  return time.replace(':', '.');
}

/** "Status: Udsat" and "Behandlet kl. 10.05-10.32", when the template prints them. */
export function statusLines(meeting: Meeting, item: AgendaItem): Block[] {
  const { statusLine, recordTimes } = meeting.template.item;
  const blocks: Block[] = [];
  if (statusLine && item.status !== 'none') {
    blocks.push(textParagraph('Normal', `Status: ${ITEM_STATUS_LABELS[item.status]}`));
  }
  if (recordTimes && item.openedAt) {
    const until = item.closedAt ? `-${danishTime(item.closedAt)}` : '';
    blocks.push(textParagraph('Normal', `Behandlet kl. ${danishTime(item.openedAt)}${until}`));
  }
  return blocks;
}

/** True for a decision made at this meeting (not one carried from an earlier meeting). */
function madeAtThisMeeting(decision: Decision, meeting: Meeting): boolean {
  return decisionDate(decision, meeting) === meeting.date;
}

/**
 * Who was absent on the item, in a decision of this meeting, as the
 * template says: "Fraværende: Bo Jensen (V)" (the label in bold) or the
 * template's sentence, "Bo Jensen (V) og Eva Holm (A) var fraværende.".
 * The caller puts it above or below the decision (absentPlacement).
 */
export function absentLine(meeting: Meeting, item: AgendaItem, decision: Decision): Block[] {
  const { absentLine: mode, absentLabel, absentNote: note } = meeting.template.decision;
  if (mode === 'none' || !madeAtThisMeeting(decision, meeting)) return [];
  const absentPeople = absentOnItem(meeting, item);
  if (absentPeople.length === 0 && mode === 'when-absent') return [];
  if (note.trim()) {
    const sentence = absentNote(absentPeople, meeting);
    return sentence ? [textParagraph('Normal', xmlSafeLine(sentence))] : [];
  }
  const absent = absentPeople
    .map((p) => participantName(p, meeting.template, meeting.participants))
    .join(', ');
  return [
    {
      kind: 'paragraph',
      style: 'Normal',
      inlines: [
        { kind: 'text', text: `${xmlSafeLine(absentLabel.trim())}:`, format: { bold: true } },
        ...(absent ? [{ kind: 'text' as const, text: ` ${xmlSafeLine(absent)}`, format: {} }] : []),
      ],
    },
  ];
}

/** The inhabilitet notes and "Ad 1." before a decision's text. */
export function beforeDecisionText(
  meeting: Meeting,
  item: AgendaItem,
  decision: Decision,
): Block[] {
  const blocks: Block[] = [];
  if (madeAtThisMeeting(decision, meeting)) {
    for (const { participant, reason } of inhabilOnItem(meeting, item)) {
      blocks.push(textParagraph('Normal', xmlSafeLine(inhabilNote(participant, reason, meeting))));
    }
  }
  const point = decision.point.trim().replace(/\.$/, '');
  if (point) blocks.push(textParagraph('Normal', `Ad ${xmlSafeLine(point)}.`, { bold: true }));
  return blocks;
}

/** The vote's sentence after a decision's text. */
export function afterDecisionText(meeting: Meeting, decision: Decision): Block[] {
  if (!decision.vote) return [];
  const wording = decision.vote.wording.trim() || voteWording(decision.vote, meeting.participants);
  return wording ? [textParagraph('Normal', xmlSafeLine(wording))] : [];
}

/**
 * The decision's protokolbemærkninger, in the order they were added, each
 * in the template's words ("Protokolbemærkning fra Enhedslisten: …"). A
 * decision carried from an earlier meeting keeps its own: they are part of
 * what was decided then.
 */
export function protocolNotes(meeting: Meeting, decision: Decision): Block[] {
  return decision.protocolNotes.flatMap((note) =>
    protocolNoteParagraphs(note, meeting).map((line) => textParagraph('Normal', xmlSafeLine(line))),
  );
}
