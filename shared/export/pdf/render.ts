import type PDFDocument from 'pdfkit';
import type { PDFImage, PDFStructureElement } from 'pdfkit';
import type { MarginPart } from '../../template/render';
import { marginText } from '../../template/render';
import { measurer } from '../layout/font-metrics';
import { logoOnPage, type PageLogo } from '../sections/page-logo';
import type { PageMargins } from '../sections/page-margins';
import type { PageLine, PageParagraph, PageRow, LaidOutPage } from '../layout/place';
import { BODY_WIDTH, FOOTER_SIZE, listIndent, PAGE, STYLES } from '../typography';
import { DESCENT, drawLeader, drawRun, LINK_COLOR, pt, TEXT_COLOR } from './draw';
import type { ListLabels } from './list-labels';
import { bufferPageContent } from './output';
import type { ParagraphTags, StructureBuilder } from './structure';
import type { TextWriter } from './text';

const BORDER_COLOR = '#808080';
const HEADER_FILL = '#E7E6E6';

/** What drawing a page needs besides the page and the structure: the document and its text writer, the list labels, the page count. */
export interface RenderContext {
  doc: PDFDocument;
  writer: TextWriter;
  labels: ListLabels;
  pageCount: number;
  /** The page of each contents entry's item, for the links' descriptions. */
  contentsNumbers: readonly number[];
  /** The template's page header and footer. */
  margins: PageMargins;
  /** The template's logo, read once by pdfkit (one image object for every page), or null. */
  logo: { place: PageLogo; image: PDFImage } | null;
}

const baselineOf = (line: PageLine, size: number) =>
  pt(PAGE.marginTop + line.y + line.height) - size * DESCENT;

/** Page furniture: the header and footer lines, with its page's number filled in. */
function drawMarginLine(
  { doc, writer, pageCount }: RenderContext,
  parts: readonly MarginPart[],
  page: number,
  baseline: number,
): void {
  const text = marginText(parts, page, pageCount);
  if (!text) return;
  const width = measurer({}, false, FOOTER_SIZE).width(text);
  const size = FOOTER_SIZE / 2;
  doc.markContent('Artifact', { type: 'Pagination' });
  drawRun(
    writer,
    { text, format: {} },
    {
      x: pt(PAGE.marginLeft + (BODY_WIDTH - width) / 2),
      baseline,
      size,
      bold: false,
      visibleWidth: pt(width),
    },
    TEXT_COLOR,
  );
  writer.flush().endMarkedContent();
}

/**
 * The template's header (at the header distance from the top, left off the
 * first page unless the template says otherwise) and footer (its last line
 * at the footer distance from the bottom), centred, as Word places them:
 * artifacts, outside the logical structure.
 */
function drawMargins(context: RenderContext, page: number): void {
  const { header, footer, headerOnFirstPage } = context.margins;
  const size = FOOTER_SIZE / 2;
  if (page > 1 || headerOnFirstPage) {
    drawMarginLine(context, header, page, pt(PAGE.header) + size * (1 - DESCENT));
  }
  drawMarginLine(context, footer, page, pt(PAGE.height - PAGE.footer) - size * DESCENT);
  drawLogo(context, page);
}

/** The logo where Word puts it (../sections/page-logo.ts): an artifact, like the header it stands in. */
function drawLogo({ doc, logo }: RenderContext, page: number): void {
  if (!logo || !logoOnPage(logo.place, page)) return;
  const { x, y, width, height } = logo.place;
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.image(logo.image, pt(x), pt(y), { width: pt(width), height: pt(height) });
  doc.endMarkedContent();
}

