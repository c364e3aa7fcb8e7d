import type { Block, ContentsBlock, Inline, ParagraphBlock, TableBlock } from '../blocks';
import { alignLines } from './align';
import {
  BODY_WIDTH,
  INDENT_STEP,
  listIndent,
  STYLES,
  TABLE_CELL,
  TOC_ENTRY,
  TOC_TAB_POSITION,
  type StyleMetrics,
} from '../typography';
import { measurer } from './font-metrics';
import { breakLines, type LineBox, type PlacedLine } from './line-breaker';

/** A paragraph as the page filler sees it: lines of a fixed height and its spacing. */
export interface FlowParagraph {
  kind: 'paragraph';
  lines: number;
  lineHeight: number;
  before: number;
  after: number;
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Widow/orphan control (on for every paragraph through the document defaults; kept for the filler's rules). */
  widowControl: boolean;
  /** Only when asked for (a renderer that draws the lines itself): what the lines are. */
  detail?: ParagraphDetail;
}

/** Where a paragraph comes from: a paragraph block, or one entry of the contents list. */
export type ParagraphSource =
  | { kind: 'paragraph'; block: ParagraphBlock }
  | { kind: 'contents-entry'; contents: ContentsBlock; index: number };

/** A paragraph's lines, placed in its box (x in twips from the text column's or cell's left edge). */
export interface ParagraphDetail {
  source: ParagraphSource;
  /** Font size (half-points) and whether the style is bold. */
  size: number;
  bold: boolean;
  /** Exact line height, twips. */
  lineHeight: number;
  lines: PlacedLine[];
}

/** A table row's cells, each with its paragraphs stacked from the row's top (y in twips). */
export interface RowDetail {
  table: TableBlock;
  row: number;
  cells: {
    /** The cell's left edge and width (borders are drawn there), and where its text starts. */
    x: number;
    width: number;
    textX: number;
    header: boolean;
    paragraphs: { y: number; detail: ParagraphDetail }[];
  }[];
}

/** A table row, never split across pages. */
export interface FlowRow {
  kind: 'row';
  /** Its cells' content and its bottom border. */
  height: number;
  /** The top border, drawn above the table's first row and above the first row on each page. */
  topBorder: number;
  firstInTable: boolean;
  /** Only when asked for: the cells' content. */
  detail?: RowDetail;
}

/** What the page filler places, in order. */
export type FlowUnit = FlowParagraph | FlowRow;

function boxFor(block: ParagraphBlock, m: StyleMetrics, width: number): LineBox {
  if (block.list) {
    const { left } = listIndent(block.list.level);
    return { firstStart: left, restStart: left, end: width, tabStops: [] };
  }
  const left = m.indentLeft + (block.indent ?? 0) * INDENT_STEP;
  // A hanging style (front matter): the label starts at the margin, the rest at the indent.
  const first = m.indentLeft ? 0 : left;
  return {
    firstStart: first,
    restStart: left,
    end: width,
    tabStops: m.indentLeft ? [m.indentLeft] : [],
  };
}

function paragraphUnit(block: ParagraphBlock, width: number, detail: boolean): FlowParagraph {
  const m = STYLES[block.style];
  const box = boxFor(block, m, width);
  const placed = detail ? [] : undefined;
  const { lines } = breakLines(
    block.inlines,
    m.bold,
    m.size,
    box,
    placed,
    block.align === 'justify',
  );
  return {
    kind: 'paragraph',
    lines,
    lineHeight: m.line,
    before: m.before,
    after: m.after,
    keepNext: m.keepNext,
    pageBreakBefore: block.pageBreakBefore === true,
    widowControl: true,
    detail: placed && {
      source: { kind: 'paragraph', block },
      size: m.size,
      bold: m.bold,
      lineHeight: m.line,
      lines: alignLines(placed, box, block.align),
    },
  };
}

/** A row is as tall as its tallest cell; each cell's paragraphs stack, borders add their width. */
function tableUnits(block: TableBlock, detail: boolean): FlowRow[] {
  const columns = Math.max(...block.rows.map((row) => row.cells.length));
  const cellWidth = Math.floor(BODY_WIDTH / columns);
  const inner = cellWidth - TABLE_CELL.marginLeft - TABLE_CELL.marginRight;
  const border = (TABLE_CELL.border / 8) * 20;
  return block.rows.map((row, index) => {
    const cells = row.cells.map((cell, column) => {
      let height = 0;
      const paragraphs: { y: number; detail: ParagraphDetail }[] = [];
      for (const p of cell.blocks) {
        const u = paragraphUnit(p, inner, detail);
        if (u.detail) paragraphs.push({ y: height + u.before, detail: u.detail });
        height += u.before + u.lines * u.lineHeight + u.after;
      }
      const x = column * cellWidth;
      return {
        height,
        x,
        width: cellWidth,
        textX: x + TABLE_CELL.marginLeft,
        header: cell.header,
        paragraphs,
      };
    });
    const content = Math.max(STYLES.TableText.line, ...cells.map((cell) => cell.height));
    return {
      kind: 'row',
      height: content + border,
      topBorder: border,
      firstInTable: index === 0,
      detail: detail
        ? {
            table: block,
            row: index,
            cells: cells.map(({ x, width, textX, header, paragraphs }) => ({
              textX,
              x,
              width,
              header,
              paragraphs,
            })),
          }
        : undefined,
    };
  });
}

/**
 * Contents entries: the title wraps as text; the page number sits at the
 * right tab on the title's last line if it fits between the text's end and
 * the tab, else on a line of its own. `numbers` are the entries' page
 * numbers, when known (two digits are assumed before). With `detail`, the
 * number is a run right-aligned at the tab, with a dot leader before it.
 * Grouped lists have each group's label (style TOCGroup) before its
 * entries. Each list is one field (docx/contents-field.ts): an empty one is
 * one empty paragraph.
 */
function contentsUnits(
  block: ContentsBlock,
  numbers: readonly number[] | undefined,
  detail: boolean,
): FlowParagraph[] {
  const box = { firstStart: 0, restStart: 0, end: TOC_TAB_POSITION, tabStops: [] };
  const digits = measurer({}, false, TOC_ENTRY.size);
  const entry = (title: string, index: number): FlowParagraph => {
    const text: Inline = { kind: 'text', text: title, format: {} };
    const placed: PlacedLine[] | undefined = detail ? [] : undefined;
    const { lines, lastLineEnd } = breakLines([text], false, TOC_ENTRY.size, box, placed);
    const label = String(numbers?.[index] ?? 10);
    const number = digits.width(label);
    const ownLine = lastLineEnd + number > TOC_TAB_POSITION;
    if (placed) {
      const x = TOC_TAB_POSITION - number;
      if (ownLine) placed.push({ runs: [], start: 0, textEnd: 0 });
      const last = placed[placed.length - 1] as PlacedLine;
      last.leader = { from: last.textEnd, to: x };
      // The tab as a space (extracted text reads "Tidsplan 6"), then the number.
      last.runs.push({
        text: ' ',
        format: {},
        x: last.textEnd,
        width: x - last.textEnd,
        gap: true,
      });
      last.runs.push({ text: label, format: {}, x, width: number });
    }
    return {
      kind: 'paragraph',
      lines: ownLine ? lines + 1 : lines,
      lineHeight: TOC_ENTRY.line,
      before: TOC_ENTRY.before,
      after: TOC_ENTRY.after,
      keepNext: false,
      pageBreakBefore: false,
      // toc 1 turns it off (base-styles.ts): LibreOffice ignores it in a contents field.
      widowControl: false,
      detail: placed && {
        source: { kind: 'contents-entry', contents: block, index },
        size: TOC_ENTRY.size,
        bold: TOC_ENTRY.bold,
        lineHeight: TOC_ENTRY.line,
        lines: alignLines(placed, box, undefined),
      },
    };
  };
  const paragraph = (style: 'Normal' | 'TOCGroup', text: string) =>
    paragraphUnit(
      { kind: 'paragraph', style, inlines: text ? [{ kind: 'text', text, format: {} }] : [] },
      BODY_WIDTH,
      detail,
    );
  const lists = block.groups ?? [{ label: '', entries: block.entries.map((_, i) => i) }];
  return lists.flatMap((list) => [
    ...(list.label ? [paragraph('TOCGroup', list.label)] : []),
    ...(list.entries.length > 0
      ? list.entries.map((index) => entry(block.entries[index]?.title ?? '', index))
      : [paragraph('Normal', '')]),
  ]);
}

/**
 * The blocks as units for the page filler; `contentsNumbers` are the
 * contents entries' page numbers, when known. With `detail`, each unit
 * also carries its placed lines (for the PDF); the counts are the same.
 */
export function flowOf(
  blocks: Block[],
  contentsNumbers?: readonly number[],
  detail = false,
): FlowUnit[] {
  return blocks.flatMap((block): FlowUnit[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraphUnit(block, BODY_WIDTH, detail)];
      case 'table':
        return tableUnits(block, detail);
      case 'contents':
        return contentsUnits(block, contentsNumbers, detail);
    }
  });
}
