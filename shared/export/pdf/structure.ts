import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';
import type { ParagraphBlock, ParagraphStyleId } from '../blocks';
import type { PageParagraph, PageRow } from '../layout/place';

/**
 * Structure types of the export's paragraph styles. The heading levels
 * follow the .docx's outline: items are Heading 1 (H1, one bookmark
 * each), their sections Heading 2 (H2), subheadings Heading 3 (H3). The
 * document title is an H1 too, and "Indholdsfortegnelse" an H2 under it:
 * the opening page is the title's section, each item one of its own.
 */
const STRUCTURE_TYPE: Record<ParagraphStyleId, string> = {
  Title: 'H1',
  Heading1: 'H1',
  Heading2: 'H2',
  Heading3: 'H3',
  TOCHeading: 'H2',
  TOCGroup: 'P',
  Normal: 'P',
  FrontMatter: 'P',
  ListParagraph: 'P',
  TableText: 'P',
};

/** Where a paragraph's content goes: its element, and for a list item the label's element. */
export interface ParagraphTags {
  body: PDFStructureElement;
  /** The structure type of `body` (the marked content's tag). */
  type: string;
  label?: PDFStructureElement;
}

interface OpenList {
  reference: string;
  instance: number;
  level: number;
  list: PDFStructureElement;
  item?: PDFStructureElement;
  body?: PDFStructureElement;
}

/**
 * Builds the logical structure of one container (the document, or a table
 * cell) as its blocks arrive in reading order, so the structure order is
 * the reading order: paragraphs and headings; list paragraphs grouped into
 * L › LI › (Lbl, LBody), nested lists inside their item's LBody; the
 * contents list as TOC › TOCI › Link; tables as Table › TR › TH/TD, each
 * cell a container of its own. The blocks carry list membership as Word
 * does (list, instance, level) rather than as a tree; this puts the tree back.
 */
export class StructureBuilder {
  private readonly lists: OpenList[] = [];
  private contents: PDFStructureElement | null = null;
  private table: PDFStructureElement | null = null;
  /** The paragraph being continued on the next page. */
  private current: ParagraphTags | null = null;

  /** `ownsParent`: a cell's builder ends its cell when closed. */
  constructor(
    private readonly doc: PDFDocument,
    private readonly parent: PDFStructureElement,
    private readonly ownsParent = false,
  ) {}

  /** The elements for (this page's part of) a paragraph; null for an empty paragraph, which is not tagged. */
  paragraph(part: PageParagraph): ParagraphTags | null {
    if (!part.first && this.current) return this.finish(part, this.current);
    const source = part.source;
    if (source.kind === 'contents-entry') {
      this.closeLists();
      if (!this.contents) this.contents = this.child(this.parent, 'TOC');
      const entry = this.child(this.contents, 'TOCI');
      // The TOC ends when the next block (or the end) comes: its last entry is still to be drawn.
      return this.finish(part, { body: this.child(entry, 'Link'), type: 'Link' });
    }
    const block = source.block;
    if (block.inlines.length === 0 && !block.list) return null;
    this.closeContents();
    if (block.list) return this.finish(part, this.listItem(block.list));
    const continued = this.continuedItem(block);
    if (continued) return this.finish(part, { body: this.child(continued, 'P'), type: 'P' });
    this.closeLists();
    const type = STRUCTURE_TYPE[block.style];
    return this.finish(part, { body: this.child(this.parent, type), type });
  }

  /** A table row's structure (the table's too, at its first row): a builder per cell for its paragraphs. */
  row(row: PageRow): StructureBuilder[] {
    this.closeLists();
    this.closeContents();
    if (row.row === 0 || !this.table) this.table = this.child(this.parent, 'Table');
    const tr = this.child(this.table, 'TR');
    return row.cells.map((cell) => {
      // A header cell of the first row heads its column; one further down heads its row.
      const element = cell.header
        ? this.child(tr, 'TH', { scope: row.row === 0 ? 'Column' : 'Row' })
        : this.child(tr, 'TD');
      return new StructureBuilder(this.doc, element, true);
    });
  }

  /** Ends a row's cells (after their paragraphs are drawn) and, after its last row, the table. */
  endRow(row: PageRow, cells: StructureBuilder[]): void {
    for (const cell of cells) cell.close();
    if (row.row === row.table.rows.length - 1) {
      this.table?.end();
      this.table = null;
    }
  }

  /** Ends everything still open (at the end of the document or a cell). */
  close(): void {
    this.closeLists();
    this.closeContents();
    this.table?.end();
    this.table = null;
    if (this.ownsParent) this.parent.end();
  }

  private finish(part: PageParagraph, tags: ParagraphTags): ParagraphTags {
    this.current = part.last ? null : tags;
    return tags;
  }

  private child(
    parent: PDFStructureElement,
    type: string,
    options?: Parameters<PDFDocument['struct']>[1],
  ): PDFStructureElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  private listItem(list: NonNullable<ParagraphBlock['list']>): ParagraphTags {
    while ((this.lists.at(-1)?.level ?? -1) > list.level) this.popList();
    const top = this.lists.at(-1);
    if (
      top &&
      top.level === list.level &&
      (top.instance !== list.instance || top.reference !== list.reference)
    ) {
      this.popList();
    }
    let open = this.lists.at(-1);
    if (!open || open.level < list.level) {
      // A nested list belongs to the item it follows (in that item's body).
      const container = open?.body ?? open?.item ?? this.parent;
      open = { ...list, list: this.child(container, 'L') };
      this.lists.push(open);
    } else {
      open.item?.end();
    }
    open.item = this.child(open.list, 'LI');
    const label = this.child(open.item, 'Lbl');
    open.body = this.child(open.item, 'LBody');
    return { body: open.body, type: 'LBody', label };
  }

  /** A list item's further paragraph ("indent" one step past its level): the item's body, if it is open. */
  private continuedItem(block: ParagraphBlock): PDFStructureElement | undefined {
    if (block.style !== 'ListParagraph' || !block.indent) return undefined;
    while ((this.lists.at(-1)?.level ?? -1) > block.indent - 1) this.popList();
    const top = this.lists.at(-1);
    return top?.level === block.indent - 1 ? top.body : undefined;
  }

  private popList(): void {
    this.lists.pop()?.list.end();
  }

  private closeLists(): void {
    while (this.lists.length > 0) this.popList();
  }

  private closeContents(): void {
    this.contents?.end();
    this.contents = null;
  }
}
