import type { Block, ContentsBlock, ParagraphBlock, TableBlock } from '../blocks';
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
import { countLines, type LineBox } from './line-breaker';

/** A paragraph as the page filler sees it: lines of a fixed height and its spacing. */
export interface FlowParagraph {
  kind: 'paragraph';
  lines: number;
  lineHeight: number;
  before: number;
  after: number;
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Widow/orphan control: written on every paragraph of ours, absent on docx's contents entries. */
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
    pageBreakBefore: block.style === 'Heading1',
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

function contentsUnits(block: ContentsBlock): FlowParagraph[] {
  const entry = (title: string): FlowParagraph => ({
    kind: 'paragraph',
    // The title wraps before the page number at the right tab; "000" stands in for the number.
    lines: countLines([{ kind: 'text', text: `${title} 000`, format: {} }], false, TOC_ENTRY.size, {
      firstStart: 0,
      restStart: 0,
      end: TOC_TAB_POSITION,
      tabStops: [],
    }),
    lineHeight: TOC_ENTRY.line,
    before: TOC_ENTRY.before,
    after: TOC_ENTRY.after,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: false,
  });
  const empty = (): FlowParagraph => ({
    ...paragraphUnit({ kind: 'paragraph', style: 'Normal', inlines: [] }, BODY_WIDTH),
  });
  const units = block.entries.map((e) => entry(e.title));
  // docx closes the field in an extra empty paragraph when there are fewer than two entries.
  if (block.entries.length === 0) return [empty(), empty()];
  if (block.entries.length === 1) units.push(empty());
  return units;
}

/** The blocks as units for the page filler. */
export function flowOf(blocks: Block[]): FlowUnit[] {
  return blocks.flatMap((block): FlowUnit[] => {
    switch (block.kind) {
      case 'paragraph':
        return [paragraphUnit(block, BODY_WIDTH)];
      case 'table':
        return tableUnits(block);
      case 'contents':
        return contentsUnits(block);
    }
  });
}
