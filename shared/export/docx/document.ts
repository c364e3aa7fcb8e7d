import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  PageNumber,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type ISectionOptions,
} from 'docx';
import type { Meeting } from '../../model/meeting';
import type { MarginPart } from '../../template/render';
import type { ReferatBlocks } from '../build-blocks';
import type { ExportOptions } from '../options';
import { documentProperties } from '../properties';
import { pageLogo, type PageLogo } from '../sections/page-logo';
import { pageMargins } from '../sections/page-margins';
import { DEFAULT_TAB_STOP } from '../typography';
import { baseStylesXml } from './base-styles';
import { documentXml, type SectionReferences } from './document-xml';
import type { PackagePart } from './pack';
import { numberingXml } from './numbering';
import { documentReferences } from './part-references';
import { listsOf, renderBlocks } from './render-blocks';
import { documentStyles } from './styles';

/** EMUs (DrawingML's unit) in a twip. */
const EMU_PER_TWIP = 635;
/** docx takes a drawing's size in pixels at 96 to the inch: 15 twips each. */
const TWIPS_PER_PIXEL = 15;

/**
 * The logo as a drawing anchored to the page (./../sections/page-logo.ts
 * says where). No wrapping: it lies over the page, so the header's height
 * and the body's pages stay as they are without it.
 */
function logoRun(logo: PageLogo): ImageRun {
  return new ImageRun({
    type: logo.type,
    data: logo.bytes,
    transformation: { width: logo.width / TWIPS_PER_PIXEL, height: logo.height / TWIPS_PER_PIXEL },
    altText: { name: 'Logo', description: 'Logo', title: 'Logo' },
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.PAGE,
        offset: Math.round(logo.x * EMU_PER_TWIP),
      },
      verticalPosition: {
        relative: VerticalPositionRelativeFrom.PAGE,
        offset: Math.round(logo.y * EMU_PER_TWIP),
      },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      layoutInCell: false,
      behindDocument: false,
    },
  });
}

/** One centred line ("Side 3 af 12"), the page placeholders as Word's PAGE and NUMPAGES fields; the logo anchored in it. */
function marginParagraph(
  style: 'Header' | 'Footer',
  parts: readonly MarginPart[],
  logo: PageLogo | null = null,
): Paragraph {
  return new Paragraph({
    style,
    alignment: AlignmentType.CENTER,
    children: [
      ...(logo ? [logoRun(logo)] : []),
      ...(parts.length === 0
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
          ]),
    ],
  });
}

/**
 * The section's headers and footers as the template has them. Page 1 has
 * a header of its own ("different first page") when it differs from the
 * others: without the header line there, or with a logo only there. The
 * footer is the same on every page.
 */
function headersAndFooters(meeting: Meeting): Pick<ISectionOptions, 'headers' | 'footers'> & {
  titlePage: boolean;
} {
  const { header, footer, headerOnFirstPage } = pageMargins(meeting);
  const logo = pageLogo(meeting);
  // Page 1 always has the logo; the other pages when the template says every page.
  const otherLogo = logo?.everyPage ? logo : null;
  const firstLine = headerOnFirstPage ? header : [];
  const titlePage = (header.length > 0 && !headerOnFirstPage) || (logo !== null && !logo.everyPage);
  const headerOf = (parts: readonly MarginPart[], pageLogo: PageLogo | null) =>
    parts.length === 0 && !pageLogo
      ? undefined
      : new Header({ children: [marginParagraph('Header', parts, pageLogo)] });
  const footerOf = () => new Footer({ children: [marginParagraph('Footer', footer)] });
  const defaultHeader = headerOf(header, otherLogo);
  // With a first page of its own, page 1 gets an (empty) header even without a logo, or Word shows none.
  const firstPageHeader = titlePage
    ? (headerOf(firstLine, logo) ?? new Header({ children: [marginParagraph('Header', [])] }))
    : undefined;
  return {
    titlePage,
    headers: {
      ...(defaultHeader ? { default: defaultHeader } : {}),
      ...(firstPageHeader ? { first: firstPageHeader } : {}),
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
  // docx adds a section's headers and footers in the order default, first, leaving out those not given.
  const rId = (wrapper: { View: { ReferenceId: number } } | undefined) =>
    wrapper ? `rId${wrapper.View.ReferenceId}` : undefined;
  const inOrder = (
    given: { default?: unknown; first?: unknown } | undefined,
    wrappers: readonly { View: { ReferenceId: number } }[],
  ) => {
    const hasDefault = given?.default !== undefined;
    return {
      default: hasDefault ? rId(wrappers[0]) : undefined,
      first: given?.first !== undefined ? rId(wrappers[hasDefault ? 1 : 0]) : undefined,
    };
  };
  const references: SectionReferences = {
    header: inOrder(headers, document.Headers),
    footer: inOrder(footers, document.Footers),
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
