import type { EmbeddedFontInternals } from 'pdfkit';
import { clusters, type Face } from '../layout/font-metrics';

const ESCAPES: Record<number, string> = {
  0x28: '\\(',
  0x29: '\\)',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
};

/** A glyph id as a 2-byte code inside a PDF literal string (half the size of hex). */
function code(id: number): string {
  let out = '';
  for (const byte of [id >> 8, id & 0xff]) out += ESCAPES[byte] ?? String.fromCharCode(byte);
  return out;
}

/**
 * Encodes text as glyphs of one embedded face, the way the layout measured
 * it: each character's glyph from the font's cmap, the standard ligatures
 * the layout counts (layout/font-metrics.ts) as the font's ligature glyphs,
 * no kerning (the .docx as LibreOffice sets it has none). This is what
 * pdfkit's own `encode` does through fontkit's full shaper, which costs
 * ~0.1–0.3 ms per new word, most of a long export's time, for features a
 * referat in Carlito does not use. Each glyph used is added to the font's
 * subset with its width and the text it stands for (the ToUnicode map, so
 * copied and extracted text reads right, ligatures included). Words are
 * cached: a referat repeats its vocabulary.
 */
export class GlyphEncoder {
  private readonly words = new Map<string, string>();
  private readonly glyphs = new Map<string, string>();
  /** Words with a character Carlito lacks (drawn as .notdef, its text given as ActualText). */
  private readonly lacking = new Set<string>();
  /** Clusters Carlito has no glyph for. */
  private readonly missing = new Set<string>();

  constructor(
    private readonly font: EmbeddedFontInternals,
    private readonly face: Face,
  ) {}

  /** The text's glyph codes, for a literal string; `complete` is false when Carlito lacks a character. */
  encode(text: string): { codes: string; complete: boolean } {
    let codes = '';
    let complete = true;
    // Word by word, each with the spaces after it ("Status ", "på ", "nyt").
    for (let start = 0; start < text.length;) {
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      while (text.charCodeAt(end) === 0x20) end++;
      const word = text.slice(start, end);
      start = end;
      let encoded = this.words.get(word);
      if (encoded === undefined) {
        encoded = clusters(word, this.face)
          .map((cluster) => this.cluster(cluster, word))
          .join('');
        this.words.set(word, encoded);
      }
      if (this.lacking.size > 0 && this.lacking.has(word)) complete = false;
      codes += encoded;
    }
    return { codes, complete };
  }

  private cluster(text: string, word: string): string {
    if (this.missing.has(text)) this.lacking.add(word);
    let encoded = this.glyphs.get(text);
    if (encoded !== undefined) return encoded;
    const font = this.font.font;
    const codePoint = text.codePointAt(0) ?? 0;
    const single = text.length === String.fromCodePoint(codePoint).length;
    // A ligature is shaped once by fontkit to find its glyph; if the font forms none, its letters are set one by one.
    const shaped = single ? [font.glyphForCodePoint(codePoint)] : font.layout(text).glyphs;
    const glyphs =
      shaped.length === 1
        ? shaped
        : [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0));
    const chars = [...text].map((c) => c.codePointAt(0) ?? 0);
    encoded = glyphs
      .map((glyph, i) => {
        const id = this.font.subset.includeGlyph(glyph.id);
        this.font.widths[id] ??= glyph.advanceWidth * this.font.scale;
        // A ligature stands for all its letters; .notdef (a character Carlito lacks) keeps pdfkit's own entry.
        this.font.unicode[id] ??= glyphs.length === 1 ? chars : chars.slice(i, i + 1);
        return code(id);
      })
      .join('');
    if (glyphs.some((glyph) => glyph.id === 0)) {
      this.missing.add(text);
      this.lacking.add(word);
    }
    this.glyphs.set(text, encoded);
    return encoded;
  }
}
