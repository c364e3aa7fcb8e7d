/**
 * The Word dagsorden import (issue 11 §1) on Word files made the ways real
 * dagsordener are made: Heading styles, bold lines only, numbered headings,
 * metadata tables, a contents list at the top, tables and images.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  ExternalHyperlink,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { recogniseAgenda } from '../../shared/import/recognise';
import { plainTextOf, TEXT_FORMAT, type RichText } from '../../shared/model/rich-text';
import { builtInTemplate } from '../../shared/template/built-in/index';
import type { Template } from '../../shared/template/schema';

const CONTEXT = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };

async function recognise(bytes: Uint8Array, template: Template) {
  const html = await wordBytesToHtml(bytes);
  if (!html.ok) throw new Error(html.error.code);
  return recogniseAgenda(html.value.html, template, CONTEXT, html.value.messages);
}

async function wordFile(children: (Paragraph | Table | TableOfContents)[]): Promise<Uint8Array> {
  const document = new Document({
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ text, heading: level });
const metadataTable = (rows: [string, string][]) =>
  new Table({
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ children: [p(label)] }),
            new TableCell({ children: [p(value)] }),
          ],
        }),
    ),
  });

const udvalg = builtInTemplate('udvalg') as Template;
const direktionen = builtInTemplate('direktionen') as Template;

describe('Word dagsordener made in other ways', () => {
  it('reads Heading styles, "Label: value" metadata, links and a table of contents at the top', async () => {
    const bytes = await wordFile([
      new Paragraph({ text: 'Dagsorden for Økonomiudvalget', heading: HeadingLevel.TITLE }),
      p('Dato: 3. marts 2025, kl. 9.00-11.30'),
      p('Sted: Mødelokale 2, Rådhuset'),
      p('Deltagere: Anne Hansen (A), formand, Bo Jensen (V)'),
      new TableOfContents('Indholdsfortegnelse', { hyperlink: true, headingStyleRange: '1-1' }),
      heading('1. Godkendelse af dagsorden'),
      p('Sagsnr.: 25/1001'),
      heading('Indstilling', HeadingLevel.HEADING_2),
      p('At dagsordenen godkendes.'),
      heading('2. Budgetopfølgning'),
      p('Sagsnr.: 25/1002'),
      heading('Sagsfremstilling', HeadingLevel.HEADING_2),
      new Paragraph({
        children: [
          new TextRun('Se '),
          new ExternalHyperlink({
            link: 'https://example.dk/budget',
            children: [new TextRun('budgettet')],
          }),
          new TextRun({ text: ' for detaljer.', italics: true }),
        ],
      }),
    ]);
    const { meeting, report } = await recognise(bytes, udvalg);
    expect(report.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '25/1001'],
      [2, 'Budgetopfølgning', '25/1002'],
    ]);
    expect(meeting.date).toBe('2025-03-03');
    expect([meeting.startTime, meeting.endTime]).toEqual(['09:00', '11:30']);
    expect(meeting.venue).toBe('Mødelokale 2, Rådhuset');
    expect(meeting.participants.map((x) => x.name)).toEqual(['Anne Hansen', 'Bo Jensen']);
    expect(meeting.body).toBe('Økonomiudvalget');
    expect(plainTextOf(meeting.items[0]?.sections.indstilling?.root ?? { type: 'root' })).toBe(
      'At dagsordenen godkendes.',
    );
    const json = JSON.stringify(meeting.items[1]?.sections.sagsfremstilling);
    expect(json).toContain('"url":"https://example.dk/budget"');
    expect(json).toContain(`"text":" for detaljer.","format":${TEXT_FORMAT.italic}`);
  });

  it('reads items that are only bold numbered paragraphs, and puts text without a section label in the first section', async () => {
    const bytes = await wordFile([
      bold('Dagsorden – Direktionen 14-02-2025'),
      bold('Punkt 1 Status på byggeriet'),
      p('Byggeriet følger tidsplanen.'),
      bold('Indstilling'),
      p('At status tages til efterretning.'),
      bold('Punkt 2 Eventuelt'),
    ]);
    const { meeting, report } = await recognise(bytes, udvalg);
    expect(report.itemsFoundBy).toBe('bold');
    expect(report.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Status på byggeriet'],
      [2, 'Eventuelt'],
    ]);
    expect(meeting.date).toBe('2025-02-14');
    expect(plainTextOf(meeting.items[0]?.sections.resume?.root ?? { type: 'root' })).toBe(
      'Byggeriet følger tidsplanen.',
    );
    expect(plainTextOf(meeting.items[0]?.sections.indstilling?.root ?? { type: 'root' })).toBe(
      'At status tages til efterretning.',
    );
    expect(report.unplaced).toHaveLength(1);
    expect(report.unplaced[0]).toContain('Resume');
  });

  it('reads numbered-list headings and metadata tables', async () => {
    const numbered = (text: string) =>
      new Paragraph({
        children: [new TextRun({ text, bold: true })],
        numbering: { reference: 'items', level: 0 },
      });
    const bytes = await wordFile([
      p('Dagsorden'),
      metadataTable([
        ['Mødedato', 'Mandag d. 7. april 2025 kl. 13:00'],
        ['Mødested', 'Byrådssalen'],
      ]),
      numbered('Orientering fra direktøren'),
      metadataTable([['Sagsnr.', '25/3003']]),
      p('Direktøren orienterer.'),
      numbered('Eventuelt'),
      p('Intet.'),
    ]);
    const { meeting, report } = await recognise(bytes, direktionen);
    expect(report.itemsFoundBy).toBe('numbered-list');
    expect(report.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Orientering fra direktøren', '25/3003'],
      [2, 'Eventuelt', ''],
    ]);
    expect(meeting.date).toBe('2025-04-07');
    expect(meeting.startTime).toBe('13:00');
    expect(meeting.venue).toBe('Byrådssalen');
    expect(plainTextOf(meeting.items[0]?.sections.baggrund?.root ?? { type: 'root' })).toBe(
      'Direktøren orienterer.',
    );
  });

  it('reads Heading 2 items under "Åbne/Lukkede punkter", inline section labels and "Tid og sted"', async () => {
    const labelled = (label: string, text: string) =>
      new Paragraph({
        children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun(` ${text}`)],
      });
    const bytes = await wordFile([
      p('Dagsorden for Byrådet'),
      p('Tid og sted: Torsdag 22. maj 2025 kl. 17.00-19.00, Byrådssalen'),
      new Table({
        rows: [
          ['Nr.', 'Sag', 'Side'],
          ['1', 'Lokalplan 12', '2'],
          ['2', 'Salg af grund', '3'],
        ].map(
          (cells) =>
            new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) }),
        ),
      }),
      heading('Åbne punkter'),
      heading('1. Lokalplan 12', HeadingLevel.HEADING_2),
      labelled('Indstilling', 'Forvaltningen indstiller, at planen vedtages.'),
      heading('Lukkede punkter'),
      heading('2. Salg af grund', HeadingLevel.HEADING_2),
      labelled('Sagsnr.', '25/4040'),
      labelled('Indstilling', 'Salget godkendes.'),
    ]);
    const byraad = builtInTemplate('byraad') as Template;
    const { meeting, report } = await recognise(bytes, byraad);
    expect(report.items.map((i) => [i.number, i.title, i.caseNumber, i.closed])).toEqual([
      [1, 'Lokalplan 12', '', false],
      [2, 'Salg af grund', '25/4040', true],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(meeting.date).toBe('2025-05-22');
    expect([meeting.startTime, meeting.endTime]).toEqual(['17:00', '19:00']);
    expect(meeting.venue).toBe('Byrådssalen');
    expect(
      meeting.items.map((i) => plainTextOf(i.sections.indstilling?.root ?? { type: 'root' })),
    ).toEqual(['Forvaltningen indstiller, at planen vedtages.', 'Salget godkendes.']);
  });

  it('reads "Punkt N" alone with the title on the next bold line', async () => {
    const bytes = await wordFile([
      bold('DAGSORDEN Direktionen d. 02-06-2025'),
      bold('Punkt 1'),
      bold('Godkendelse af referat'),
      p('16/13808'),
      bold('Baggrund'),
      p('Referatet er udsendt.'),
      bold('Punkt 2'),
      bold('Eventuelt'),
    ]);
    const { meeting, report } = await recognise(bytes, direktionen);
    expect(report.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af referat', '16/13808'],
      [2, 'Eventuelt', ''],
    ]);
    expect(meeting.body).toBe('Direktionen');
    expect(plainTextOf(meeting.items[0]?.sections.baggrund?.root ?? { type: 'root' })).toBe(
      'Referatet er udsendt.',
    );
  });

  it('keeps tables in the text and marks a left-out image', async () => {
    const bytes = await wordFile([
      heading('1. Regnskab'),
      heading('Sagsfremstilling', HeadingLevel.HEADING_2),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [p('Post')] }),
              new TableCell({ children: [p('Beløb')] }),
              new TableCell({ children: [p('Note')] }),
            ],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [p('Drift')] }),
              new TableCell({ children: [p('1.200')] }),
              new TableCell({ children: [p('')] }),
            ],
          }),
        ],
      }),
    ]);
    const html = (await wordBytesToHtml(bytes)) as { ok: true; value: { html: string } };
    const withImage = html.value.html.replace('</table>', '</table><p>Figur: <img src="" /></p>');
    const { meeting, report } = recogniseAgenda(withImage, udvalg, CONTEXT);
    const text = meeting.items[0]?.sections.sagsfremstilling as RichText;
    expect(text.root.children[0]?.type).toBe('table');
    expect(plainTextOf(text.root)).toContain('Drift');
    expect(plainTextOf(text.root)).toContain('Figur: [billede udeladt]');
    expect(report.notices.join(' ')).toContain('[billede udeladt]');
  });
});
