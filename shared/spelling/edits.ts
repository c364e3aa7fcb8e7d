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
