import type { FileChild } from 'docx';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {
  Alignment,
  Block,
  ContentsBlock,
  Inline,
  ParagraphBlock,
  TableBlock,
} from '../blocks';
import { BODY_WIDTH, INDENT_STEP, TABLE_CELL } from '../typography';
import { contentsMarks, renderContents } from './contents-field';

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Alignment, unknown>;

function run(inline: Inline, linked: boolean): TextRun {
  const style = linked ? 'Hyperlink' : undefined;
  if (inline.kind === 'break') return new TextRun({ break: 1, style });
  const f = inline.format;
  const format = {
    style,
    // Only `true` is written: docx writes `false` as an explicit override.
    bold: f.bold,
    italics: f.italic,
    underline: f.underline ? {} : undefined,
    strike: f.strike,
  };
  // A literal "\t" is written as-is by docx: a tab must be a Tab element.
  return inline.kind === 'tab'
    ? new TextRun({ ...format, children: [new Tab()] })
    : new TextRun({ ...format, text: inline.text });
}

/** Runs, with consecutive inlines of one link grouped into a hyperlink. */
function paragraphChildren(inlines: Inline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < inlines.length;) {
    const link = inlines[i]?.link;
    if (!link) {
      out.push(run(inlines[i] as Inline, false));
      i++;
      continue;
    }
    const runs: TextRun[] = [];
    while (i < inlines.length && inlines[i]?.link === link)
      runs.push(run(inlines[i++] as Inline, true));
    out.push(new ExternalHyperlink({ link, children: runs }));
  }
  return out;
}

/** One paragraph block as a Word paragraph; `mark` is a field to put first (a contents entry's TC field). */
export function renderParagraph(block: ParagraphBlock, mark?: TextRun): Paragraph {
  const runs = paragraphChildren(block.inlines);
  const children = mark ? [mark, ...runs] : runs;
  return new Paragraph({
    style: block.style,
    alignment: block.align ? ALIGNMENT[block.align] : undefined,
    indent: block.indent ? { left: block.indent * INDENT_STEP } : undefined,
    numbering: block.list && { ...block.list },
    // Every item starts on a new page (docx has no style-level page break).
    pageBreakBefore: block.pageBreakBefore || undefined,
    children: block.bookmark
      ? [...(mark ? [mark] : []), new Bookmark({ id: block.bookmark, children: runs })]
      : children,
  });
}

const border = { style: BorderStyle.SINGLE, size: TABLE_CELL.border, color: '808080' };

/** A table across the text column, equal fixed columns, rows never split across pages. */
export function renderTable(block: TableBlock): Table {
  const columns = Math.max(...block.rows.map((row) => row.cells.length));
  const width = Math.floor(BODY_WIDTH / columns);
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.cells[c];
            const paragraphs = cell?.blocks.map((p) => renderParagraph(p)) ?? [];
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: {
                left: TABLE_CELL.marginLeft,
                right: TABLE_CELL.marginRight,
                top: 0,
                bottom: 0,
              },
              shading: cell?.header
                ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' }
                : undefined,
              // Word needs at least one paragraph in every cell.
              children:
                paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: 'TableText' })],
            });
          }),
        }),
    ),
  });
}

/**
 * Every body block in Word form; `pages` are the contents entries' page
 * numbers. The headings the contents list points to carry its TC fields.
 */
export function renderBlocks(blocks: Block[], pages: number[]): FileChild[] {
  const contents = blocks.find((block): block is ContentsBlock => block.kind === 'contents');
  const marks = contents ? contentsMarks(contents) : new Map<string, TextRun>();
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [renderParagraph(block, block.bookmark ? marks.get(block.bookmark) : undefined)];
      case 'table':
        return [renderTable(block)];
      case 'contents':
        return renderContents(block, pages);
    }
  });
}
