import { BODY_HEIGHT } from '../typography';
import type { FlowParagraph, FlowUnit } from './flow';

/** Lines a split paragraph must keep together at the bottom and top of a page (widow/orphan control). */
const MIN_LINES = 2;

/** The minimum of `unit` that must go on a page with a keep-with-next paragraph before it. */
function firstChunk(unit: FlowUnit): number {
  if (unit.kind === 'row') return unit.height + unit.topBorder;
  const lines = !unit.widowControl ? 1 : unit.lines <= 3 ? unit.lines : MIN_LINES;
  return unit.before + lines * unit.lineHeight;
}

function fullHeight(unit: FlowParagraph): number {
  return unit.before + unit.lines * unit.lineHeight;
}

/** Diagnostics: called at each page end with the unit being placed and how full the page was. */
export type PageTrace = (end: { page: number; unit: number; y: number }) => void;

/**
 * Where a unit (or, for a split paragraph, some of its lines) landed:
 * page (1-based), y of its top in twips below the text column's top (for
 * a paragraph the first line's top, for a row its content's top, below
 * `topBorder` when the row draws its top border).
 */
export type Placement =
  | { kind: 'lines'; unit: number; page: number; y: number; from: number; count: number }
  | { kind: 'row'; unit: number; page: number; y: number; topBorder: boolean };

/**
 * Fills pages with units as the word processors do and returns how many
 * pages they take: exact line heights, space before dropped at the top of a
 * page, space after allowed to run past the bottom margin, widow/orphan
 * control, keep-with-next chains, rows kept whole, page breaks before
 * Heading 1.
 */
export function countPages(
  units: FlowUnit[],
  trace?: PageTrace,
  place?: (placement: Placement) => void,
): number {
  let pages = 1;
  let y = 0;
  let current = 0;
  const newPage = () => {
    trace?.({ page: pages, unit: current, y });
    pages++;
    y = 0;
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as FlowUnit;
    current = i;
    if (unit.kind === 'row') {
      const top = unit.firstInTable ? unit.topBorder : 0;
      if (y > 0 && y + top + unit.height > BODY_HEIGHT) newPage();
      // A row continuing the table on a new page gets the top border again.
      const border = y === 0 ? unit.topBorder : top;
      place?.({ kind: 'row', unit: i, page: pages, y: y + border, topBorder: border > 0 });
      y += border + unit.height;
      continue;
    }
    if (unit.pageBreakBefore && (i > 0 || y > 0)) newPage();

    // Keep with next: this paragraph and the start of what follows the chain go together.
    if (unit.keepNext && y > 0) {
      let need = fullHeight(unit) + unit.after;
      let j = i + 1;
      for (; j < units.length; j++) {
        const next = units[j] as FlowUnit;
        if (next.kind === 'paragraph' && next.keepNext) {
          need += fullHeight(next) + next.after;
          continue;
        }
        need += firstChunk(next);
        break;
      }
      if (y + need > BODY_HEIGHT && need <= BODY_HEIGHT) newPage();
    }

    let before = y > 0 ? unit.before : 0;
    let remaining = unit.lines;
    let from = 0;
    while (remaining > 0) {
      const fit = Math.floor((BODY_HEIGHT - y - before + 0.5) / unit.lineHeight);
      if (fit >= remaining) {
        place?.({ kind: 'lines', unit: i, page: pages, y: y + before, from, count: remaining });
        y += before + remaining * unit.lineHeight;
        break;
      }
      // Widow/orphan control: at least two lines on each side of a split.
      const least = unit.widowControl ? MIN_LINES : 1;
      let take = unit.widowControl ? Math.min(fit, remaining - MIN_LINES) : fit;
      if (take < least) take = y > 0 ? 0 : Math.max(fit, 1);
      if (take > 0)
        place?.({ kind: 'lines', unit: i, page: pages, y: y + before, from, count: take });
      remaining -= take;
      from += take;
      newPage();
      before = 0;
    }
    y += unit.after;
  }
  return pages;
}
