import type { AgendaItem, Meeting, Participant } from './meeting';

/**
 * Who was absent while `item` was treated: for now everyone who sent
 * apologies (afbud) for the meeting. Attendance per item (left before,
 * arrived during, inhabil) refines this.
 */
export function absentOnItem(
  meeting: Pick<Meeting, 'participants'>,
  _item: Pick<AgendaItem, 'id'>,
): Participant[] {
  return meeting.participants.filter((p) => p.attendance === 'absent' && p.name.trim() !== '');
}
