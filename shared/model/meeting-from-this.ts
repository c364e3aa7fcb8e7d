import { frozenDecision } from './decisions';
import { carriesOver, isSettled } from './item-status';
import { createId, type Decision, type Meeting } from './meeting';

/**
 * "Nyt møde ud fra dette": the next meeting of the same body, dated
 * `today`. Keeps body, venue, times, template and participants (everyone
 * present again, no substitutes). Of the agenda:
 * - items postponed or not treated (Udsat, Ikke behandlet) come along with
 *   their earlier decisions, each fixed to this meeting's body and date, so
 *   the referat shows "Beslutning … den 22-01-2018: Udskudt til den 30/1."
 *   above the new one;
 * - items settled here (Godkendt, Taget til efterretning) or withdrawn stay
 *   behind;
 * - items without a status (standing items, or a meeting kept without
 *   statuses) come along empty of decisions, as before.
 * Everything gets fresh ids: it is a new document.
 */
export function meetingFromThis(meeting: Meeting, today: string): Meeting {
  const participants = meeting.participants.map((p) => ({
    ...p,
    id: createId(),
    attendance: 'present' as const,
    attendanceNote: '',
    substituteFor: null,
  }));
  // A carried decision's vote and protokolbemærkninger still name their
  // members, who now have new ids: without this they would print nobody.
  const newId = new Map(meeting.participants.map((p, i) => [p.id, participants[i]?.id ?? p.id]));
  const renamed = (ids: readonly string[]) => ids.map((id) => newId.get(id) ?? id);
  const carried = (decision: Decision): Decision => ({
    ...frozenDecision(decision, meeting),
    id: createId(),
    vote: decision.vote && {
      ...decision.vote,
      for: renamed(decision.vote.for),
      against: renamed(decision.vote.against),
      abstain: renamed(decision.vote.abstain),
      reservations: renamed(decision.vote.reservations),
    },
    protocolNotes: decision.protocolNotes.map((note) => ({
      ...note,
      id: createId(),
      by: renamed(note.by),
    })),
  });
  const items = meeting.items
    .filter((item) => !isSettled(item.status) && item.status !== 'withdrawn')
    .map((item) => ({
      ...item,
      id: createId(),
      decisions: carriesOver(item.status) ? item.decisions.map(carried) : [],
      status: 'none' as const,
      attendance: [],
      openedAt: null,
      closedAt: null,
      attachments: item.attachments.map((a) => ({ ...a, id: createId() })),
    }));
  return {
    ...meeting,
    id: createId(),
    date: today,
    endTime: null,
    participants,
    items,
  };
}
