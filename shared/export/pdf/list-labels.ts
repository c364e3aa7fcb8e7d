import type { ParagraphBlock } from '../blocks';
import { BULLET_REFERENCE, LIST_BULLETS, LIST_NUMBER_STYLES, startOf } from '../rich-text/context';

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  }
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    for (; rest >= value; rest -= value) out += digits;
  }
  return out;
}

function formatNumber(n: number, level: number): string {
  const style = LIST_NUMBER_STYLES[level % LIST_NUMBER_STYLES.length];
  if (n <= 0 || style === 'decimal') return String(n);
  return style === 'lower-letter' ? letters(n) : roman(n);
}

/**
 * The list labels Word shows ("•", "3.", "b."), for a renderer that draws
 * them itself: the .docx leaves numbering to Word's numbering definitions
 * (docx/numbering.ts), whose rules this follows. Each list instance counts
 * on its own from its reference's start value; an item resets the count of
 * the levels below it. Call `labelOf` for the list paragraphs in document order.
 */
export class ListLabels {
  private readonly counters = new Map<string, number[]>();

  /** The label of a list paragraph (the next number of its list and level). */
  labelOf(list: NonNullable<ParagraphBlock['list']>): string {
    if (list.reference === BULLET_REFERENCE) {
      return LIST_BULLETS[list.level % LIST_BULLETS.length] ?? '•';
    }
    const key = `${list.reference}/${list.instance}`;
    const counts = this.counters.get(key) ?? [];
    const n = (counts[list.level] ?? startOf(list.reference) - 1) + 1;
    counts[list.level] = n;
    counts.length = list.level + 1;
    this.counters.set(key, counts);
    return `${formatNumber(n, list.level)}.`;
  }
}
