import type { z } from 'zod';
import type {
  agendaItemSchema,
  attachmentSchema,
  decisionSchema,
  meetingSchema,
  participantSchema,
} from './schema';
import { emptyRichText } from './rich-text';

/** One meeting: header, participants and agenda items. */
export type Meeting = z.output<typeof meetingSchema>;
/** An agenda item (punkt). */
export type AgendaItem = z.output<typeof agendaItemSchema>;
/** A participant (mødedeltager). */
export type Participant = z.output<typeof participantSchema>;
/** A dated decision (Beslutning). */
export type Decision = z.output<typeof decisionSchema>;
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

/** A new, empty meeting dated `today` (YYYY-MM-DD), prefilled with the user's defaults. */
export function createMeeting(today: string, defaults: MeetingDefaults): Meeting {
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
    items: [],
  };
}

/** A new participant, present by default. */
export function createParticipant(name: string, role = ''): Participant {
  return { id: createId(), name, initials: '', role, attendance: 'present', attendanceNote: '' };
}

/** A new, empty agenda item. */
export function createAgendaItem(title = ''): AgendaItem {
  return {
    id: createId(),
    title,
    caseNumber: '',
    closed: false,
    background: emptyRichText(),
    recommendation: emptyRichText(),
    decisions: [],
    presentation: emptyRichText(),
    attachments: [],
  };
}

/** A new decision by `body` on `date`, with empty text. */
export function createDecision(body: string, date: string): Decision {
  return { id: createId(), body, date, text: emptyRichText() };
}