/** The text of a paragraph's lines (a bookmark's title). */
const textOf = (part: PageParagraph) =>
  part.lines
    .map((line) => line.runs.map((run) => run.text).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Draws (this page's part of) a paragraph into its structure elements:
 * the list label into the item's Lbl, text runs into the paragraph's
 * element, runs of a link into a Link element of their own together with
 * their link annotations. A contents entry is one Link to its item's
 * heading, its dot leader an artifact. A heading with a bookmark gets a
 * named destination (the contents links' target) and, for an item, an
 * outline entry.
 */
function drawParagraph(context: RenderContext, part: PageParagraph, tags: ParagraphTags): void {
  const { doc } = context;
  const size = part.size / 2;
  const left = PAGE.marginLeft + part.x;
  const source = part.source;
  const first = part.lines[0];

  if (source.kind === 'paragraph' && part.first && first) {
    const block = source.block;
    if (block.list && tags.label) {
      const label = context.labels.labelOf(block.list);
      const content = doc.markStructureContent('Lbl');
      // The label hangs in the indent (as Word's numbering places it).
      const indent = listIndent(block.list.level);
      const x = left + indent.left - indent.hanging;
      drawRun(
        context.writer,
        { text: label, format: {} },
        { x: pt(x), baseline: baselineOf(first, size), size, bold: part.bold, visibleWidth: 0 },
        TEXT_COLOR,
      );
      context.writer.flush().endMarkedContent();
      tags.label.add(content);
    }
    if (block.bookmark) {
      doc.addNamedDestination(block.bookmark, 'XYZ', pt(left), pt(PAGE.marginTop + first.y), null);
    }
    if (STYLES[block.style].outlineLevel === 0) doc.outline.addItem(textOf(part));
  }

  const text = new TaggedText(context.writer, tags);
  for (const line of part.lines) {
    const baseline = baselineOf(line, size);
    text.startLine(pt(PAGE.marginTop + line.y), pt(line.height));
    for (const run of line.runs) {
      const url = source.kind === 'paragraph' ? run.link : undefined;
      text.enter(url);
      const x = pt(left + run.x);
      const visibleWidth = pt(Math.max(0, Math.min(run.x + run.width, line.textEnd) - run.x));
      const color = url ? LINK_COLOR : TEXT_COLOR;
      drawRun(context.writer, run, { x, baseline, size, bold: part.bold, visibleWidth }, color);
      if (url) text.linkArea(x, x + visibleWidth);
    }
    text.endLine();
  }
  text.finish();

  if (source.kind === 'contents-entry') {
    const entry = source.contents.entries[source.index];
    const number = context.contentsNumbers[source.index];
    for (const line of part.lines) {
      const runs = line.runs;
      const from = runs[0]?.x ?? 0;
      const to = Math.max(line.textEnd, ...runs.map((run) => run.x + run.width));
      if (entry && runs.length > 0) {
        doc.goTo(
          pt(left + from),
          pt(PAGE.marginTop + line.y),
          pt(to - from),
          pt(line.height),
          entry.bookmark,
          {
            structParent: tags.body,
            // A PDF text string: pdfkit writes a plain JS string as a name.
            Contents: new String(`${entry.title}, side ${number ?? ''}`),
          },
        );
      }
    }
    for (const line of part.lines) {
      if (!line.leader) continue;
      doc.markContent('Artifact', { type: 'Layout' });
      drawLeader(
        doc,
        pt(left + line.leader.from),
        pt(left + line.leader.to),
        baselineOf(line, size),
        size,
      );
      doc.endMarkedContent();
    }
  }
  if (part.last && tags.type !== 'LBody') tags.body.end();
}

type Content = ReturnType<PDFDocument['markStructureContent']>;

/**
 * Marks a paragraph's text as it is drawn: runs outside links as content of
 * the paragraph's element, each link's runs as content of a Link element
 * inside it, with a link annotation per line the link's runs cover.
 */
class TaggedText {
  private open: { element: PDFStructureElement; content: Content } | null = null;
  private link: { url: string; element: PDFStructureElement } | null = null;
  private area: { from: number; to: number } | null = null;

  private readonly doc: PDFDocument;

  constructor(
    private readonly writer: TextWriter,
    private readonly tags: ParagraphTags,
  ) {
    this.doc = writer.flush();
  }

  /** Before drawing a run: `url` is its link, if any. */
  enter(url: string | undefined): void {
    if (url !== this.link?.url) {
      this.annotate();
      this.endContent();
      this.endLink();
      if (url) {
        const element = this.doc.struct('Link');
        this.tags.body.add(element);
        this.link = { url, element };
      }
    }
    if (!this.open) {
      const element = this.link?.element ?? this.tags.body;
      this.open = {
        element,
        content: this.writer.flush().markStructureContent(this.link ? 'Link' : this.tags.type),
      };
    }
  }

  /** A linked run was drawn from `from` to `to` (points) on the current line. */
  linkArea(from: number, to: number): void {
    this.area ??= { from, to };
    this.area.to = to;
  }

  private line = { top: 0, height: 0 };

  /** A line (top and height in points) is about to be drawn. */
  startLine(top: number, height: number): void {
    this.line = { top, height };
  }

  /** The line is drawn: its link annotation, if any. */
  endLine(): void {
    this.annotate();
  }

  /** The paragraph part is drawn. */
  finish(): void {
    this.endLink();
    this.endContent();
  }

  private annotate(): void {
    if (this.area && this.link) {
      this.writer.flush();
      const { from, to } = this.area;
      const { top, height } = this.line;
      this.doc.link(from, top, to - from, height, this.link.url, {
        structParent: this.link.element,
        // The annotation's description (PDF/UA asks for one): where it leads. A String
        // object: pdfkit writes a plain JS string as a PDF name, not a text string.
        Contents: new String(this.link.url),
      });
    }
    this.area = null;
  }

  private endContent(): void {
    if (!this.open) return;
    this.writer.flush().endMarkedContent();
    this.open.element.add(this.open.content);
    this.open = null;
  }

  private endLink(): void {
    if (!this.link) return;
    this.endContent();
    this.link.element.end();
    this.link = null;
  }
}

/** Borders and header shading of a row: artifacts, drawn before the cells' text. */
function drawRowFrame(doc: PDFDocument, row: PageRow): void {
  const columns = Math.max(...row.table.rows.map((r) => r.cells.length));
  const cellWidth = Math.floor(BODY_WIDTH / columns);
  const left = PAGE.marginLeft;
  const top = PAGE.marginTop + row.y;
  const bottom = top + row.height;
  doc.markContent('Artifact', { type: 'Layout' });
  for (const cell of row.cells) {
    if (cell.header)
      doc.rect(pt(left + cell.x), pt(top), pt(cell.width), pt(row.height)).fill(HEADER_FILL);
  }
  const half = row.border / 2;
  doc.save().lineWidth(pt(row.border)).strokeColor(BORDER_COLOR);
  const frameTop = row.topBorder ? top - half : top;
  if (row.topBorder)
    doc.moveTo(pt(left), pt(frameTop)).lineTo(pt(left + columns * cellWidth), pt(frameTop));
  doc.moveTo(pt(left), pt(bottom + half)).lineTo(pt(left + columns * cellWidth), pt(bottom + half));
  for (let c = 0; c <= columns; c++) {
    const x = pt(left + c * cellWidth);
    doc.moveTo(x, pt(frameTop - (row.topBorder ? half : 0))).lineTo(x, pt(bottom + row.border));
  }
  doc.stroke().restore();
  doc.endMarkedContent();
}

/** Draws one laid-out page (header and footer, then its blocks in reading order) into the structure. */
export function drawPage(
  context: RenderContext,
  structure: StructureBuilder,
  page: LaidOutPage,
  number: number,
): void {
  context.doc.addPage({ size: [pt(PAGE.width), pt(PAGE.height)], margin: 0 });
  bufferPageContent(context.doc);
  drawMargins(context, number);
  for (const block of page.blocks) {
    if (block.kind === 'paragraph') {
      const tags = structure.paragraph(block);
      if (tags) drawParagraph(context, block, tags);
      continue;
    }
    drawRowFrame(context.doc, block);
    const cells = structure.row(block);
    block.cells.forEach((cell, i) => {
      const cellStructure = cells[i];
      if (!cellStructure) return;
      for (const paragraph of cell.paragraphs) {
        const tags = cellStructure.paragraph(paragraph);
        if (tags) drawParagraph(context, paragraph, tags);
      }
    });
    structure.endRow(block, cells);
  }
}
