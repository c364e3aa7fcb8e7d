import type { Inline } from '../blocks';
import { DEFAULT_TAB_STOP } from '../typography';
import { measurer, type Measurer } from './font-metrics';

/** Where a paragraph's lines may go, in twips from the text column's (or cell's) left edge. */
export interface LineBox {
  firstStart: number;
  restStart: number;
  end: number;
  /** Explicit tab stops (beyond them, the default stops apply). */
  tabStops: number[];
}

// Widths are summed in floating point; a line that is full to within a
// hundredth of a point still fits, as in both word processors.
const EPSILON = 0.2;

const isAlphanumeric = (char: string) => /[\p{L}\p{N}]/u.test(char);

/** What may follow a break opportunity inside a word, by the character before it. */
type InWordBreak = 'before-alphanumeric' | null;

/**
 * Break opportunities inside a word, as LibreOffice (ICU with its own
 * tailoring) finds them, measured on rendered samples: after a hyphen
 * between letters or digits ("Høje-|Taastrup", "2019-|2022", "10-|12"),
 * after a dash; never after a slash ("2017/18", "Fokus/Task", "kr./md.",
 * "dir/2018/januar" stay whole), though LibreOffice was seen breaking a
 * long URL after one.
 */
function breakAfter(char: string, previous: string): InWordBreak {
  if (char === '-') return isAlphanumeric(previous) ? 'before-alphanumeric' : null;
  if (char === '\u2013' || char === '\u2014') return 'before-alphanumeric';
  return null;
}

/**
 * Counts the lines a paragraph breaks into, greedily as Word and
 * LibreOffice do for left-aligned text: lines break at spaces (which hang
 * past the line end) and inside words where {@link breakAfter} allows;
 * a word longer than the line is broken between characters.
 */
export function countLines(inlines: Inline[], bold: boolean, size: number, box: LineBox): number {
  return breakLines(inlines, bold, size, box).lines;
}

/** Like {@link countLines}, also telling where the last line's text ends (twips from the left edge). */
export function breakLines(
  inlines: Inline[],
  bold: boolean,
  size: number,
  box: LineBox,
): { lines: number; lastLineEnd: number } {
  let lines = 1;
  let lineStart = box.firstStart;
  let x = lineStart;
  // Where the last word placed ends (x without the spaces after it).
  let textEnd = x;
  let word: number[] = [];
  let wordWidth = 0;
  let spaces = 0;
  let pendingBreak: InWordBreak = null;
  let previous = '';
  // The current word's letters from the current run: ligatures form within one run only.
  let segment = '';
  let segmentMeasure: Measurer | null = null;
  const closeSegment = () => {
    if (segment && segmentMeasure) wordWidth += segmentMeasure.ligatureDelta(segment);
    segment = '';
  };

  const newLine = () => {
    lines++;
    lineStart = box.restStart;
    x = lineStart;
    textEnd = x;
  };
  const flushWord = () => {
    closeSegment();
    if (wordWidth > 0) {
      if (x + wordWidth > box.end + EPSILON && x > lineStart) newLine();
      if (wordWidth > box.end - lineStart + EPSILON) {
        for (const w of word) {
          if (x + w > box.end + EPSILON && x > lineStart) newLine();
          x += w;
        }
      } else {
        x += wordWidth;
      }
    }
    textEnd = x;
    // Trailing spaces hang in the margin: they never wrap a line by themselves.
    x += spaces;
    word = [];
    wordWidth = 0;
    spaces = 0;
    pendingBreak = null;
  };

  for (const inline of inlines) {
    if (inline.kind === 'break') {
      flushWord();
      newLine();
      continue;
    }
    if (inline.kind === 'tab') {
      flushWord();
      const stop =
        box.tabStops.find((s) => s > x + EPSILON) ??
        (Math.floor(x / DEFAULT_TAB_STOP) + 1) * DEFAULT_TAB_STOP;
      if (stop > box.end) newLine();
      else x = stop;
      continue;
    }
    const measure = measurer(inline.format, bold, size);
    closeSegment();
    segmentMeasure = measure;
    for (const char of inline.text) {
      if (char === ' ' || char === '\u3000') {
        spaces += measure.width(char);
        previous = char;
        continue;
      }
      const opportunity =
        (pendingBreak === 'before-alphanumeric' && isAlphanumeric(char)) ||
        // An em dash may also start a line.
        (char === '\u2014' && wordWidth > 0);
      if (spaces > 0 || opportunity) flushWord();
      const w = measure.width(char);
      word.push(w);
      wordWidth += w;
      segment += char;
      pendingBreak = breakAfter(char, previous);
      previous = char;
    }
  }
  flushWord();
  return { lines, lastLineEnd: textEnd };
}
