import { createId, type Meeting } from './meeting';

/**
 * "Nyt møde ud fra dette": the next meeting of the same body. Keeps body,
 * venue, times, participants and the agenda (standing items), dated
 * `today`, with every item's decisions cleared and everyone marked present
 * again. Everything gets fresh ids: it is a new document.
 */
export function meetingFromThis(meeting: Meeting, today: string): Meeting {
  return {
    ...meeting,
    id: createId(),
    date: today,
    participants: meeting.participants.map((p) => ({
      ...p,
      id: createId(),
      attendance: 'present',
      attendanceNote: '',
    })),
    items: meeting.items.map((item) => ({
      ...item,
      id: createId(),
      decisions: [],
      attachments: item.attachments.map((a) => ({ ...a, id: createId() })),
    })),
  };
}
