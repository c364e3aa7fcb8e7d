/**
 * Document-wide state the rich-text transformers share: Word numbering
 * instances are global per numbering reference across the whole document,
 * so each list must draw a fresh instance from one counter or a list in
 * item 2 would continue item 1's count.
 */
export class ListNumbering {
  private nextInstance = 1;
  private readonly starts = new Set<number>();

  /** A new list (a new Word numbering instance) of `reference`. */
  newInstance(): number {
    return this.nextInstance++;
  }

  /** The numbering reference of a numbered list starting at `start`. */
  numberedReference(start: number): string {
    if (start === 1) return NUMBERED_REFERENCE;
    this.starts.add(start);
    return `${NUMBERED_REFERENCE}-from-${start}`;
  }

  /** Start values other than 1 used by some list (each needs its own definition). */
  usedStarts(): number[] {
    return [...this.starts].sort((a, b) => a - b);
  }
}

/** Numbering reference of bulleted lists. */
export const BULLET_REFERENCE = 'referat-bullets';
/** Numbering reference of numbered lists starting at 1. */
export const NUMBERED_REFERENCE = 'referat-numbers';
/** Word supports nine list levels (0–8); deeper nesting stays at the last. */
export const MAX_LIST_LEVEL = 8;

/** Bullet characters by list level (cycling): what Word shows and the PDF draws. */
export const LIST_BULLETS = ['•', '–', '•'] as const;
/** Number styles by list level (cycling), each followed by a full stop: 1. a. i. */
export const LIST_NUMBER_STYLES = ['decimal', 'lower-letter', 'lower-roman'] as const;

/** The start value of a numbered list from its reference ("referat-numbers-from-4" → 4). */
export function startOf(reference: string): number {
  const match = /-from-(\d+)$/.exec(reference);
  return match ? Number(match[1]) : 1;
}
