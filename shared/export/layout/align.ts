import type { Alignment, RunFormat } from '../blocks';
import type { LineBox, PlacedLine, PlacedRun } from './line-breaker';

// Runs closer than this (twips) count as touching.
const TOUCHING = 0.01;

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return (
    a === b ||
    (a.bold === b.bold &&
      a.italic === b.italic &&
      a.underline === b.underline &&
      a.strike === b.strike)
  );
}

/** Whitespace-only pieces (the spaces between words) are where justified lines stretch. */
const isSpace = (run: PlacedRun) => /^[ \u3000]+$/.test(run.text);

/**
 * The lines as a renderer draws them: the line breaker's pieces (one run's
 * letters of one word, one run's spaces) joined into as few runs as keep
 * one format and link, shifted for the paragraph's alignment. Justified
 * lines (all but the last) stretch their spaces to reach the line's end,
 * as Word does; the text's trailing spaces hang past it either way.
 */
export function alignLines(
  lines: PlacedLine[],
  box: LineBox,
  align: Alignment | undefined,
): PlacedLine[] {
  return lines.map((line, index) => {
    const room = box.end - line.textEnd;
    if (align === 'justify' && index < lines.length - 1) return justify(line, box, room);
    const shift = align === 'center' ? room / 2 : align === 'right' ? room : 0;
    const runs: PlacedRun[] = [];
    for (const piece of line.runs) {
      const last = runs[runs.length - 1];
      if (last && joins(last, piece, shift)) {
        last.text += piece.text;
        last.width += piece.width;
      } else runs.push({ ...piece, x: piece.x + shift });
    }
    return { ...line, runs, textEnd: line.textEnd + shift };
  });
}

/** True when `piece` (not yet shifted) continues `last` (shifted): same format and link, touching. */
function joins(last: PlacedRun, piece: PlacedRun, shift: number): boolean {
  return (
    !last.gap &&
    !piece.gap &&
    last.link === piece.link &&
    sameFormat(last.format, piece.format) &&
    Math.abs(last.x + last.width - (piece.x + shift)) < TOUCHING
  );
}

/** A justified line: the spaces between its words share the room left, each word keeps its run. */
function justify(line: PlacedLine, box: LineBox, room: number): PlacedLine {
  const inner = new Set(line.runs.filter((run) => isSpace(run) && run.x < line.textEnd - TOUCHING));
  const count = [...inner].reduce((n, run) => n + [...run.text].length, 0);
  if (count === 0) return alignLines([line], box, undefined)[0] ?? line;
  const stretch = room / count;
  const runs: PlacedRun[] = [];
  let added = 0;
  for (const piece of line.runs) {
    const run = { ...piece, x: piece.x + added };
    const last = runs[runs.length - 1];
    if (inner.has(piece)) {
      const extra = stretch * [...piece.text].length;
      run.width += extra;
      run.gap = true;
      added += extra;
      runs.push(run);
    } else if (last && joins(last, run, 0)) {
      last.text += run.text;
      last.width += run.width;
    } else runs.push(run);
  }
  return { ...line, runs, textEnd: line.textEnd + room };
}
