import type { Block, ContentsBlock, Inline, ParagraphBlock, TableBlock } from '../blocks';
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
import { breakLines, countLines, type LineBox } from './line-breaker';

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
}

/** A table row, never split across pages. */
export interface FlowRow {
  kind: 'row';
  /** Its cells' content and its bottom border. */
  height: number;
  /** The top border, drawn above the table's first row and above the first row on each page. */
  topBorder: number;
  firstInTable: boolean;
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

function paragraphUnit(block: ParagraphBlock, width: number): FlowParagraph {
  const m = STYLES[block.style];
  return {
    kind: 'paragraph',
    lines: countLines(block.inlines, m.bold, m.size, boxFor(block, m, width)),
    lineHeight: m.line,
    before: m.before,
    after: m.after,
    keepNext: m.keepNext,
    pageBreakBefore: block.pageBreakBefore === true,
    widowControl: true,
  };
}

/** A row is as tall as its tallest cell; each cell's paragraphs stack, borders add their width. */
function tableUnits(block: TableBlock): FlowRow[] {
  const columns = Math.max(...block.rows.map((row) => row.cells.length));
  const cellWidth = Math.floor(BODY_WIDTH / columns);
  const inner = cellWidth - TABLE_CELL.marginLeft - TABLE_CELL.marginRight;
  const border = (TABLE_CELL.border / 8) * 20;
  return block.rows.map((row, index) => {
    const heights = row.cells.map((cell) =>
      cell.blocks.reduce((sum, p) => {
        const u = paragraphUnit(p, inner);
        return sum + u.before + u.lines * u.lineHeight + u.after;
      }, 0),
    );
    const content = Math.max(STYLES.TableText.line, ...heights);
    return { kind: 'row', height: content + border, topBorder: border, firstInTable: index === 0 };
  });
}

/**
 * Contents entries: the title wraps as text; the page number sits at the
 * right tab on the title's last line if it fits between the text's end and
 * the tab, else on a line of its own. `numbers` are the entries' page
 * numbers, when known (two digits are assumed before).
 */
function contentsUnits(
  block: ContentsBlock,
  numbers: readonly number[] | undefined,
): FlowParagraph[] {
  const box = { firstStart: 0, restStart: 0, end: TOC_TAB_POSITION, tabStops: [] };
  const digits = measurer({}, false, TOC_ENTRY.size);
  const entry = (title: string, index: number): FlowParagraph => {
    const text: Inline = { kind: 'text', text: title, format: {} };
    const { lines, lastLineEnd } = breakLines([text], false, TOC_ENTRY.size, box);
    const number = digits.width(String(numbers?.[index] ?? 10));
    return {
      kind: 'paragraph',
      lines: lastLineEnd + number > TOC_TAB_POSITION ? lines + 1 : lines,
      lineHeight: TOC_ENTRY.line,
      before: TOC_ENTRY.before,
      after: TOC_ENTRY.after,
      keepNext: false,
      pageBreakBefore: false,
      // toc 1 turns it off (base-styles.ts): LibreOffice ignores it in a contents field.
      widowControl: false,
    };
  };
  const empty = (): FlowParagraph =>
    paragraphUnit({ kind: 'paragraph', style: 'Normal', inlines: [] }, BODY_WIDTH);
  const units = block.entries.map((e, i) => entry(e.title, i));
  // docx closes the field in an extra empty paragraph when there are fewer than two entries.
  if (block.entries.length === 0) return [empty(), empty()];
  if (block.entries.length === 1) units.push(empty());
  return units;
}

/** The blocks as units for the page filler; `contentsNumbers` are the contents entries' page numbers, when known. */
export function flowOf(blocks: Block[], contentsNumbers?: readonly number[]): FlowUnit[] {
  return blocks.flatMap((block): FlowUnit[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraphUnit(block, BODY_WIDTH)];
      case 'table':
        return tableUnits(block);
      case 'contents':
        return contentsUnits(block, contentsNumbers);
    }
  });
}
