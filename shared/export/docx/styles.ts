import { LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { ParagraphStyleId } from '../blocks';
import { FONT_FAMILY, FOOTER_SIZE, STYLES, type StyleMetrics } from '../typography';

const BLACK = '000000';

function paragraphProps(m: StyleMetrics) {
  return {
    spacing: { before: m.before, after: m.after, line: m.line, lineRule: LineRuleType.EXACT },
    // Only `true` is written: `keepNext: false` would override inherited values.
    keepNext: m.keepNext || undefined,
    outlineLevel: m.outlineLevel,
    indent: m.indentLeft ? { left: m.indentLeft, hanging: m.indentLeft } : undefined,
    tabStops: m.indentLeft ? [{ type: 'left' as const, position: m.indentLeft }] : undefined,
  };
}

function runProps(m: StyleMetrics) {
  // `bold: false` would write <w:b w:val="false"/>: leave it out instead.
  return { font: FONT_FAMILY, size: m.size, bold: m.bold || undefined, color: BLACK };
}

function style(
  id: string,
  name: string,
  m: StyleMetrics,
  extra: Partial<IParagraphStyleOptions> = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: runProps(m),
    paragraph: paragraphProps(m),
    ...extra,
  };
}

const custom: [ParagraphStyleId, string][] = [
  ['TOCHeading', 'TOC Heading'],
  ['TOCGroup', 'Referat Contents Group'],
  ['FrontMatter', 'Referat Front Matter'],
  ['TableText', 'Referat Table Text'],
];

/**
 * Word styles with Word's own ids and names (Title, Heading 1–3, List
 * Paragraph, TOC Heading, Footer; toc 1 is in ./base-styles.ts), so the file behaves like one made
 * in Word: headings carry outline levels for the navigation pane, PDF
 * bookmarks and the contents field. The document defaults (language
 * da-DK, font, widow control, ligatures) are in ./base-styles.ts.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      title: { run: runProps(STYLES.Title), paragraph: paragraphProps(STYLES.Title) },
      heading1: { run: runProps(STYLES.Heading1), paragraph: paragraphProps(STYLES.Heading1) },
      heading2: { run: runProps(STYLES.Heading2), paragraph: paragraphProps(STYLES.Heading2) },
      heading3: { run: runProps(STYLES.Heading3), paragraph: paragraphProps(STYLES.Heading3) },
      listParagraph: {
        run: runProps(STYLES.ListParagraph),
        paragraph: paragraphProps(STYLES.ListParagraph),
      },
    },
    paragraphStyles: [
      ...custom.map(([id, name]) => style(id, name, STYLES[id])),
      style('Header', 'header', { ...STYLES.Normal, size: FOOTER_SIZE, line: 240, after: 0 }),
      style('Footer', 'footer', { ...STYLES.Normal, size: FOOTER_SIZE, line: 240, after: 0 }),
    ],
    characterStyles: [
      // The contents entries' runs use it (docx writes it); plain text, the entries are links already.
      { id: 'IndexLink', name: 'Index Link', basedOn: 'DefaultParagraphFont' },
    ],
  };
}
