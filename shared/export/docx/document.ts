import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Meeting } from '../../model/meeting';
import type { MarginPart } from '../../template/render';
import type { ReferatBlocks } from '../build-blocks';
import type { ExportOptions } from '../options';
import { documentProperties } from '../properties';
import { pageMargins } from '../sections/page-margins';
import { DEFAULT_TAB_STOP } from '../typography';
import { baseStylesXml } from './base-styles';
import { documentXml, type SectionReferences } from './document-xml';
import type { PackagePart } from './pack';
import { numberingXml } from './numbering';
import { documentReferences } from './part-references';
import { listsOf, renderBlocks } from './render-blocks';
import { documentStyles } from './styles';

/** One centred line ("Side 3 af 12"), the page placeholders as Word's PAGE and NUMPAGES fields. */
function marginParagraph(style: 'Header' | 'Footer', parts: readonly MarginPart[]): Paragraph {
  return new Paragraph({
    style,
    alignment: AlignmentType.CENTER,
    children:
      parts.length === 0
        ? []
        : [
            new TextRun({
              children: parts.map((part) =>
                part.kind === 'page'
                  ? PageNumber.CURRENT
                  : part.kind === 'pages'
                    ? PageNumber.TOTAL_PAGES
                    : part.text,
              ),
            }),
          ],
  });
}

/**
 * The section's headers and footers as the template has them. Without the
 * header on the first page, Word's "different first page" gives page 1 an
 * empty header and the same footer as the others.
 */
function headersAndFooters(meeting: Meeting): Pick<ISectionOptions, 'headers' | 'footers'> & {
  titlePage: boolean;
} {
  const { header, footer, headerOnFirstPage } = pageMargins(meeting);
  const titlePage = header.length > 0 && !headerOnFirstPage;
  const footerOf = () => new Footer({ children: [marginParagraph('Footer', footer)] });
  return {
    titlePage,
    headers:
      header.length === 0
        ? {}
        : {
            default: new Header({ children: [marginParagraph('Header', header)] }),
            ...(titlePage
              ? { first: new Header({ children: [marginParagraph('Header', [])] }) }
              : {}),
          },
    footers:
      footer.length === 0
        ? {}
        : { default: footerOf(), ...(titlePage ? { first: footerOf() } : {}) },
  };
}

/** The Word document ready to pack (./pack.ts): docx's package, and the parts written as text. */
export interface WordDocument {
  document: Document;
  parts: PackagePart[];
}

/**
 * The Word document. docx writes the package (properties, styles,
 * settings, footer, relationships, content types). The body
 * (./render-blocks.ts) and the numbering (./numbering.ts) are written as
 * text, in place of docx's word/document.xml and word/numbering.xml; the
 * body registers its hyperlinks with docx's document as it goes, so the
 * relationships docx writes hold them, and refers to the footer by the
 * relationship docx made for it.
 */
export function createDocument(
  meeting: Meeting,
  options: ExportOptions,
  blocks: ReferatBlocks,
  pages: number[],
): WordDocument {
  const properties = documentProperties(meeting, options);
  const { headers, footers, titlePage } = headersAndFooters(meeting);
  const document = new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.author,
    lastModifiedBy: properties.author,
    keywords: properties.keywords,
    description: properties.description,
    customProperties: properties.template ? [{ name: 'Skabelon', value: properties.template }] : [],
    externalStyles: baseStylesXml(),
    styles: documentStyles(),
    defaultTabStop: DEFAULT_TAB_STOP,
    // The page size and margins are in ./document-xml.ts, with the body.
    sections: [{ headers, footers, children: [] }],
  });
  // docx adds a section's headers and footers in the order default, first.
  const rId = (wrapper: { View: { ReferenceId: number } } | undefined) =>
    wrapper ? `rId${wrapper.View.ReferenceId}` : undefined;
  const references: SectionReferences = {
    header: { default: rId(document.Headers[0]), first: rId(document.Headers[1]) },
    footer: { default: rId(document.Footers[0]), first: rId(document.Footers[1]) },
    titlePage,
  };
  const body = [...blocks.opening, ...blocks.items.flat()];
  const numbering = numberingXml(listsOf(body), blocks.numbering.usedStarts());
  const xml = renderBlocks(body, pages, documentReferences(document, numbering.numIds));
  return {
    document,
    parts: [
      {
        path: 'word/document.xml',
        data: documentXml(xml, references),
      },
      { path: 'word/numbering.xml', data: numbering.xml },
    ],
  };
}
