/**
 * Every change to the open meeting is one of these actions, applied by a
 * pure reducer: the UI never mutates the meeting, so an unchanged item keeps
 * its object identity and the autosave can reuse its cached JSON.
 */
import {
  createAgendaItem,
  createDecision,
  createId,
  createParticipant,
  type AgendaItem,
  type Attachment,
  type Decision,
  type Meeting,
  type Participant,
  type ProtocolNote,
} from '../../../../shared/model/meeting';
import { appendRichText, type RichText } from '../../../../shared/model/rich-text';
import type { Template } from '../../../../shared/template/schema';

/** Header fields editable as plain values (and the words "Ignorér" adds for the spellchecker). */
export type HeaderPatch = Partial<
  Pick<
    Meeting,
    | 'body'
    | 'date'
    | 'startTime'
    | 'endTime'
    | 'venue'
    | 'firstItemNumber'
    | 'spellingIgnored'
    | 'fields'
  >
>;

/** Item fields editable as plain values (status and the times noted live too). */
export type ItemPatch = Partial<
  Pick<AgendaItem, 'title' | 'caseNumber' | 'closed' | 'status' | 'openedAt' | 'closedAt'>
>;

/** A change to one participant's attendance on an item. */
export type AttendanceChange = AgendaItem['attendance'][number];

/** One change to the meeting. */
export type MeetingAction =
  | { type: 'header'; patch: HeaderPatch }
  /** Another template ("Skift skabelon…", or one edited here): texts stay by id, nothing is dropped. */
  | { type: 'template'; template: Template }
  | { type: 'participant-add'; name?: string; participant?: Participant; at?: number }
  | { type: 'participant-update'; id: string; patch: Partial<Omit<Participant, 'id'>> }
  | { type: 'participant-remove'; id: string }
  | { type: 'participant-move'; id: string; to: number }
  | { type: 'item-add'; at?: number; item?: AgendaItem }
  | { type: 'item-remove'; id: string }
  | { type: 'item-duplicate'; id: string }
  | { type: 'item-move'; id: string; to: number }
  | { type: 'item-update'; id: string; patch: ItemPatch }
  /** The text of rich-text section `section` (a template section id). */
  | { type: 'item-text'; id: string; section: string; text: RichText }
  /** A short field or short-text section, by the template's id. */
  | { type: 'item-field'; id: string; field: string; value: string }
  /** Text kept from another template («Ikke i skabelonen»): deleted, or appended to section `to`. */
  | { type: 'section-discard'; id: string; section: string }
  | { type: 'section-move'; id: string; section: string; to: string }
  /**
   * Sets what happened to `participantId` on item `itemId` ("left" before
   * it, "arrived" during it, inhabil, away); `kind: null` takes it back, so
   * the participant inherits the meeting's attendance again.
   */
  | {
      type: 'item-attendance';
      itemId: string;
      participantId: string;
      kind: AttendanceChange['kind'] | null;
      reason?: string;
    }
  | { type: 'decision-add'; itemId: string; decision?: Decision; at?: number }
  | { type: 'decision-update'; itemId: string; id: string; patch: Partial<Omit<Decision, 'id'>> }
  | { type: 'decision-remove'; itemId: string; id: string }
  /** A protokolbemærkning on decision `decisionId`; `note` and `at` put a removed one back (undo). */
  | {
      type: 'protocol-note-add';
      itemId: string;
      decisionId: string;
      note: ProtocolNote;
      at?: number;
    }
  | {
      type: 'protocol-note-update';
      itemId: string;
      decisionId: string;
      id: string;
      patch: Partial<Omit<ProtocolNote, 'id'>>;
    }
  | { type: 'protocol-note-remove'; itemId: string; decisionId: string; id: string }
  | { type: 'attachment-add'; itemId: string; title?: string; attachment?: Attachment; at?: number }
  | {
      type: 'attachment-update';
      itemId: string;
      id: string;
      patch: Partial<Omit<Attachment, 'id'>>;
    }
  | { type: 'attachment-remove'; itemId: string; id: string }
  | { type: 'attachment-move'; itemId: string; id: string; to: number };

