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
 * The lines shifted for the paragraph's alignment (in place: they are the
 * line breaker's fresh output). Justified lines (all but the last) stretch
 * their spaces to reach the line's end, as Word does; for them the breaker
 * kept each word and each stretch of spaces a run of its own
 * (`keepWords`), which are joined here where nothing is stretched. The
 * text's trailing spaces hang past the end either way.
 */
export function alignLines(
  lines: PlacedLine[],
  box: LineBox,
  align: Alignment | undefined,
): PlacedLine[] {
  if (align !== 'center' && align !== 'right' && align !== 'justify') return lines;
  return lines.map((line, index) => {
    const room = box.end - line.textEnd;
    if (align === 'justify') {
      return index < lines.length - 1 ? justify(line, room) : joinWords(line);
    }
    const shift = align === 'center' ? room / 2 : room;
    for (const run of line.runs) run.x += shift;
    line.textEnd += shift;
    return line;
  });
}

/** True when `piece` continues `last`: same format and link, touching, neither wider than its glyphs. */
function joins(last: PlacedRun, piece: PlacedRun): boolean {
  return (
    !last.gap &&
    !piece.gap &&
    last.link === piece.link &&
    sameFormat(last.format, piece.format) &&
    Math.abs(last.x + last.width - piece.x) < TOUCHING
  );
}

/** A justified paragraph's last line: not stretched, its words joined into runs as usual. */
function joinWords(line: PlacedLine): PlacedLine {
  const runs: PlacedRun[] = [];
  for (const piece of line.runs) {
    const last = runs[runs.length - 1];
    if (last && joins(last, piece)) {
      last.text += piece.text;
      last.width += piece.width;
    } else runs.push({ ...piece });
  }
  return { ...line, runs };
}

/** A justified line: the spaces between its words share the room left, each word keeps its run. */
function justify(line: PlacedLine, room: number): PlacedLine {
  const inner = new Set(line.runs.filter((run) => isSpace(run) && run.x < line.textEnd - TOUCHING));
  const count = [...inner].reduce((n, run) => n + [...run.text].length, 0);
  if (count === 0) return joinWords(line);
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
    } else if (last && joins(last, run)) {
      last.text += run.text;
      last.width += run.width;
    } else runs.push(run);
  }
  return { ...line, runs, textEnd: line.textEnd + room };
}
