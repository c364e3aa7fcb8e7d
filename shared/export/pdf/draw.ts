import type PDFDocument from 'pdfkit';
import type { RunFormat } from '../blocks';
import { faceOf, type Face } from '../layout/font-metrics';
import type { PlacedRun } from '../layout/line-breaker';
import { num, rgb, type TextWriter } from './text';

/** Twips (the layout's unit) to PDF points. */
export const pt = (twips: number): number => twips / 20;

/**
 * Carlito's descent (OS/2 winDescent 550 of 2048 units per em). Word and
 * LibreOffice put an exact-height line's text at its bottom: the baseline
 * sits this far above the line's lower edge.
 */
export const DESCENT = 550 / 2048;

/** Text colours: black, and links as the .docx's Hyperlink style shows them. */
export const TEXT_COLOR = '#000000';
export const LINK_COLOR = '#0563C1';

/** Where a run is drawn: baseline and left edge in points, size in points, the style's bold. */
export interface RunPlace {
  x: number;
  baseline: number;
  size: number;
  bold: boolean;
  /** Width of the run's text without spaces hanging at the line's end (underlines stop there), points. */
  visibleWidth: number;
}

/**
 * Draws one run's text (spaces included, so copied and extracted text has
 * them) at its place; underline and strike as lines in the text's colour.
 * The face is chosen as the layout measured it.
 */
export function drawRun(
  writer: TextWriter,
  run: Pick<PlacedRun, 'text' | 'format'>,
  place: RunPlace,
  color: string,
): void {
  const face: Face = faceOf(run.format, place.bold);
  writer.show(run.text, face, place.size, color, place.x, place.baseline);
  decorate(writer, run.format, place, color);
}

function decorate(writer: TextWriter, format: RunFormat, place: RunPlace, color: string): void {
  const lines: number[] = [];
  // Carlito's underline sits about a tenth of an em below the baseline; a strike through the x-height.
  if (format.underline || color === LINK_COLOR) lines.push(place.baseline + place.size * 0.1);
  if (format.strike) lines.push(place.baseline - place.size * 0.24);
  if (lines.length === 0) return;
  const visible = place.visibleWidth;
  const doc = writer.flush();
  doc
    .save()
    .lineWidth(place.size / 18)
    .strokeColor(color);
  for (const y of lines) doc.moveTo(place.x, y).lineTo(place.x + visible, y);
  doc.stroke().restore();
}

/**
 * A dot leader (a contents entry's tab), as Word draws it: full stops on a
 * grid, from `from` to `to`. One dashed line whose dashes have no length
 * and round caps: a row of dots in a single path.
 */
export function drawLeader(
  doc: PDFDocument,
  from: number,
  to: number,
  baseline: number,
  size: number,
): void {
  // The width of a full stop in Carlito (517 of 2048 units per em).
  const step = (size * 517) / 2048;
  const first = Math.ceil((from + step / 2) / step) * step;
  const last = Math.floor((to - step / 2) / step) * step;
  if (last < first) return;
  const y = baseline - size * 0.045;
  doc.addContent(
    `q ${rgb(TEXT_COLOR)} RG 1 J ${num(size * 0.09)} w [0 ${num(step)}] 0 d ` +
      `${num(first)} ${num(y)} m ${num(last + step / 4)} ${num(y)} l S Q`,
  );
}