/** Moves the element with `id` to index `to` (clamped); the same array when nothing moves. */
export function moveById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  to: number,
): T[] {
  const from = list.findIndex((entry) => entry.id === id);
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from === target) return list as T[];
  const next = list.slice();
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}

function updateById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  change: (entry: T) => T,
): T[] {
  return list.map((entry) => (entry.id === id ? change(entry) : entry));
}

/**
 * A copy of `item` with fresh ids, for "Duplikér punkt". Rich text is
 * shared: it is never mutated. What happened at the meeting (status,
 * attendance, times) belongs to the original, so the copy starts without.
 */
export function duplicateItem(item: AgendaItem): AgendaItem {
  return {
    ...item,
    id: createId(),
    status: 'none',
    attendance: [],
    openedAt: null,
    closedAt: null,
    title: item.title ? `${item.title} (kopi)` : '',
    decisions: item.decisions.map((decision) => ({
      ...decision,
      id: createId(),
      protocolNotes: decision.protocolNotes.map((note) => ({ ...note, id: createId() })),
    })),
    attachments: item.attachments.map((attachment) => ({ ...attachment, id: createId() })),
  };
}

/** `meeting` with decision `decisionId` of item `itemId` changed by `change`. */
function updateDecision(
  meeting: Meeting,
  itemId: string,
  decisionId: string,
  change: (decision: Decision) => Decision,
): Meeting {
  return updateItem(meeting, itemId, (item) => ({
    ...item,
    decisions: updateById(item.decisions, decisionId, change),
  }));
}

function updateItem(
  meeting: Meeting,
  id: string,
  change: (item: AgendaItem) => AgendaItem,
): Meeting {
  return { ...meeting, items: updateById(meeting.items, id, change) };
}

