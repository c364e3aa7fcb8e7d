/**
 * The PDF export: the same blocks (../build-blocks.ts) and the same layout
 * (../layout/place.ts) as the .docx, so pages break where LibreOffice
 * breaks the .docx and the contents list shows the same page numbers; then
 * each page's lines are drawn with pdfkit in Carlito (embedded, subset), the
 * font the layout measures with.
 *
 * Accessible as published documents must be (tagged PDF, PDF/UA
 * identifier): the logical structure follows the reading order
 * (./structure.ts); language da-DK; the title in the metadata and shown by
 * viewers; one bookmark per item; the contents entries link to their items;
 * footers, borders and leaders are artifacts.
 */
import PDFDocument from 'pdfkit';
import type { Meeting } from '../../model/meeting';
import { buildBlocks } from '../build-blocks';
import type { Face } from '../layout/font-metrics';
import { layoutReferat } from '../layout/place';
import { documentOf, type ExportOptions } from '../options';
import { documentProperties } from '../properties';
import { ListLabels } from './list-labels';
import { pageLogo } from '../sections/page-logo';
import { pageMargins } from '../sections/page-margins';
import { collectBytes } from './output';
import { drawPage } from './render';
import { StructureBuilder } from './structure';
import { TextWriter } from './text';

/** Carlito's four faces as TrueType bytes (resources/fonts; the caller reads them). */
export type PdfFonts = Record<Face, Uint8Array>;

/** What the export needs besides the meeting: the fonts, and the time it is made (the PDF's dates). */
export interface PdfExportInput {
  fonts: PdfFonts;
  now: Date;
}

/**
 * The PDF's settings besides its document information: PDF/UA, tagged,
 * Danish, the title shown in the viewer's title bar, pages added by the
 * layout, no default font (the fonts are registered from the app's files).
 */
export const PDF_DOCUMENT_OPTIONS = {
  pdfVersion: '1.7',
  tagged: true,
  subset: 'PDF/UA',
  lang: 'da-DK',
  displayTitle: true,
  autoFirstPage: false,
  font: null,
} as const;

/** A meeting → the bytes of an accessible PDF, pure (no I/O: the fonts are passed in). */
export async function exportMeetingToPdf(
  meeting: Meeting,
  options: ExportOptions,
  { fonts, now }: PdfExportInput,
): Promise<Uint8Array> {
  const source = documentOf(meeting, options);
  const laidOut = layoutReferat(buildBlocks(source, options));
  const properties = documentProperties(source, options);
  const doc = new PDFDocument({
    ...PDF_DOCUMENT_OPTIONS,
    info: {
      Title: properties.title,
      Author: properties.author,
      Subject: properties.subject,
      Keywords: properties.keywords,
      Creator: 'Referat',
      CreationDate: now,
      ModDate: now,
    },
  });
  const bytes = collectBytes(doc);
  for (const [face, data] of Object.entries(fonts)) doc.registerFont(face, data);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const structure = new StructureBuilder(doc, root);
  const logo = pageLogo(source);
  const context = {
    doc,
    writer: new TextWriter(doc),
    labels: new ListLabels(),
    pageCount: laidOut.pages.length,
    contentsNumbers: laidOut.contentsNumbers,
    margins: pageMargins(source),
    logo: logo ? { place: logo, image: doc.openImage(logo.bytes) } : null,
  };
  laidOut.pages.forEach((page, index) => drawPage(context, structure, page, index + 1));
  structure.close();
  root.end();
  doc.end();
  return bytes;
}
