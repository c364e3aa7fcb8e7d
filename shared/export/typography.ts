import type { ParagraphStyleId } from './blocks';

/**
 * The document's geometry and typography, in Word's units (twips = 1/20 pt;
 * font sizes in half-points). The .docx styles are written from these
 * numbers and the pagination measures with them, so the two cannot drift.
 *
 * Every style has an *exact* line height: lines are then equally tall in
 * Word and LibreOffice whatever the font's ascent/descent tables say, and
 * a fallback glyph (emoji, Arabic) cannot make one line taller.
 */

/** The one font family. Word has Calibri; LibreOffice substitutes Carlito, made with the same widths. */
export const FONT_FAMILY = 'Calibri';

/** A4 portrait with 2.5 cm margins; the footer sits inside the bottom margin. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1418,
  marginLeft: 1418,
  marginRight: 1418,
  header: 708,
  footer: 708,
} as const;

/** Width of the text column. */
export const BODY_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
/** Height of the text column. */
export const BODY_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/** Metrics of a paragraph style. */
export interface StyleMetrics {
  /** Font size, half-points. */
  size: number;
  bold: boolean;
  /** Exact line height, twips. */
  line: number;
  before: number;
  after: number;
  keepNext: boolean;
  /** Left indent of every line, twips (hanging styles put the label in it). */
  indentLeft: number;
  /** Outline level (0 = Heading 1) for the navigation pane, PDF bookmarks and the contents field. */
  outlineLevel?: number;
}

const base = { bold: false, before: 0, keepNext: false, indentLeft: 0 };

/**
 * Each paragraph style's metrics. No style has space *before*: LibreOffice
 * collapses a paragraph's space after and the next one's space before into
 * the larger of the two where Word adds them, and drops space before at the
 * top of a page in cases Word does not. With space after only, both agree.
 * Headings get their air above from a line taller than their text instead
 * (an exact line places the text at its bottom).
 */
export const STYLES: Record<ParagraphStyleId, StyleMetrics> = {
  Normal: { ...base, size: 22, line: 280, after: 120 },
  Title: { ...base, size: 40, bold: true, line: 480, after: 240 },
  Heading1: {
    ...base,
    size: 32,
    bold: true,
    line: 400,
    after: 240,
    keepNext: true,
    outlineLevel: 0,
  },
  Heading2: {
    ...base,
    size: 24,
    bold: true,
    line: 520,
    after: 60,
    keepNext: true,
    outlineLevel: 1,
  },
  Heading3: {
    ...base,
    size: 22,
    bold: true,
    line: 400,
    after: 40,
    keepNext: true,
    outlineLevel: 2,
  },
  TOCHeading: { ...base, size: 28, bold: true, line: 720, after: 120, keepNext: true },
  // A group label of the contents list ("Lukkede punkter"), kept with its first entry.
  TOCGroup: { ...base, size: 22, bold: true, line: 400, after: 60, keepNext: true },
  FrontMatter: { ...base, size: 22, line: 280, after: 60, indentLeft: 2268 },
  ListParagraph: { ...base, size: 22, line: 280, after: 60 },
  TableText: { ...base, size: 20, line: 260, after: 0 },
};

/** Contents entries (style TOC1). */
export const TOC_ENTRY: StyleMetrics = { ...base, size: 22, line: 280, after: 60 };
/** Where the right-aligned page number tab of a contents entry sits. */
export const TOC_TAB_POSITION = 9025;

/** Footer text size, half-points. */
export const FOOTER_SIZE = 18;

/** Left indent and hanging of list level `level`: the marker hangs in the hanging space. */
export function listIndent(level: number): { left: number; hanging: number } {
  return { left: 426 + level * 426, hanging: 426 };
}

/** One step of a paragraph's `indent` (Lexical's indent buttons). */
export const INDENT_STEP = 426;

/** Default tab stops, measured from the text column's left edge. */
export const DEFAULT_TAB_STOP = 709;

/** Table cell padding left/right and border width, twips. */
export const TABLE_CELL = { marginLeft: 108, marginRight: 108, border: 4 } as const;
