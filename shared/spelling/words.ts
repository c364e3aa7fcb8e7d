/**
 * What counts as a word for the Danish spellchecker, as pure functions over
 * a string: the renderer finds the words of a paragraph here, the worker
 * checks them with Hunspell, and both sides agree on what a word is.
 *
 * Not words, and so never flagged: links and e-mail addresses, anything
 * with a digit in it (case numbers such as 16/13808, dates, amounts,
 * "§17.4"), single letters, words in capitals (acronyms such as HTK, as
 * Word does by default) and the usual abbreviations written with a full
 * stop (kl., mhp., bl.a., …).
 */
import { ABBREVIATIONS } from './abbreviations';

/** A word to check and where it is in the text (UTF-16 offsets, `end` exclusive). */
export interface WordToken {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
  /**
   * What the dictionary is asked: the word, with its full stop when one
   * follows (Hunspell knows many abbreviations with their stop), or with a
   * trailing hyphen for the first half of "styre- og arbejdsgrupper".
   */
  key: string;
}

/** A run of characters without white space. */
const CHUNK = /\S+/g;
/** Letters, with apostrophes only inside a word ("rock'n'roll"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Letters and full stops, as in "bl.a." or "f.eks.", from a word's start. */
const DOTTED = /^(?:[\p{L}\p{M}]+\.)+/u;
const HAS_DIGIT = /\p{N}/u;
const LINK = /^[("'«“]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;
/** Something@something.something: an e-mail address, however it is punctuated around. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** True when a chunk of text (no white space) is not made of words at all. */
export function isNonWordChunk(chunk: string): boolean {
  return HAS_DIGIT.test(chunk) || LINK.test(chunk) || EMAIL.test(chunk);
}

/** True for a word in capitals (HTK, SSP), which is an acronym, not a misspelling. */
function isAcronym(word: string): boolean {
  return word === word.toLocaleUpperCase('da') && word !== word.toLocaleLowerCase('da');
}

/** The words of `text` that the dictionary should be asked about, in order. */
export function wordsToCheck(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const chunkText = chunk[0];
    if (isNonWordChunk(chunkText)) continue;
    const chunkStart = chunk.index;
    // Parts of a known abbreviation ("bl.a.") end here, relative to the chunk.
    let skipUntil = 0;
    for (const match of chunkText.matchAll(WORD)) {
      const word = match[0];
      const at = match.index;
      if (at < skipUntil) continue;
      const dotted = DOTTED.exec(chunkText.slice(at))?.[0];
      if (dotted && ABBREVIATIONS.has(dotted.toLocaleLowerCase('da'))) {
        skipUntil = at + dotted.length;
        continue;
      }
      if (word.length < 2 || isAcronym(word)) continue;
      const next = chunkText[at + word.length];
      const hangingHyphen = next === '-' && at + word.length + 1 === chunkText.length;
      const key = next === '.' ? `${word}.` : hangingHyphen ? `${word}-` : word;
      tokens.push({ word, start: chunkStart + at, end: chunkStart + at + word.length, key });
    }
  }
  return tokens;
}
