import { AlignmentType, Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Meeting } from '../../model/meeting';
import type { ReferatBlocks } from '../build-blocks';
import type { ExportOptions } from '../options';
import { documentProperties } from '../properties';
import { DEFAULT_TAB_STOP } from '../typography';
import { baseStylesXml } from './base-styles';
import { documentXml } from './document-xml';
import type { PackagePart } from './pack';
import { numberingXml } from './numbering';
import { documentReferences } from './part-references';
import { listsOf, renderBlocks } from './render-blocks';
import { documentStyles } from './styles';

/** "Side 3 af 12", centred in the footer, from Word's PAGE and NUMPAGES fields. */
function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
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
    sections: [{ footers: { default: footer() }, children: [] }],
  });
  const footerWrapper = document.Footers[0];
  if (!footerWrapper) throw new Error('docx made no footer');
  const body = [...blocks.opening, ...blocks.items.flat()];
  const numbering = numberingXml(listsOf(body), blocks.numbering.usedStarts());
  const xml = renderBlocks(body, pages, documentReferences(document, numbering.numIds));
  return {
    document,
    parts: [
      {
        path: 'word/document.xml',
        data: documentXml(xml, `rId${footerWrapper.View.ReferenceId}`),
      },
      { path: 'word/numbering.xml', data: numbering.xml },
    ],
  };
}
