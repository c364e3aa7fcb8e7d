import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { Meeting } from '../../model/meeting';
import type { ReferatBlocks } from '../build-blocks';
import type { ExportOptions } from '../options';
import { documentProperties } from '../properties';
import { DEFAULT_TAB_STOP, PAGE } from '../typography';
import { numberingDefinitions } from './numbering';
import { renderBlocks } from './render-blocks';
import { baseStylesXml } from './base-styles';
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

/** The Word document: properties, styles, numbering, A4 page with footer, and the body. */
export function createDocument(
  meeting: Meeting,
  options: ExportOptions,
  blocks: ReferatBlocks,
  pages: number[],
): Document {
  const properties = documentProperties(meeting, options);
  return new Document({
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
    numbering: numberingDefinitions(blocks.numbering.usedStarts()),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: footer() },
        children: renderBlocks([...blocks.opening, ...blocks.items.flat()], pages),
      },
    ],
  });
}
