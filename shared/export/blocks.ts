/**
 * The export's intermediate document: what the referat sections and the
 * rich-text transformers produce, and what both the .docx writer
 * (./docx) and the pagination (./layout) consume. Keeping one model for both
 * is what lets the contents page numbers be computed from exactly the
 * paragraphs that are written.
 */

/** Character formatting of a run. Only `true` is ever set: docx writes `false` as an override. */
export interface RunFormat {
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
}

/** A piece of a paragraph's content; `link` is an already-validated http(s)/mailto URL. */
export type Inline =
  | { kind: 'text'; text: string; format: RunFormat; link?: string }
  | { kind: 'break'; link?: string }
  | { kind: 'tab'; format: RunFormat; link?: string };

/** Paragraph styles the export defines (ids as written in styles.xml). */
export type ParagraphStyleId =
  | 'Normal'
  | 'Title'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'TOCHeading'
  /** A group label in a grouped contents list ("Lukkede punkter"); added with templates. */
  | 'TOCGroup'
  | 'FrontMatter'
  | 'ListParagraph'
  | 'TableText';

/** Horizontal alignment of a paragraph. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** Membership of a list: which list (`instance` of `reference`) and at which level. */
export interface ListMarker {
  reference: string;
  instance: number;
  level: number;
}

/** One paragraph. */
export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyleId;
  inlines: Inline[];
  align?: Alignment;
  /** Extra left indent, in indent steps (Lexical's `indent`). */
  indent?: number;
  list?: ListMarker;
  /** Bookmark name on the paragraph (the target of a contents entry). */
  bookmark?: string;
  /** Starts a new page (an item heading, when the template puts each item on its own page). */
  pageBreakBefore?: boolean;
}

/** A table: rows of cells, each cell a list of paragraphs. */
export interface TableBlock {
  kind: 'table';
  rows: { cells: { blocks: ParagraphBlock[]; header: boolean }[] }[];
}

/** A group of the contents list: its label ("Lukkede punkter") and its entries, as indexes into `entries`, in printed order. */
export interface ContentsGroup {
  label: string;
  entries: number[];
}

/** The contents list (Indholdsfortegnelse): one entry per agenda item. */
export interface ContentsBlock {
  kind: 'contents';
  /**
   * One entry per agenda item, in agenda order: the text printed in the list
   * and the bookmark on the item's heading. The page numbers that go with
   * the block (layout/contents-pages.ts) are in this order too.
   */
  entries: { title: string; bookmark: string }[];
  /**
   * Present when the template groups the list (open and closed items): the
   * groups in printed order, each under its label, each entry in exactly one
   * group; a group is never empty. Absent: one list, in `entries` order.
   * Added with templates; a writer that does not know it prints one list.
   */
  groups?: ContentsGroup[];
}

/** A block-level element of the body. */
export type Block = ParagraphBlock | TableBlock | ContentsBlock;

/** Shorthand for a paragraph of plain text. */
export function textParagraph(
  style: ParagraphStyleId,
  text: string,
  format: RunFormat = {},
): ParagraphBlock {
  return { kind: 'paragraph', style, inlines: text ? [{ kind: 'text', text, format }] : [] };
}
