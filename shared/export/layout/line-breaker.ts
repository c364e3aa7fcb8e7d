import type { Inline, RunFormat } from '../blocks';
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

const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const isAlphanumeric = (char: string) => ALPHANUMERIC.test(char);

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

/** A piece of text placed on a line: one run's characters, at `x` twips from the box's left edge. */
export interface PlacedRun {
  text: string;
  format: RunFormat;
  link?: string;
  x: number;
  /** Advance width, twips (spaces included; ligatures counted). */
  width: number;
  /**
   * The run is wider than its text (a tab drawn as a space, a stretched
   * space of a justified line): nothing may be joined after it.
   */
  gap?: true;
}

/** One line as placed: its runs, left to right, and where its text ends (trailing spaces hang past it). */
export interface PlacedLine {
  runs: PlacedRun[];
  /** Where the line's room starts (first line or the rest), twips from the box's left edge. */
  start: number;
  textEnd: number;
  /** A dot leader (a contents entry's tab to its page number), from and to, twips. */
  leader?: { from: number; to: number };
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

/**
 * Like {@link countLines}, also telling where the last line's text ends
 * (twips from the left edge). With `placed`, also records every line's runs
 * there, for a renderer that draws the text itself (the PDF): the same
 * decisions, so the same lines, as the count.
 */
export function breakLines(
  inlines: Inline[],
  bold: boolean,
  size: number,
  box: LineBox,
  placed?: PlacedLine[],
  keepWords = false,
): { lines: number; lastLineEnd: number } {
  let lines = 1;
  let lineStart = box.firstStart;
  let x = lineStart;
  // Where the last word placed ends (x without the spaces after it).
  let textEnd = x;
  // The widths of the current word's letters (reused, not reallocated per word).
  const word: number[] = [];
  let wordWidth = 0;
  let spaces = 0;
  let pendingBreak: InWordBreak = null;
  // The code point before the current one (-1: none yet); a string only when a hyphen asks for it.
  let previous = -1;
  // The current word's letters from the current run, as `segmentText` from `segmentStart` to
  // `segmentEnd`: ligatures form within one run only.
  let segmentText = '';
  let segmentStart = 0;
  let segmentEnd = 0;
  let segmentMeasure: Measurer | null = null;
  // Only with `placed`: the pieces of the word being read and of its trailing spaces.
  const recorder = placed ? new LineRecorder(placed, keepWords) : null;
  const closeSegment = () => {
    if (segmentEnd > segmentStart && segmentMeasure) {
      const delta = segmentMeasure.ligatureDelta(segmentText.slice(segmentStart, segmentEnd));
      wordWidth += delta;
      recorder?.closePiece(delta);
    }
    segmentStart = segmentEnd;
  };

  const newLine = () => {
    recorder?.endLine(lineStart, textEnd);
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
        if (recorder) {
          for (const piece of recorder.takePieces()) {
            const measure = measurer(piece.inline.format, bold, size);
            for (const char of piece.inline.text.slice(piece.start, piece.end)) {
              const w = measure.width(char);
              if (x + w > box.end + EPSILON && x > lineStart) {
                recorder.endPartial();
                newLine();
              }
              recorder.extendPartial(piece.inline, char, x, w);
              x += w;
            }
            recorder.endPartial();
          }
        } else {
          for (const w of word) {
            if (x + w > box.end + EPSILON && x > lineStart) newLine();
            x += w;
          }
        }
      } else {
        recorder?.placeWord(x);
        x += wordWidth;
      }
    }
    textEnd = x;
    recorder?.placeSpaces(x);
    // Trailing spaces hang in the margin: they never wrap a line by themselves.
    x += spaces;
    word.length = 0;
    wordWidth = 0;
    spaces = 0;
    pendingBreak = null;
  };

  for (const inline of inlines) {
    if (inline.kind === 'break') {
      flushWord();
      // A space at the break, so extracted text does not run the two lines together.
      recorder?.gap(x, 0, inline);
      newLine();
      continue;
    }
    if (inline.kind === 'tab') {
      flushWord();
      const stop =
        box.tabStops.find((s) => s > x + EPSILON) ??
        (Math.floor(x / DEFAULT_TAB_STOP) + 1) * DEFAULT_TAB_STOP;
      if (stop > box.end) newLine();
      else {
        // A space where the tab is, so extracted text reads "Mødedato Mandag", not "MødedatoMandag".
        recorder?.gap(x, stop - x, inline);
        x = stop;
      }
      continue;
    }
    const measure = measurer(inline.format, bold, size);
    closeSegment();
    segmentMeasure = measure;
    const text = inline.text;
    segmentText = text;
    segmentStart = segmentEnd = 0;
    // One code point per step, read with charCodeAt rather than a string per character: this
    // loop sees every character of the referat. `at`–`next` is the code point in `text`.
    for (let at = 0; at < text.length;) {
      let code = text.charCodeAt(at);
      let next = at + 1;
      if (code >= 0xd800 && code <= 0xdbff && next < text.length) {
        const low = text.charCodeAt(next);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          next++;
        }
      }
      if (code === 0x20 || code === 0x3000) {
        const w = measure.advance(code);
        spaces += w;
        recorder?.space(inline, at, next, w);
        previous = code;
        at = next;
        continue;
      }
      const opportunity =
        (pendingBreak === 'before-alphanumeric' && isAlphanumeric(text.slice(at, next))) ||
        // An em dash may also start a line.
        (code === 0x2014 && wordWidth > 0);
      if (spaces > 0 || opportunity) flushWord();
      const w = measure.advance(code);
      word.push(w);
      wordWidth += w;
      if (segmentEnd === segmentStart) segmentStart = at;
      segmentEnd = next;
      recorder?.letter(inline, at, next, w);
      // Only a hyphen or a dash opens a break; only a hyphen asks what came before it.
      if (code === 0x2d || code === 0x2013 || code === 0x2014) {
        pendingBreak = breakAfter(
          String.fromCharCode(code),
          previous < 0 ? '' : String.fromCodePoint(previous),
        );
      } else pendingBreak = null;
      previous = code;
      at = next;
    }
  }
  flushWord();
  recorder?.endLine(lineStart, textEnd);
  return { lines, lastLineEnd: textEnd };
}

