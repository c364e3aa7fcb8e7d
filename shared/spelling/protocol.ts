/**
 * Messages between the renderer and the spelling worker. The worker owns
 * Hunspell and answers only "which of these keys are wrong" and "what are
 * the suggestions for this word"; everything else (what a word is, which
 * words are accepted anyway) stays on the page side.
 */

/** Page → worker. */
export type SpellRequest =
  /** Keys from `wordsToCheck` (see WordToken.key). */
  { type: 'check'; id: number; keys: string[] } | { type: 'suggest'; id: number; word: string };

/** Worker → page. */
export type SpellReply =
  /** The dictionary is loaded; figures for the benchmark. */
  | { type: 'ready'; loadMs: number; memoryBytes: number }
  /** The engine or dictionary could not be loaded: spelling stays off. */
  | { type: 'failed'; message: string }
  /** The keys of the request that are misspelled; `ms` is the time spent in Hunspell. */
  | { type: 'checked'; id: number; wrong: string[]; ms: number }
  | { type: 'suggestions'; id: number; words: string[] };

/** Hunspell gets a word, or a word with its full stop or trailing hyphen: the word alone first. */
export function baseOfKey(key: string): string {
  return key.endsWith('.') || key.endsWith('-') ? key.slice(0, -1) : key;
}
