import type PDFDocument from 'pdfkit';
import type { Face } from '../layout/font-metrics';
import { GlyphEncoder } from './glyphs';

/** A coordinate in points, to 1/100 pt: precise enough, and short in the content stream. */
export const num = (value: number) => String(Math.round(value * 100) / 100);

/** "#0563C1" → "0.02 0.34 0.76" (DeviceRGB components). */
export function rgb(color: string): string {
  const value = parseInt(color.slice(1), 16);
  return [16, 8, 0].map((shift) => num(((value >> shift) & 0xff) / 255)).join(' ');
}

/** A PDF text string in UTF-16BE with its byte order mark, as hex. */
function utf16(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/**
 * Writes text straight into the page's content stream, a batch of runs in
 * one text object: pdfkit's `text()` spends more time per call (options,
 * measuring twice, a save/transform/restore and a stream write per
 * operator) than the glyphs take, and a 300-page referat has ~15,000 runs.
 * Glyphs come from ./glyphs.ts; each run is set at the layout's own
 * position with the font's plain advances.
 */
export class TextWriter {
  private operators: string[] = [];
  private face: Face | null = null;
  private size = 0;
  private color = '';
  private readonly encoders = new Map<Face, GlyphEncoder>();
  private readonly colors = new Map<string, string>();

  constructor(private readonly doc: PDFDocument) {}

  /** Queues `text` at `x` (points from the left) on `baseline` (points from the top). */
  show(text: string, face: Face, size: number, color: string, x: number, baseline: number): void {
    if (text === '') return;
    const doc = this.doc;
    let encoder = this.encoders.get(face);
    if (!encoder) {
      encoder = new GlyphEncoder(doc.font(face)._font, face);
      this.encoders.set(face, encoder);
    }
    if (face !== this.face || size !== this.size) {
      const font = doc.font(face)._font;
      doc.page.fonts[font.id] ??= font.ref();
      this.operators.push(`/${font.id} ${num(size)} Tf`);
      this.face = face;
      this.size = size;
    }
    if (color !== this.color) {
      let operator = this.colors.get(color);
      if (!operator) {
        operator = `${rgb(color)} rg`;
        this.colors.set(color, operator);
      }
      this.operators.push(operator);
      this.color = color;
    }
    const y = doc.page.height - baseline;
    const { codes, complete } = encoder.encode(text);
    const show = `1 0 0 1 ${num(x)} ${num(y)} Tm (${codes}) Tj`;
    // Characters Carlito lacks (emoji, Arabic…) are drawn as empty boxes: the
    // text itself goes with them as ActualText, for copying and screen readers.
    this.operators.push(complete ? show : `/Span <</ActualText ${utf16(text)}>> BDC ${show} EMC`);
  }

  /**
   * Writes what is queued (before any other operator: marked content,
   * lines, another page). pdfkit's pages draw with y pointing down; a
   * text object needs it up again.
   */
  flush(): PDFDocument {
    if (this.operators.length === 0) return this.doc;
    const height = num(this.doc.page.height);
    this.doc.addContent(`q 1 0 0 -1 0 ${height} cm BT\n${this.operators.join('\n')}\nET Q`);
    this.operators = [];
    this.face = null;
    this.color = '';
    return this.doc;
  }
}
