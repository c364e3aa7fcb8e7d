/**
 * A decision's body and date follow the meeting's until the secretary sets
 * them on purpose (stored as null until then): a decision made before the
 * header was filled in, or before the date was corrected, shows the
 * meeting's final values. Decisions carried from an earlier meeting keep
 * their own.
 */
import type { AgendaItem, Decision, Meeting } from './meeting';

/** The deciding body as printed. */
export function decisionBody(decision: Pick<Decision, 'body'>, meeting: Pick<Meeting, 'body'>) {
  return decision.body ?? meeting.body;
}

/** The decision's date (YYYY-MM-DD) as printed. */
export function decisionDate(decision: Pick<Decision, 'date'>, meeting: Pick<Meeting, 'date'>) {
  return decision.date ?? meeting.date;
}

/**
 * An item's decisions, newest first, as the editor shows them and the Word
 * export prints them. Decisions are stored in the order they were added, so
 * on the same date the later-added one is the newer and comes first: a
 * second "Ny beslutning" on the meeting day lands on top, where the
 * secretary is typing. "Ad 1.", "Ad 2." decisions of one day are read
 * against the Indstilling, so they follow its points in order, under any
 * decision of that day for the item as a whole.
 */
export function decisionsNewestFirst(
  item: Pick<AgendaItem, 'decisions'>,
  meeting: Pick<Meeting, 'date'>,
): Decision[] {
  return item.decisions
    .map((decision, index) => ({ decision, date: decisionDate(decision, meeting), index }))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        pointRank(a.decision) - pointRank(b.decision) ||
        b.index - a.index,
    )
    .map(({ decision }) => decision);
}

/** Where a decision stands among one day's: the whole item first (0), then its point in order. */
function pointRank(decision: Pick<Decision, 'point'>): number {
  if (decision.point === '') return 0;
  const number = Number.parseInt(decision.point, 10);
  // A point that is not a number ("a", "2a") sorts after the numbered ones.
  return Number.isFinite(number) ? number : Number.MAX_SAFE_INTEGER;
}

/** The same decision with the meeting's body and date written into it (it no longer follows a meeting). */
export function frozenDecision(
  decision: Decision,
  meeting: Pick<Meeting, 'body' | 'date'>,
): Decision {
  return {
    ...decision,
    body: decisionBody(decision, meeting),
    date: decisionDate(decision, meeting),
  };
}
