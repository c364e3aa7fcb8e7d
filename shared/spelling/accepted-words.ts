/**
 * Words the spellchecker accepts beyond the dictionary: the open meeting's
 * own names (participants, body, venue), the personal dictionary from the
 * settings and the words ignored in this meeting. Applied after Hunspell, so
 * changing them never re-runs the dictionary.
 */
import { wordsToCheck } from './words';

/** Where accepted words come from. */
export interface AcceptedSources {
  /** The personal dictionary ("Tilføj til ordbog"). */
  personal: readonly string[];
  /** Words ignored in the open meeting ("Ignorér"). */
  ignored: readonly string[];
  /** Free texts whose words are names: participants' names, the body, the venue. */
  names: readonly string[];
}

/** The accepted words as one set, as written. */
export function acceptedWords(sources: AcceptedSources): ReadonlySet<string> {
  const words = new Set<string>();
  for (const word of [...sources.personal, ...sources.ignored]) {
    const trimmed = word.trim();
    if (trimmed) words.add(trimmed);
  }
  for (const text of sources.names) for (const token of wordsToCheck(text)) words.add(token.word);
  return words;
}

/**
 * True when `word` is accepted: as written; in lower case when it is
 * capitalised (a sentence's first word: "Taastrupgaard" when "taastrupgaard"
 * was added, not the other way round, as in Word); or as the genitive of an
 * accepted word ("Holtes" for Holte, "Skastrups" for Skastrup).
 */
export function isAccepted(word: string, accepted: ReadonlySet<string>): boolean {
  if (accepted.size === 0) return false;
  if (accepted.has(word) || accepted.has(word.toLocaleLowerCase('da'))) return true;
  return word.length > 2 && word.endsWith('s') && isAccepted(word.slice(0, -1), accepted);
}

/** The name texts of a meeting that the checker accepts the words of. */
export function meetingNameTexts(meeting: {
  body: string;
  venue: string;
  participants: readonly { name: string }[];
}): string[] {
  return [meeting.body, meeting.venue, ...meeting.participants.map((p) => p.name)];
}
