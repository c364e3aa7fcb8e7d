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
  // The positions and widths that change as characters are read, as fields of one object
  // rather than variables the closures below share: V8 keeps such a variable in a context
  // slot, where every new fractional value is a new heap number, two per character of the
  // referat; an object's number field is updated in place.
  const at = {
    lineStart: box.firstStart,
    x: box.firstStart,
    // Where the last word placed ends (x without the spaces after it).
    textEnd: box.firstStart,
    wordWidth: 0,
    spaces: 0,
    // The letters of the current word read from the current run so far.
    segmentWidth: 0,
  };
  // The widths of the current word's letters: `word[0]`–`word[wordLength - 1]`. The array is
  // reused, never shortened (emptying it would free its storage, a new one for every word).
  const word: number[] = [];
  let wordLength = 0;
  let pendingBreak: InWordBreak = null;
  // The code point before the current one (-1: none yet); a string only when a hyphen asks for it.
  let previous = -1;
  // The current word's letters from the current run, as `segmentInline`'s text from
  // `segmentStart` to `segmentEnd`: ligatures form within one run only.
  let segmentInline: TextInline | null = null;
  let segmentStart = 0;
  let segmentEnd = 0;
  let segmentMeasure: Measurer | null = null;
  // Only with `placed`: the pieces of the word being read and of its trailing spaces.
  const recorder = placed ? new LineRecorder(placed, keepWords) : null;
  const closeSegment = () => {
    if (segmentEnd > segmentStart && segmentMeasure && segmentInline) {
      const delta = segmentMeasure.ligatureDelta(
        segmentInline.text.slice(segmentStart, segmentEnd),
      );
      at.wordWidth += delta;
      recorder?.piece(segmentInline, segmentStart, segmentEnd, at.segmentWidth + delta);
    }
    segmentStart = segmentEnd;
    at.segmentWidth = 0;
  };

  const newLine = () => {
    recorder?.endLine(at.lineStart, at.textEnd);
    lines++;
    at.lineStart = box.restStart;
    at.x = at.lineStart;
    at.textEnd = at.x;
  };
  const flushWord = () => {
    closeSegment();
    if (at.wordWidth > 0) {
      if (at.x + at.wordWidth > box.end + EPSILON && at.x > at.lineStart) newLine();
      if (at.wordWidth > box.end - at.lineStart + EPSILON) {
        if (recorder) {
          for (const piece of recorder.takePieces()) {
            const measure = measurer(piece.inline.format, bold, size);
            for (const char of piece.inline.text.slice(piece.start, piece.end)) {
              const w = measure.width(char);
              if (at.x + w > box.end + EPSILON && at.x > at.lineStart) {
                recorder.endPartial();
                newLine();
              }
              recorder.extendPartial(piece.inline, char, at.x, w);
              at.x += w;
            }
            recorder.endPartial();
          }
        } else {
          for (let k = 0; k < wordLength; k++) {
            const w = word[k] as number;
            if (at.x + w > box.end + EPSILON && at.x > at.lineStart) newLine();
            at.x += w;
          }
        }
      } else {
        recorder?.placeWord(at.x);
        at.x += at.wordWidth;
      }
    }
    at.textEnd = at.x;
    recorder?.placeSpaces(at.x);
    // Trailing spaces hang in the margin: they never wrap a line by themselves.
    at.x += at.spaces;
    wordLength = 0;
    at.wordWidth = 0;
    at.spaces = 0;
    pendingBreak = null;
  };

  for (const inline of inlines) {
    if (inline.kind === 'break') {
      flushWord();
      // A space at the break, so extracted text does not run the two lines together.
      recorder?.gap(at.x, 0, inline);
      newLine();
      continue;
    }
    if (inline.kind === 'tab') {
      flushWord();
      const x = at.x;
      const stop =
        box.tabStops.find((s) => s > x + EPSILON) ??
        (Math.floor(x / DEFAULT_TAB_STOP) + 1) * DEFAULT_TAB_STOP;
      if (stop > box.end) newLine();
      else {
        // A space where the tab is, so extracted text reads "Mødedato Mandag", not "MødedatoMandag".
        recorder?.gap(x, stop - x, inline);
        at.x = stop;
      }
      continue;
    }
    const measure = measurer(inline.format, bold, size);
    // Widths as font units (small integers, no heap number) times the size's scale.
    const scale = measure.scale;
    closeSegment();
    segmentMeasure = measure;
    segmentInline = inline;
    const text = inline.text;
    segmentStart = segmentEnd = 0;
    // One code point per step, read with charCodeAt rather than a string per character: this
    // loop sees every character of the referat. `from`–`next` is the code point in `text`.
    for (let from = 0; from < text.length;) {
      let code = text.charCodeAt(from);
      let next = from + 1;
      if (code >= 0xd800 && code <= 0xdbff && next < text.length) {
        const low = text.charCodeAt(next);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          next++;
        }
      }
      if (code === 0x20 || code === 0x3000) {
        const w = measure.units(code) * scale;
        at.spaces += w;
        recorder?.space(inline, from, next, w);
        previous = code;
        from = next;
        continue;
      }
      const opportunity =
        (pendingBreak === 'before-alphanumeric' && isAlphanumeric(text.slice(from, next))) ||
        // An em dash may also start a line.
        (code === 0x2014 && at.wordWidth > 0);
      if (at.spaces > 0 || opportunity) flushWord();
      const w = measure.units(code) * scale;
      word[wordLength++] = w;
      at.wordWidth += w;
      at.segmentWidth += w;
      if (segmentEnd === segmentStart) segmentStart = from;
      segmentEnd = next;
      // Only a hyphen or a dash opens a break; only a hyphen asks what came before it.
      if (code === 0x2d || code === 0x2013 || code === 0x2014) {
        pendingBreak = breakAfter(
          String.fromCharCode(code),
          previous < 0 ? '' : String.fromCodePoint(previous),
        );
      } else pendingBreak = null;
      previous = code;
      from = next;
    }
  }
  flushWord();
  recorder?.endLine(at.lineStart, at.textEnd);
  return { lines, lastLineEnd: at.textEnd };
}

