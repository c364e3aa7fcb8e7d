/**
 * Who took part in each item. The meeting's attendance (present, afbud,
 * partly present) is the start; each item may record changes: a member
 * left before it (and is gone from then on), arrived during it (and was
 * missing before), is inhabil on it, or stepped out for it alone.
 */
import { itemNumber } from './derived';
import type { AgendaItem, Meeting, Participant } from './meeting';

/** A participant's part in one item. */
export type Presence =
  | 'present'
  /** Sent apologies for the whole meeting (afbud). */
  | 'absent'
  /** Left before this item. */
  | 'left'
  /** Arrives at a later item. */
  | 'not-yet'
  /** Stepped out for this item only. */
  | 'away'
  /** Disqualified on this item (inhabil). */
  | 'inhabil';

/** A participant on an item, with the reason when inhabil. */
export interface ItemAttendance {
  participant: Participant;
  presence: Presence;
  reason: string;
}

type Attendable = Pick<Meeting, 'participants' | 'items'>;

/** Everyone's presence on the item at `index`. */
export function attendanceOnItem(meeting: Attendable, index: number): ItemAttendance[] {
  return meeting.participants.map((participant) => {
    const result = (presence: Presence, reason = ''): ItemAttendance => ({
      participant,
      presence,
      reason,
    });
    if (participant.attendance === 'absent') return result('absent');
    let presence: Presence = 'present';
    let reason = '';
    meeting.items.forEach((item, at) => {
      for (const change of item.attendance) {
        if (change.participantId !== participant.id) continue;
        if (change.kind === 'left' && at <= index) presence = 'left';
        if (change.kind === 'arrived' && at > index && presence === 'present') presence = 'not-yet';
        if (at === index && (change.kind === 'inhabil' || change.kind === 'away')) {
          if (presence === 'present') {
            presence = change.kind;
            reason = change.reason;
          }
        }
      }
    });
    return result(presence, reason);
  });
}

function indexOf(meeting: Attendable, item: Pick<AgendaItem, 'id'>): number {
  return meeting.items.findIndex((candidate) => candidate.id === item.id);
}

/** Who did not take part in `item` for any reason but inhabilitet (printed as "Fraværende: …"). */
export function absentOnItem(meeting: Attendable, item: Pick<AgendaItem, 'id'>): Participant[] {
  return attendanceOnItem(meeting, indexOf(meeting, item))
    .filter((entry) => entry.presence !== 'present' && entry.presence !== 'inhabil')
    .map((entry) => entry.participant)
    .filter((p) => p.name.trim() !== '');
}

/** Who was inhabil on `item`, with their reasons. */
export function inhabilOnItem(meeting: Attendable, item: Pick<AgendaItem, 'id'>): ItemAttendance[] {
  return attendanceOnItem(meeting, indexOf(meeting, item)).filter(
    (entry) => entry.presence === 'inhabil',
  );
}

/** Participants who vote: everyone but the secretary (sekretær / referent). */
export function isVotingMember(participant: Pick<Participant, 'role'>): boolean {
  return !/sekretær|referent/i.test(participant.role);
}

/** The voting members present for `item` (a vote must count exactly these). */
export function votersOnItem(meeting: Attendable, item: Pick<AgendaItem, 'id'>): Participant[] {
  return attendanceOnItem(meeting, indexOf(meeting, item))
    .filter((entry) => entry.presence === 'present' && isVotingMember(entry.participant))
    .map((entry) => entry.participant);
}

/**
 * How a partly present participant's attendance reads in the header
 * ("forlod mødet før behandlingen af punkt 5"), from the item changes and
 * the free-text note; null when they were there throughout.
 */
export function partialAttendanceText(
  meeting: Attendable & Pick<Meeting, 'firstItemNumber'>,
  participant: Participant,
): string | null {
  const parts: string[] = [];
  if (participant.attendanceNote.trim()) parts.push(participant.attendanceNote.trim());
  meeting.items.forEach((item, at) => {
    for (const change of item.attendance) {
      if (change.participantId !== participant.id) continue;
      const number = itemNumber(meeting, at);
      if (change.kind === 'left') parts.push(`forlod mødet før behandlingen af punkt ${number}`);
      if (change.kind === 'arrived') parts.push(`ankom under behandlingen af punkt ${number}`);
      if (change.kind === 'away') parts.push(`deltog ikke i behandlingen af punkt ${number}`);
    }
  });
  if (parts.length === 0) return participant.attendance === 'partial' ? '' : null;
  return parts.join(', ');
}
