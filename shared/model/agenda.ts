import type { Meeting } from './meeting';

/**
 * The dagsorden of a meeting: the same meeting as it stands before it is
 * held, for sending out. Everything the meeting itself records is left out
 * (decisions and their votes, attendance, item status and times), so an
 * export of it cannot leak a decision typed early; the items' own text,
 * numbers, fields and attachments stay. Pure: the meeting is not changed.
 */
export function agendaOf(meeting: Meeting): Meeting {
  return {
    ...meeting,
    kind: 'dagsorden',
    participants: meeting.participants.map((participant) => ({
      ...participant,
      attendance: 'present',
      attendanceNote: '',
    })),
    items: meeting.items.map((item) => ({
      ...item,
      decisions: [],
      status: 'none',
      attendance: [],
      openedAt: null,
      closedAt: null,
    })),
  };
}

/** Header placeholders that report attendance: a dagsorden has none to report. */
export const ATTENDANCE_PLACEHOLDERS: readonly string[] = ['afbud', 'fravaerende'];