/** Applies one action; returns the same meeting object when nothing changed. */
export function applyMeetingAction(meeting: Meeting, action: MeetingAction): Meeting {
  switch (action.type) {
    case 'header':
      return { ...meeting, ...action.patch };
    case 'template':
      return action.template === meeting.template
        ? meeting
        : { ...meeting, template: action.template };
    case 'participant-add': {
      // `participant` and `at` put a deleted one back where it was (undo).
      const participants = meeting.participants.slice();
      const participant = action.participant ?? createParticipant(action.name ?? '');
      participants.splice(action.at ?? participants.length, 0, participant);
      return { ...meeting, participants };
    }
    case 'participant-update':
      return {
        ...meeting,
        participants: updateById(meeting.participants, action.id, (p) => ({
          ...p,
          ...action.patch,
        })),
      };
    case 'participant-remove':
      return { ...meeting, participants: meeting.participants.filter((p) => p.id !== action.id) };
    case 'participant-move':
      return { ...meeting, participants: moveById(meeting.participants, action.id, action.to) };
    case 'item-add': {
      const items = meeting.items.slice();
      items.splice(action.at ?? items.length, 0, action.item ?? createAgendaItem());
      return { ...meeting, items };
    }
    case 'item-remove':
      return { ...meeting, items: meeting.items.filter((item) => item.id !== action.id) };
    case 'item-duplicate': {
      const index = meeting.items.findIndex((item) => item.id === action.id);
      const original = meeting.items[index];
      if (!original) return meeting;
      const items = meeting.items.slice();
      items.splice(index + 1, 0, duplicateItem(original));
      return { ...meeting, items };
    }
    case 'item-move':
      return { ...meeting, items: moveById(meeting.items, action.id, action.to) };
    case 'item-update':
      return updateItem(meeting, action.id, (item) => ({ ...item, ...action.patch }));
    case 'item-text':
      return updateItem(meeting, action.id, (item) => ({
        ...item,
        sections: { ...item.sections, [action.section]: action.text },
      }));
    case 'item-field':
      return updateItem(meeting, action.id, (item) => ({
        ...item,
        fields: { ...item.fields, [action.field]: action.value },
      }));
    case 'section-discard':
      return updateItem(meeting, action.id, (item) => {
        const { [action.section]: _discarded, ...sections } = item.sections;
        return { ...item, sections };
      });
    case 'section-move':
      return updateItem(meeting, action.id, (item) => {
        const { [action.section]: moved, ...sections } = item.sections;
        if (!moved || action.to === action.section) return item;
        const target = sections[action.to];
        return {
          ...item,
          sections: { ...sections, [action.to]: target ? appendRichText(target, moved) : moved },
        };
      });
    case 'item-attendance':
      return updateItem(meeting, action.itemId, (item) => {
        // One change per participant and item: the secretary records what
        // happened to them here, not a history of corrections.
        const others = item.attendance.filter((c) => c.participantId !== action.participantId);
        const before = item.attendance.find((c) => c.participantId === action.participantId);
        if (action.kind === null) return before ? { ...item, attendance: others } : item;
        const change: AttendanceChange = {
          participantId: action.participantId,
          kind: action.kind,
          reason: action.reason ?? (before?.kind === action.kind ? before.reason : ''),
        };
        return { ...item, attendance: [...others, change] };
      });
    case 'decision-add':
      return updateItem(meeting, action.itemId, (item) => {
        // Appended by default: the stored order is the order of adding, which
        // decides which of two same-day decisions is shown first.
        const decisions = item.decisions.slice();
        const decision = action.decision ?? createDecision();
        decisions.splice(action.at ?? decisions.length, 0, decision);
        return { ...item, decisions };
      });
    case 'decision-update':
      return updateItem(meeting, action.itemId, (item) => ({
        ...item,
        decisions: updateById(item.decisions, action.id, (d) => ({ ...d, ...action.patch })),
      }));
    case 'decision-remove':
      return updateItem(meeting, action.itemId, (item) => ({
        ...item,
        decisions: item.decisions.filter((d) => d.id !== action.id),
      }));
    case 'protocol-note-add':
      return updateDecision(meeting, action.itemId, action.decisionId, (decision) => {
        const protocolNotes = decision.protocolNotes.slice();
        protocolNotes.splice(action.at ?? protocolNotes.length, 0, action.note);
        return { ...decision, protocolNotes };
      });
    case 'protocol-note-update':
      return updateDecision(meeting, action.itemId, action.decisionId, (decision) => ({
        ...decision,
        protocolNotes: updateById(decision.protocolNotes, action.id, (note) => ({
          ...note,
          ...action.patch,
        })),
      }));
    case 'protocol-note-remove':
      return updateDecision(meeting, action.itemId, action.decisionId, (decision) => ({
        ...decision,
        protocolNotes: decision.protocolNotes.filter((note) => note.id !== action.id),
      }));
    case 'attachment-add':
      return updateItem(meeting, action.itemId, (item) => {
        const attachments = item.attachments.slice();
        const attachment = action.attachment ?? {
          id: createId(),
          title: action.title ?? '',
          filePath: null,
        };
        attachments.splice(action.at ?? attachments.length, 0, attachment);
        return { ...item, attachments };
      });
    case 'attachment-update':
      return updateItem(meeting, action.itemId, (item) => ({
        ...item,
        attachments: updateById(item.attachments, action.id, (a) => ({ ...a, ...action.patch })),
      }));
    case 'attachment-remove':
      return updateItem(meeting, action.itemId, (item) => ({
        ...item,
        attachments: item.attachments.filter((a) => a.id !== action.id),
      }));
    case 'attachment-move':
      return updateItem(meeting, action.itemId, (item) => ({
        ...item,
        attachments: moveById(item.attachments, action.id, action.to),
      }));
  }
}
