import type { RunFormat } from '../blocks';
import { CARLITO_UNITS_PER_EM, CARLITO_WIDTH_RUNS } from '../metrics/carlito';

type Face = keyof typeof CARLITO_WIDTH_RUNS;

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

function faceOf(format: RunFormat, bold: boolean): Face {
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
}

const cache = new Map<string, Measurer>();

/** Measures text as LibreOffice (Carlito) and Word (Calibri) lay it out: advance widths, no kerning. */
export function measurer(format: RunFormat, bold: boolean, sizeHalfPoints: number): Measurer {
  const face = faceOf(format, bold);
  const key = `${face}/${sizeHalfPoints}`;
  let found = cache.get(key);
  if (!found) {
    const runs = table(face);
    // twips per font unit: size in points × 20 / units per em.
    const scale = ((sizeHalfPoints / 2) * 20) / CARLITO_UNITS_PER_EM;
    const charWidths = new Map<number, number>();
    found = {
      width(text: string): number {
        let units = 0;
        for (const char of text) {
          const cp = char.codePointAt(0) ?? 0;
          let w = charWidths.get(cp);
          if (w === undefined) {
            w = advance(runs, cp);
            charWidths.set(cp, w);
          }
          units += w;
        }
        return units * scale;
      },
    };
    cache.set(key, found);
  }
  return found;
}
