import type { ReferatBlocks } from '../build-blocks';
import { paginateReferat, type PartLayout } from './contents-pages';
import type { FlowUnit, ParagraphDetail, ParagraphSource, RowDetail } from './flow';
import type { PlacedLine } from './line-breaker';
import { countPages } from './paginate';

/** A line on a page: its runs (x from the paragraph's left edge), its top and height (twips). */
export interface PageLine extends PlacedLine {
  y: number;
  height: number;
}

/** The part of a paragraph that is on one page. */
export interface PageParagraph {
  kind: 'paragraph';
  source: ParagraphSource;
  /** Font size (half-points) and whether the style is bold. */
  size: number;
  bold: boolean;
  /** The paragraph box's left edge, twips from the text column's (a table cell's text starts right of it). */
  x: number;
  lines: PageLine[];
  /** The paragraph starts on this page. */
  first: boolean;
  /** The paragraph ends on this page. */
  last: boolean;
}

/** A table row on a page (rows never split). */
export interface PageRow {
  kind: 'row';
  table: RowDetail['table'];
  row: number;
  /** The top of the row's content; the top border, when drawn, is just above it. */
  y: number;
  /** The row's content height; its bottom border follows. */
  height: number;
  border: number;
  topBorder: boolean;
  cells: { x: number; width: number; header: boolean; paragraphs: PageParagraph[] }[];
}

/** One page's content in reading order. Coordinates in twips from the text column's top-left corner. */
export interface LaidOutPage {
  blocks: (PageParagraph | PageRow)[];
}

/** The whole referat laid out: every page, and the page each item starts on (as in its contents list). */
export interface LaidOutReferat {
  pages: LaidOutPage[];
  contentsNumbers: number[];
}

function pageParagraph(
  detail: ParagraphDetail,
  x: number,
  top: number,
  from: number,
  count: number,
): PageParagraph {
  return {
    kind: 'paragraph',
    source: detail.source,
    size: detail.size,
    bold: detail.bold,
    x,
    // Written out rather than spread: this runs for every line of the referat.
    lines: detail.lines.slice(from, from + count).map((line, k) => ({
      runs: line.runs,
      start: line.start,
      textEnd: line.textEnd,
      leader: line.leader,
      y: top + k * detail.lineHeight,
      height: detail.lineHeight,
    })),
    first: from === 0,
    last: from + count >= detail.lines.length,
  };
}

/** Lays out units (with detail) with the same page filler as the page count, every line placed. */
const placeUnits: PartLayout<LaidOutPage[]> = (units: FlowUnit[], marks) => {
  const pages: LaidOutPage[] = [];
  const marked = marks.map(() => 0);
  const index = new Map(marks.map((unit, i) => [unit, i]));
  const page = (n: number): LaidOutPage => {
    while (pages.length < n) pages.push({ blocks: [] });
    return pages[n - 1] as LaidOutPage;
  };
  const count = countPages(units, undefined, (placement) => {
    const i = index.get(placement.unit);
    if (i !== undefined && marked[i] === 0) marked[i] = placement.page;
    const unit = units[placement.unit];
    if (placement.kind === 'lines' && unit?.kind === 'paragraph' && unit.detail) {
      page(placement.page).blocks.push(
        pageParagraph(unit.detail, 0, placement.y, placement.from, placement.count),
      );
    } else if (placement.kind === 'row' && unit?.kind === 'row' && unit.detail) {
      const { table, row, cells } = unit.detail;
      page(placement.page).blocks.push({
        kind: 'row',
        table,
        row,
        y: placement.y,
        height: unit.height - unit.topBorder,
        border: unit.topBorder,
        topBorder: placement.topBorder,
        cells: cells.map((cell) => ({
          x: cell.x,
          width: cell.width,
          header: cell.header,
          paragraphs: cell.paragraphs.map(({ y, detail }) =>
            pageParagraph(detail, cell.textX, placement.y + y, 0, detail.lines.length),
          ),
        })),
      });
    }
  });
  page(count);
  return { part: pages, pages: count, marked };
};

/**
 * The referat laid out page by page, for a renderer that draws every line
 * itself (the PDF): the same flow, page filler and contents numbers as the
 * .docx's page count (layout/contents-pages.ts), so the PDF's pages break
 * where LibreOffice breaks the .docx's.
 */
export function layoutReferat(blocks: ReferatBlocks): LaidOutReferat {
  const { parts, numbers } = paginateReferat(blocks, placeUnits, true);
  return { pages: parts.flat(), contentsNumbers: numbers };
}
