/**
 * Candidate corrections one keystroke away from a misspelled word, for the
 * suggestion menu. Hunspell's own suggestions miss some typing slips in
 * Danish compounds ("nedbygnig" gets none; "nedbygning" is one insertion
 * away), so the worker keeps the candidates here that the dictionary
 * accepts and puts them around Hunspell's.
 */

/** The letters tried for insertions and replacements. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

/** Candidates in three groups, most likely first within each. */
export interface SingleEdits {
  /** A letter too many, then two letters swapped: the most common slips. */
  near: string[];
  /** A missing space: both halves (3+ letters) are checked as words. */
  splits: [string, string][];
  /** A letter missing, then a letter mistyped. */
  far: string[];
}

/** Every word one deletion, swap, insertion or replacement away from `word`, and its splits. */
export function singleEdits(word: string): SingleEdits {
  const chars = [...word];
  const at = (start: number, end?: number) => chars.slice(start, end).join('');
  const near = new Set<string>();
  const far = new Set<string>();
  const splits: [string, string][] = [];
  for (let i = 0; i < chars.length; i++) near.add(at(0, i) + at(i + 1));
  for (let i = 0; i + 1 < chars.length; i++) {
    near.add(at(0, i) + at(i + 1, i + 2) + at(i, i + 1) + at(i + 2));
  }
  for (let i = 3; i <= chars.length - 3; i++) splits.push([at(0, i), at(i)]);
  for (let i = 0; i <= chars.length; i++) {
    for (const letter of LETTERS) far.add(at(0, i) + letter + at(i));
  }
  for (let i = 0; i < chars.length; i++) {
    for (const letter of LETTERS) if (letter !== chars[i]) far.add(at(0, i) + letter + at(i + 1));
  }
  near.delete(word);
  for (const candidate of [word, ...near]) far.delete(candidate);
  return { near: [...near], splits, far: [...far] };
}

/** How many dictionary words end in each four letters: a rough measure of how Danish an ending is. */
export function wordEndings(dictionary: string): Map<string, number> {
  const endings = new Map<string, number>();
  for (const line of dictionary.split('\n')) {
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLocaleLowerCase('da');
    if (word.length < 4) continue;
    const ending = word.slice(-4);
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
  }
  return endings;
}

/**
 * Orders accepted one-slip candidates, the most common ending first
 * ("nedbygning" before "nedbygig": Hunspell accepts both, the second only as
 * an unlikely compound). Ties keep their order (deletions and swaps first).
 */
export function rankByEnding(candidates: string[], endings: Map<string, number>): string[] {
  const score = (word: string) => endings.get(word.toLocaleLowerCase('da').slice(-4)) ?? 0;
  return candidates
    .map((word, index) => ({ word, index, score: score(word) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.word);
}