type TextInline = Extract<Inline, { kind: 'text' }>;

/** Characters `start`–`end` of one run's text: a word's letters from that run, or spaces. */
interface Piece {
  inline: TextInline;
  start: number;
  end: number;
  /** Their widths (for letters, plus their ligatures' width change). */
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

/** Sets `pieces[index]` to the given piece, reusing the object there if there is one. */
function reuse(
  pieces: Piece[],
  index: number,
  inline: TextInline,
  start: number,
  end: number,
  width: number,
): void {
  const piece = pieces[index];
  if (!piece) {
    pieces.push({ inline, start, end, width });
    return;
  }
  piece.inline = inline;
  piece.start = start;
  piece.end = end;
  piece.width = width;
}

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
  // The current word's pieces and the spaces after it: the first `pieceCount` and `spaceCount`
  // entries, objects reused from word to word (a referat has some 100,000 words).
  private readonly pieces: Piece[] = [];
  private pieceCount = 0;
  private readonly spaces: Piece[] = [];
  private spaceCount = 0;
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

  /** A word's letters at `start`–`end` of `inline`'s text (all of them in that run), `width` wide with their ligatures. */
  piece(inline: TextInline, start: number, end: number, width: number): void {
    reuse(this.pieces, this.pieceCount++, inline, start, end, width);
  }

  /** The space at `start`–`end` of `inline`'s text. */
  space(inline: TextInline, start: number, end: number, width: number): void {
    const last = this.spaceCount > 0 ? this.spaces[this.spaceCount - 1] : undefined;
    if (last?.inline === inline && last.end === start) {
      last.end = end;
      last.width += width;
    } else reuse(this.spaces, this.spaceCount++, inline, start, end, width);
  }

  /** The word goes on the current line at `x`, whole. */
  placeWord(x: number): void {
    for (let k = 0; k < this.pieceCount; k++) {
      const piece = this.pieces[k] as Piece;
      this.push(piece, x);
      x += piece.width;
    }
    this.pieceCount = 0;
  }

  /** The word's pieces (copies), for placing letter by letter (a word longer than the line). */
  takePieces(): Piece[] {
    const pieces = this.pieces.slice(0, this.pieceCount).map((piece) => ({ ...piece }));
    this.pieceCount = 0;
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
    for (let k = 0; k < this.spaceCount; k++) {
      const piece = this.spaces[k] as Piece;
      this.push(piece, x);
      x += piece.width;
    }
    this.spaceCount = 0;
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
