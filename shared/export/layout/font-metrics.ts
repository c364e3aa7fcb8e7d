import type { RunFormat } from '../blocks';
import { CARLITO_LIGATURES, CARLITO_UNITS_PER_EM, CARLITO_WIDTH_RUNS } from '../metrics/carlito';

/** One of Carlito's four faces. */
export type Face = keyof typeof CARLITO_WIDTH_RUNS;

/** Widths decoded once per face: code point → font units (0 = no glyph). */
const decoded = new Map<Face, Map<number, Uint16Array>>();

function table(face: Face): Map<number, Uint16Array> {
  let runs = decoded.get(face);
  if (!runs) {
    runs = new Map();
    for (const [start, widths] of CARLITO_WIDTH_RUNS[face]) {
      runs.set(start, Uint16Array.from(widths.split(',').map((w) => parseInt(w, 36))));
    }
    decoded.set(face, runs);
  }
  return runs;
}

/** The face a run is set in: the style's bold, or the run's own bold and italic. */
export function faceOf(format: RunFormat, bold: boolean): Face {
  const b = bold || format.bold === true;
  const i = format.italic === true;
  return b && i ? 'boldItalic' : b ? 'bold' : i ? 'italic' : 'regular';
}

/** Advance width in font units of one code point; characters Carlito lacks are drawn by a fallback font. */
function advance(runs: Map<number, Uint16Array>, codePoint: number): number {
  for (const [start, widths] of runs) {
    const width = widths[codePoint - start];
    if (codePoint >= start && width !== undefined && width > 0) return width;
  }
  // Fallback fonts: emoji and CJK are about an em wide, other scripts about an average letter.
  if (codePoint >= 0x2e80) return CARLITO_UNITS_PER_EM;
  return CARLITO_UNITS_PER_EM / 2;
}

/** A measurer for one run format at one size: text → width in twips. */
export interface Measurer {
  width(text: string): number;
  /** The width of one code point, twips: the line breaker's per-character step, without a string. */
  advance(codePoint: number): number;
  /**
   * The same in font units (an integer), to be multiplied by `scale`: a
   * small integer needs no heap number where a caller reads it per character.
   */
  units(codePoint: number): number;
  /** Twips per font unit at this size. */
  readonly scale: number;
  /**
   * How much narrower a word gets from standard ligatures ("ft", "ffi",
   * "tt"…), which LibreOffice's shaper applies by default (≤ 0, twips).
   */
  ligatureDelta(word: string): number;
}

/**
 * Ligature text → width change in font units, per face; the letters a
 * ligature can start with; and the same as flags by UTF-16 code unit, which
 * the per-word count reads without a string per letter.
 */
const ligatureTables = new Map<
  Face,
  { deltas: Map<string, number>; starts: Set<string>; startCodes: Uint8Array }
>();

function ligatures(face: Face) {
  let found = ligatureTables.get(face);
  if (!found) {
    const deltas = new Map<string, number>();
    for (const entry of CARLITO_LIGATURES[face].split(',')) {
      const at = entry.lastIndexOf(':');
      const text = entry.slice(0, at);
      // The font's order decides between overlapping ligatures: keep the first.
      if (text && !deltas.has(text)) deltas.set(text, Number(entry.slice(at + 1)));
    }
    const starts = new Set([...deltas.keys()].map((text) => text.charAt(0)));
    const startCodes = new Uint8Array(0x10000);
    for (const start of starts) startCodes[start.charCodeAt(0)] = 1;
    found = { deltas, starts, startCodes };
    ligatureTables.set(face, found);
  }
  return found;
}

/** Font units saved by ligatures in `word`: longest match first, left to right, as a shaper forms them. */
function ligatureUnits(word: string, face: Face): number {
  const { deltas, startCodes } = ligatures(face);
  let units = 0;
  for (let i = 0; i < word.length - 1; i++) {
    if (startCodes[word.charCodeAt(i)] !== 1) continue;
    // Three letters first ("ffi" before "ff"); written out, as this runs for every word.
    const three = deltas.get(word.slice(i, i + 3));
    if (three !== undefined) {
      units += three;
      i += 2;
      continue;
    }
    const two = deltas.get(word.slice(i, i + 2));
    if (two !== undefined) {
      units += two;
      i += 1;
    }
  }
  return units;
}

/**
 * `word` as the glyphs a shaper sets: single characters, and the standard
 * ligatures the layout counts ("ft", "ffi"…), found the same way
 * ({@link ligatureUnits}). For a renderer that encodes glyphs itself.
 */
export function clusters(word: string, face: Face): string[] {
  const { deltas, starts } = ligatures(face);
  const out: string[] = [];
  for (let i = 0; i < word.length;) {
    let cluster = '';
    if (starts.has(word.charAt(i))) {
      cluster = [3, 2].map((length) => word.slice(i, i + length)).find((t) => deltas.has(t)) ?? '';
    }
    cluster ||= String.fromCodePoint(word.codePointAt(i) ?? 0xfffd);
    out.push(cluster);
    i += cluster.length;
  }
  return out;
}

const cache = new Map<string, Measurer>();

/** Measures text as LibreOffice lays it out with Carlito (Word with Calibri): advance widths and standard ligatures, no kerning. */
export function measurer(format: RunFormat, bold: boolean, sizeHalfPoints: number): Measurer {
  const face = faceOf(format, bold);
  const key = `${face}/${sizeHalfPoints}`;
  let found = cache.get(key);
  if (!found) {
    const runs = table(face);
    // twips per font unit: size in points × 20 / units per em.
    const scale = ((sizeHalfPoints / 2) * 20) / CARLITO_UNITS_PER_EM;
    // Font units by code point, looked up once each: an array for the Basic Multilingual Plane
    // (0 = not yet looked up; every glyph is wider than 0, see `advance`), a map beyond it.
    const bmp = new Uint16Array(0x10000);
    const astral = new Map<number, number>();
    const units = (cp: number): number => {
      if (cp < 0x10000) return (bmp[cp] ||= advance(runs, cp));
      let w = astral.get(cp);
      if (w === undefined) {
        w = advance(runs, cp);
        astral.set(cp, w);
      }
      return w;
    };
    found = {
      width(text: string): number {
        let sum = 0;
        for (const char of text) sum += units(char.codePointAt(0) ?? 0);
        return sum * scale;
      },
      advance: (codePoint) => units(codePoint) * scale,
      units,
      scale,
      ligatureDelta: (word) => ligatureUnits(word, face) * scale,
    };
    cache.set(key, found);
  }
  return found;
}
