/**
 * Votes on a decision: the sentence the referat prints, generated from who
 * voted how ("For stemte 5 (A, F, Ø), imod stemte 2 (V), 1 undlod at stemme
 * (C)."), and the checks that keep it honest: only members present for the
 * item vote, nobody twice, and the votes add up to those present.
 */
import { votersOnItem } from './attendance';
import type { AgendaItem, Decision, Meeting, Participant } from './meeting';
import { danishList } from './danish-list';

/** A vote as stored on a decision. */
export type Vote = NonNullable<Decision['vote']>;

type Group = 'for' | 'against' | 'abstain';

/** Danish sort order, so Æ, Ø and Å come last as readers expect. */
const danish = new Intl.Collator('da');

function partiesOf(people: readonly Participant[]): string {
  const letters = [...new Set(people.map((p) => p.party.trim()).filter(Boolean))];
  return letters.sort(danish.compare).join(', ');
}

function namesOf(people: readonly Participant[]): string {
  return danishList(people.map((p) => p.name.trim()));
}

/** The printed sentence for `vote`, with `participants` to resolve ids. */
export function voteWording(vote: Vote, participants: readonly Participant[]): string {
  const people = (ids: readonly string[]) =>
    ids.flatMap((id) => participants.filter((p) => p.id === id));
  const group = (which: Group) => people(vote[which]);
  const count = (which: Group) => (vote.by === 'counts' ? vote.counts[which] : vote[which].length);
  const reserved = people(vote.reservations);

  if (vote.by === 'names') {
    const sentences: string[] = [];
    if (group('for').length) sentences.push(`For stemte ${namesOf(group('for'))}.`);
    if (group('against').length) sentences.push(`Imod stemte ${namesOf(group('against'))}.`);
    if (group('abstain').length) sentences.push(`${namesOf(group('abstain'))} undlod at stemme.`);
    if (reserved.length) sentences.push(`${namesOf(reserved)} tog forbehold.`);
    return sentences.join(' ');
  }
  const letters = (which: Group) => {
    if (vote.by === 'counts') return '';
    const parties = partiesOf(group(which));
    return parties ? ` (${parties})` : '';
  };
  const parts: string[] = [];
  if (count('for')) parts.push(`for stemte ${count('for')}${letters('for')}`);
  if (count('against')) parts.push(`imod stemte ${count('against')}${letters('against')}`);
  if (count('abstain')) parts.push(`${count('abstain')} undlod at stemme${letters('abstain')}`);
  let sentence = parts.join(', ');
  sentence = sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
  if (reserved.length) {
    const parties = partiesOf(reserved);
    const who = `${reserved.length} ${reserved.length === 1 ? 'medlem' : 'medlemmer'}`;
    sentence += ` ${who}${parties ? ` (${parties})` : ''} tog forbehold.`;
  }
  return sentence.trim();
}

/** What is wrong with `vote` on `item` (Danish, for the secretary), or null when it adds up. */
export function voteProblem(
  vote: Vote,
  meeting: Pick<Meeting, 'participants' | 'items'>,
  item: Pick<AgendaItem, 'id'>,
): string | null {
  const voters = votersOnItem(meeting, item);
  const present = new Set(voters.map((p) => p.id));
  const name = (id: string) => meeting.participants.find((p) => p.id === id)?.name.trim() || id;
  if (vote.by === 'counts') {
    const total = vote.counts.for + vote.counts.against + vote.counts.abstain;
    if (total !== voters.length) {
      return `Stemmerne går ikke op: ${total} i alt, men ${voters.length} ${voters.length === 1 ? 'medlem er' : 'medlemmer er'} til stede under punktet.`;
    }
    return null;
  }
  const seen = new Set<string>();
  for (const which of ['for', 'against', 'abstain'] as const) {
    for (const id of vote[which]) {
      if (!present.has(id)) {
        return `${name(id)} kan ikke stemme på dette punkt (fraværende, inhabil eller ikke medlem).`;
      }
      if (seen.has(id)) return `${name(id)} har stemt mere end én gang.`;
      seen.add(id);
    }
  }
  const missing = voters.filter((p) => !seen.has(p.id));
  if (missing.length > 0) {
    return `Stemmerne går ikke op: ${missing.map((p) => p.name.trim()).join(', ')} mangler at stemme (for, imod eller undlod).`;
  }
  return null;
}