type TextInline = Extract<Inline, { kind: 'text' }>;

/** Characters `start`–`end` of one run's text: a word's letters from that run, or spaces. */
interface Piece {
  inline: TextInline;
  start: number;
  end: number;
  /** Their widths (for letters, plus the run's ligature delta). */
  width: number;
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return (
    a === b ||
    (a.bold === b.bold &&
      a.italic === b.italic &&
      a.underline === b.underline &&
      a.strike === b.strike)
  );
}

// Runs closer than this (twips) count as touching.
const TOUCHING = 0.01;

/**
 * What {@link breakLines} records when asked for placed lines: it is told
 * where each letter and space is in its run as it reads them, and where
 * each word lands. Neighbouring pieces of one format and link are joined
 * into one run as they are placed (a line is mostly one run), unless
 * `keepWords`: then every word and every stretch of spaces stays a run of
 * its own, for a justified paragraph whose spaces are stretched later
 * (./align.ts).
 *
 * A run joined from pieces that follow each other in one inline's text
 * (the usual case) gets its text as one slice of that text when it is
 * complete, not a string per word appended: that built a chain of some
 * twenty strings per line, kept alive until the PDF was drawn.
 */
class LineRecorder {
  private runs: PlacedRun[] = [];
  private pieces: Piece[] = [];
  private open: Piece | null = null;
  private spaces: Piece[] = [];
  private partial: PlacedRun | null = null;
  /** The last run, while its text is still `inline.text` from `start` to `end` (not yet sliced). */
  private growing: PlacedRun | null = null;
  private growingInline: TextInline | null = null;
  private growingStart = 0;
  private growingEnd = 0;

