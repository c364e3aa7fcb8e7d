import type { z } from 'zod';
import type {
  agendaItemSchema,
  attachmentSchema,
  decisionSchema,
  meetingSchema,
  participantSchema,
  protocolNoteSchema,
} from './schema';
import { DEFAULT_TEMPLATE } from '../template/built-in/index';
import type { Template } from '../template/schema';
import { emptyRichText, type RichText } from './rich-text';

/** One meeting: header, participants and agenda items. */
export type Meeting = z.output<typeof meetingSchema>;
/** A meeting as written by hand or by a tool: fields with defaults may be left out. */
export type MeetingInput = z.input<typeof meetingSchema>;
/** An agenda item (punkt). */
export type AgendaItem = z.output<typeof agendaItemSchema>;
/** A participant (mødedeltager). */
export type Participant = z.output<typeof participantSchema>;
/** A dated decision (Beslutning). */
export type Decision = z.output<typeof decisionSchema>;
/** A protokolbemærkning on a decision. */
export type ProtocolNote = z.output<typeof protocolNoteSchema>;
/** An attachment (bilag). */
export type Attachment = z.output<typeof attachmentSchema>;
/** Attendance of a participant. */
export type Attendance = Participant['attendance'];

/**
 * A fresh identifier. Not security-relevant: it only has to be unique within
 * one meeting, so a timestamp plus randomness is enough and works in every
 * zone without `crypto`.
 */
export function createId(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}

/** Defaults a new meeting starts from (from the user's settings). */
export interface MeetingDefaults {
  body: string;
  venue: string;
  secretaryName: string;
}

/** A new, empty meeting dated `today` (YYYY-MM-DD), prefilled with the user's defaults, written with `template`. */
export function createMeeting(
  today: string,
  defaults: MeetingDefaults,
  template: Template = DEFAULT_TEMPLATE,
): Meeting {
  const participants: Participant[] = defaults.secretaryName.trim()
    ? [createParticipant(defaults.secretaryName.trim(), 'sekretær')]
    : [];
  return {
    id: createId(),
    kind: 'referat',
    body: defaults.body,
    date: today,
    startTime: '09:00',
    endTime: null,
    venue: defaults.venue,
    participants,
    firstItemNumber: 1,
    template,
    fields: {},
    items: [],
    spellingIgnored: [],
  };
}

/** A new participant, present by default. */
export function createParticipant(name: string, role = ''): Participant {
  return {
    id: createId(),
    name,
    initials: '',
    role,
    party: '',
    attendance: 'present',
    attendanceNote: '',
    substituteFor: null,
  };
}

/** A new, empty agenda item. */
export function createAgendaItem(title = ''): AgendaItem {
  return {
    id: createId(),
    title,
    caseNumber: '',
    closed: false,
    fields: {},
    sections: {},
    decisions: [],
    status: 'none',
    attendance: [],
    openedAt: null,
    closedAt: null,
    attachments: [],
  };
}

/** The text of an item's rich-text section `id`; empty when it has none yet. */
export function sectionText(item: Pick<AgendaItem, 'sections'>, id: string): RichText {
  return item.sections[id] ?? emptyRichText();
}

/**
 * A new decision with empty text. Without `body` and `date` it follows the
 * meeting's (see decisions.ts); give them for a decision of another day.
 */
export function createDecision(body: string | null = null, date: string | null = null): Decision {
  return {
    id: createId(),
    body,
    date,
    point: '',
    text: emptyRichText(),
    vote: null,
    protocolNotes: [],
  };
}

/** A new, empty protokolbemærkning, from `by` (participant ids) when given. */
export function createProtocolNote(by: string[] = []): ProtocolNote {
  return { id: createId(), by, byText: '', text: '' };
}
