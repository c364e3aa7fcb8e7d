/**
 * The PDF's bytes as ../../shared/export/pdf/output.ts collects them (the
 * file's lines joined and converted once, each page's operators written as
 * one chunk) are the bytes pdfkit writes through its own stream: the same
 * document drawn both ways, with fixed dates (the file ID is derived from
 * them), must come out byte for byte the same.
 */
import PDFDocument from 'pdfkit';
import { toBytes } from 'pdfkit/output';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { bufferPageContent, collectBytes } from '../../shared/export/pdf/output';
import { TextWriter } from '../../shared/export/pdf/text';
import { PDF_DOCUMENT_OPTIONS, type PdfFonts } from '../../shared/export/pdf/index';

const DATE = new Date('2018-01-30T10:00:00Z');

/** A small tagged document with what the export writes: text, marked content, shapes, links, a bookmark, three pages. */
async function draw(fonts: PdfFonts, ours: boolean): Promise<Uint8Array> {
  const doc = new PDFDocument({
    ...PDF_DOCUMENT_OPTIONS,
    info: { Title: 'Referat (prøve)', CreationDate: DATE, ModDate: DATE },
  });
  const bytes = ours ? collectBytes(doc) : toBytes(doc);
  for (const [face, data] of Object.entries(fonts)) doc.registerFont(face, data);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new TextWriter(doc);
  for (let page = 1; page <= 3; page++) {
    doc.addPage({ size: [595.3, 841.9], margin: 0 });
    if (ours) bufferPageContent(doc);
    doc.markContent('Artifact', { type: 'Pagination' });
    writer.show(`Side ${page} af 3`, 'regular', 9, '#000000', 270, 800);
    writer.flush().endMarkedContent();
    doc.outline.addItem(`Punkt ${page}`);
    const paragraph = doc.struct('P');
    root.add(paragraph);
    const content = doc.markStructureContent('P');
    writer.show('Økonomi (2019–2022) \\ officielt', 'bold', 11, '#000000', 70.9, 100);
    writer.show('Tilføjet efter mødet', 'italic', 11, '#0563C1', 70.9, 114);
    writer.flush().endMarkedContent();
    paragraph.add(content);
    doc.link(70.9, 104, 120, 14, 'https://www.example.dk/', { Contents: new String('link') });
    paragraph.end();
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(70, 200, 450, 20).fill('#E7E6E6');
    doc.save().lineWidth(0.5).strokeColor('#808080');
    doc.moveTo(70, 220).lineTo(520, 220).stroke().restore();
    doc.endMarkedContent();
  }
  root.end();
  doc.end();
  return bytes;
}

describe('the PDF output collector', () => {
  it('writes the bytes pdfkit writes through its own stream', async () => {
    const fonts = await loadPdfFonts();
    const [reference, collected] = [await draw(fonts, false), await draw(fonts, true)];
    expect(collected.length).toBeGreaterThan(10_000);
    expect(new TextDecoder('latin1').decode(collected.subarray(0, 8))).toBe('%PDF-1.7');
    expect(collected).toEqual(reference);
  });
});