  constructor(
    private readonly lines: PlacedLine[],
    private readonly keepWords: boolean,
  ) {}

  /** The letter at `start`–`end` of `inline`'s text, `width` wide. */
  letter(inline: TextInline, start: number, end: number, width: number): void {
    if (!this.open) {
      this.open = { inline, start, end, width: 0 };
      this.pieces.push(this.open);
    }
    this.open.end = end;
    this.open.width += width;
  }

  /** The open piece ends (a run ends or the word does), with its ligatures' width change. */
  closePiece(ligatureDelta: number): void {
    if (this.open) this.open.width += ligatureDelta;
    this.open = null;
  }

  /** The space at `start`–`end` of `inline`'s text. */
  space(inline: TextInline, start: number, end: number, width: number): void {
    const last = this.spaces[this.spaces.length - 1];
    if (last?.inline === inline && last.end === start) {
      last.end = end;
      last.width += width;
    } else this.spaces.push({ inline, start, end, width });
  }

  /** The word goes on the current line at `x`, whole. */
  placeWord(x: number): void {
    for (const piece of this.pieces) {
      this.push(piece, x);
      x += piece.width;
    }
    this.pieces = [];
  }

  /** The word's pieces, for placing letter by letter (a word longer than the line). */
  takePieces(): Piece[] {
    const pieces = this.pieces;
    this.pieces = [];
    return pieces;
  }

  /** Adds a letter to the run being built letter by letter, starting one at `x`. */
  extendPartial(inline: TextInline, char: string, x: number, width: number): void {
    if (!this.partial)
      this.partial = { text: '', format: inline.format, link: inline.link, x, width: 0 };
    this.partial.text += char;
    this.partial.width += width;
  }

  /** Ends the run built letter by letter (at a line end or the piece's end). */
  endPartial(): void {
    if (this.partial) {
      this.settle();
      this.runs.push(this.partial);
    }
    this.partial = null;
  }

  /** A tab's room (or a line break), from `x`: a space as wide as the room. */
  gap(x: number, width: number, inline: Exclude<Inline, TextInline>): void {
    const format = inline.kind === 'tab' ? inline.format : {};
    this.settle();
    this.runs.push({ text: ' ', format, link: inline.link, x, width, gap: true });
  }

  /** The spaces after the word, from `x`. */
  placeSpaces(x: number): void {
    for (const piece of this.spaces) {
      this.push(piece, x);
      x += piece.width;
    }
    this.spaces = [];
  }

  endLine(start: number, textEnd: number): void {
    this.settle();
    this.lines.push({ runs: this.runs, start, textEnd });
    this.runs = [];
  }

  /** Gives the growing run its text (before another run follows it, or the line ends). */
  private settle(): void {
    if (!this.growing || !this.growingInline) return;
    this.growing.text = this.growingInline.text.slice(this.growingStart, this.growingEnd);
    this.growing = null;
    this.growingInline = null;
  }

  private push(piece: Piece, x: number): void {
    const { inline, start, end, width } = piece;
    const last = this.runs[this.runs.length - 1];
    if (
      !this.keepWords &&
      last &&
      !last.gap &&
      last.link === inline.link &&
      sameFormat(last.format, inline.format) &&
      Math.abs(last.x + last.width - x) < TOUCHING
    ) {
      last.width += width;
      if (this.growing === last && this.growingInline === inline && this.growingEnd === start) {
        this.growingEnd = end;
        return;
      }
      // Pieces from another inline (or not adjacent): join the texts themselves.
      this.settle();
      last.text += inline.text.slice(start, end);
    } else {
      this.settle();
      const run: PlacedRun = { text: '', format: inline.format, link: inline.link, x, width };
      this.runs.push(run);
      this.growing = run;
      this.growingInline = inline;
      this.growingStart = start;
      this.growingEnd = end;
    }
  }
}
