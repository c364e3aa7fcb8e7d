/**
 * The Word dagsorden import (issue 11 §1) and the dagsorden export (§2):
 * the app's own dagsorden in every built-in template comes back as the same
 * meeting; Word files made the ways real dagsordener are made (Heading
 * styles, bold lines only, numbered headings, metadata tables, a contents
 * list at the top) are read; files that are no .docx get one Danish line and
 * nothing is created.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
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
import { readWordFile, wordBytesToHtml } from '../../electron/main/import/read-word';
import { exportMeetingToDocx } from '../../shared/export/index';
import { recogniseAgenda } from '../../shared/import/recognise';
import { decisionDate } from '../../shared/model/decisions';
import {
  createAgendaItem,
  createDecision,
  createParticipant,
  type Meeting,
} from '../../shared/model/meeting';
import {
  paragraphNode,
  plainTextOf,
  textNode,
  TEXT_FORMAT,
  type RichText,
  type RichTextNode,
} from '../../shared/model/rich-text';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/template/built-in/index';
import type { Template } from '../../shared/template/schema';
import { ensureCliBuilt } from '../support/cli';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';
import { requireTools } from '../support/require-tool';
import { loadSeedFixture } from '../support/seed';
import { renderDocx, normalise } from './libreoffice';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const CONTEXT = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };

function rich(...nodes: RichTextNode[]): RichText {
  return { root: { type: 'root', version: 1, children: nodes } };
}

/** A meeting with formatted text in every rich-text section, fields, a closed item, a decision and absentees. */
function fullMeeting(template: Template): Meeting {
  const meeting = sampleMeeting();
  meeting.template = template;
  meeting.body = 'Teknik- og Miljøudvalget';
  meeting.startTime = '08:30';
  meeting.endTime = '10:00';
  meeting.participants = [
    createParticipant('Anne Hansen', 'formand'),
    createParticipant('Bo Jensen'),
    createParticipant('Kathrine Skastrup', 'sekretær'),
  ];
  (meeting.participants[1] as Meeting['participants'][number]).attendance = 'absent';
  const [first, closed] = meeting.items as [Meeting['items'][number], Meeting['items'][number]];
  const third = createAgendaItem('Budget 2019 – opfølgning');
  third.caseNumber = '18/2211';
  meeting.items.push(third);
  for (const [n, item] of meeting.items.entries()) {
    template.fields.forEach((field) => {
      item.fields[field.id] =
        field.kind === 'choice' ? (field.choices[0]?.value ?? '') : `Værdi ${n}`;
    });
    template.sections.forEach((section, s) => {
      if (section.kind === 'rich-text') {
        item.sections[section.id] = rich(
          paragraphNode([
            textNode(`Afsnit ${s} i punkt ${n + 1} med `),
            textNode('fed', TEXT_FORMAT.bold),
            textNode(' og '),
            textNode('kursiv', TEXT_FORMAT.italic),
            textNode('.'),
          ]),
          {
            type: 'list',
            version: 1,
            listType: 'bullet',
            start: 1,
            tag: 'ul',
            children: [
              { type: 'listitem', version: 1, value: 1, children: [textNode('Første punkt')] },
              { type: 'listitem', version: 1, value: 2, children: [textNode('Andet punkt')] },
            ],
          },
        );
      }
    });
    item.attachments = [{ id: `b${n}`, title: `Bilag ${n + 1}: Notat`, filePath: null }];
  }
  const decision = createDecision();
  decision.text = paragraphs('HEMMELIG BESLUTNING må ikke stå i dagsordenen.');
  first.decisions = [decision];
  closed.closed = true;
  closed.sections = {};
  return meeting;
}

/** The text of each item's sections the template prints (a section it lacks is never exported). */
const sectionTexts = (meeting: Meeting) =>
  meeting.items.map((item) =>
    Object.fromEntries(
      Object.entries(item.sections)
        .filter(([id]) => meeting.template.sections.some((section) => section.id === id))
        .filter(([, text]) => plainTextOf(text.root).trim() !== '')
        .map(([id, text]) => [id, plainTextOf(text.root).trim()]),
    ),
  );

async function dagsordenOf(meeting: Meeting): Promise<Uint8Array> {
  return exportMeetingToDocx(meeting, { version: 'internal', document: 'dagsorden' });
}

async function recognise(bytes: Uint8Array, template: Template) {
  const html = await wordBytesToHtml(bytes);
  if (!html.ok) throw new Error(html.error.code);
  return recogniseAgenda(html.value.html, template, CONTEXT, html.value.messages);
}

describe('import(export-dagsorden(m)) gives back m', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    'in the %s template',
    async (_, template) => {
      const meeting = fullMeeting(template);
      const { meeting: back, report } = await recognise(await dagsordenOf(meeting), template);
      expect(report.itemsFoundBy).toBe('pattern');
      expect(report.unplaced).toEqual([]);
      expect(back.body).toBe(meeting.body);
      expect(back.date).toBe(meeting.date);
      expect(back.startTime).toBe(meeting.startTime);
      expect(back.endTime).toBe(meeting.endTime);
      expect(back.venue).toBe(meeting.venue);
      // The dagsorden lists everyone invited, whatever afbud came later.
      expect(back.participants.map((p) => p.name)).toEqual(meeting.participants.map((p) => p.name));
      expect(back.items.map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
      expect(back.items.map((i) => i.closed)).toEqual([false, true, false]);
      const printsCase = template.item.caseNumber.print !== 'no';
      expect(back.items.map((i) => i.caseNumber)).toEqual(
        meeting.items.map((i) => (printsCase ? i.caseNumber : '')),
      );
      expect(back.items.map((i) => i.fields)).toEqual(meeting.items.map((i) => i.fields));
      expect(sectionTexts(back)).toEqual(sectionTexts(meeting));
      expect(back.items.map((i) => i.attachments.map((a) => a.title))).toEqual(
        meeting.items.map((i) => i.attachments.map((a) => a.title)),
      );
      // No decision comes back: the dagsorden had none.
      expect(back.items.flatMap((i) => i.decisions)).toEqual([]);
      // Formatting survives: bold, italic and the bulleted list.
      const first =
        back.items[0]?.sections[template.sections.find((s) => s.kind === 'rich-text')?.id ?? ''];
      const json = JSON.stringify(first);
      expect(json).toContain(`"text":"fed","format":${TEXT_FORMAT.bold}`);
      expect(json).toContain(`"text":"kursiv","format":${TEXT_FORMAT.italic}`);
      expect(json).toContain('"listType":"bullet"');
    },
  );
});

describe('the seed meeting (a real Direktion meeting)', () => {
  const seed = loadSeedFixture();
  const texts = (meeting: Meeting) =>
    meeting.items.map((item) => ({
      title: item.title,
      caseNumber: item.caseNumber,
      closed: item.closed,
      // An empty section is not printed, so it cannot come back (and need not).
      sections: Object.fromEntries(
        Object.entries(item.sections)
          .map(([id, text]): [string, string] => [id, plainTextOf(text.root).trim()])
          .filter(([, text]) => text !== ''),
      ),
      attachments: item.attachments.map((a) => a.title),
    }));

  it('comes back from its dagsorden with every item, case number, section and bilag', async () => {
    const { meeting, report } = await recognise(await dagsordenOf(seed), seed.template);
    expect(report.unplaced).toEqual([]);
    expect(texts(meeting)).toEqual(texts(seed));
    expect(meeting.participants.map((p) => [p.name, p.role])).toEqual(
      seed.participants.map((p) => [p.name, p.role]),
    );
    expect([meeting.body, meeting.date, meeting.startTime, meeting.venue]).toEqual([
      seed.body,
      seed.date,
      seed.startTime,
      seed.venue,
    ]);
  });

  it('comes back from its referat with the decisions too, oldest first as they were added', async () => {
    const referat = await exportMeetingToDocx(seed, { version: 'internal' });
    const { meeting } = await recognise(referat, seed.template);
    expect(texts(meeting)).toEqual(texts(seed));
    const decisions = (m: Meeting) =>
      m.items.map((item) =>
        item.decisions.map((d) => [
          decisionDate(d, m),
          plainTextOf(d.text.root).replace(/\s+/g, ' ').trim(),
        ]),
      );
    expect(decisions(meeting)).toEqual(decisions(seed));
  });
});

describe.runIf(requireTools('soffice', 'pdftotext'))(
  'the dagsorden export as a reader sees it',
  () => {
    it('has the dagsorden title and contents, and no decisions, attendance or votes', async () => {
      const files = await Promise.all(
        BUILT_IN_TEMPLATES.map(async (template) => ({
          name: template.id,
          bytes: await dagsordenOf(fullMeeting(template)),
        })),
      );
      const rendered = renderDocx(files);
      BUILT_IN_TEMPLATES.forEach((template, i) => {
        const text = normalise((rendered[i] ?? []).join('\n'));
        const title = {
          direktionen: 'DAGSORDEN Teknik- og Miljøudvalget d. 29-01-2018',
          udvalg: 'Teknik- og Miljøudvalget – Dagsorden – 29. januar 2018',
          byraad: 'Teknik- og Miljøudvalget - Dagsorden',
          internt: 'Dagsorden for Teknik- og Miljøudvalget den 29. januar 2018',
        }[template.id];
        expect(text).toContain(normalise(title ?? '-'));
        expect(text).not.toContain('HEMMELIG BESLUTNING');
        expect(text).not.toMatch(/Afbud|Fraværende|Beslutning i|Beslutning Teknik/);
        // Bo Jensen sent afbud, but he is invited: he is on the dagsorden's list.
        expect(text).toContain('Bo Jensen');
        if (template.contents.show) expect(text).toContain(template.contents.title);
        expect(text).toContain('Budget 2019 – opfølgning');
      });
    }, 180_000);
  },
);

/** A Word file made with docx, as a secretary or a case system would make it. */
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

async function referat(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [ensureCliBuilt(), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('referat import and unreadable files', () => {
  it('imports the dagsorden exported with --dagsorden to a new meeting file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-import-'));
    const meeting = fullMeeting(direktionen);
    writeFileSync(join(dir, 'dagsorden.docx'), await dagsordenOf(meeting));
    const out = join(dir, 'møde.referat');
    const result = await referat([
      'import',
      join(dir, 'dagsorden.docx'),
      '--template',
      'direktionen',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 punkter, fundet ved skabelonens punktoverskrift');
    expect(result.stdout).toContain('1. Status på Nyt Fokus [16/13808]');
    const opened = await (
      await import('../../electron/main/documents/document-store')
    ).openMeeting(out);
    expect(opened.ok && opened.value.meeting.items.map((i) => i.title)).toEqual(
      meeting.items.map((i) => i.title),
    );
    // And never over an existing meeting.
    const again = await referat([
      'import',
      join(dir, 'dagsorden.docx'),
      '--template',
      'direktionen',
      '--out',
      out,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/findes allerede/);
  }, 60_000);

  it.each([
    [
      'an old .doc renamed .docx',
      new Uint8Array([...OLE_HEADER, ...new Uint8Array(504)]),
      /ældre Word-dokument \(\.doc\)/,
    ],
    [
      'an encrypted document',
      new Uint8Array([
        ...OLE_HEADER,
        ...new Uint8Array(120),
        ...Buffer.from('EncryptedPackage', 'utf16le'),
        ...new Uint8Array(64),
      ]),
      /beskyttet med adgangskode/,
    ],
    ['a damaged (truncated) .docx', 'truncated', /beskadiget/],
    [
      'a file that is no Word file',
      new TextEncoder().encode('Dagsorden\nPunkt 1'),
      /ikke et Word-dokument/,
    ],
  ])(
    'refuses %s with one Danish line and creates nothing',
    async (_, content, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'referat-import-'));
      const bytes =
        content === 'truncated'
          ? (await dagsordenOf(fullMeeting(direktionen))).slice(0, 3000)
          : content;
      writeFileSync(join(dir, 'dagsorden.docx'), bytes);
      const direct = await readWordFile(join(dir, 'dagsorden.docx'));
      expect(direct.ok).toBe(false);
      const result = await referat([
        'import',
        join(dir, 'dagsorden.docx'),
        '--template',
        'udvalg',
        '--out',
        join(dir, 'm.referat'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('Intet er oprettet');
      expect(readdirSync(dir)).toEqual(['dagsorden.docx']);
      expect(existsSync(join(dir, 'm.referat'))).toBe(false);
    },
    60_000,
  );

  it('exports the dagsorden with --dagsorden, to .docx and to .pdf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-import-'));
    const { SEED_FIXTURE_PATH } = await import('../support/seed');
    for (const name of ['d.docx', 'd.pdf']) {
      const result = await referat([
        'export',
        SEED_FIXTURE_PATH,
        '--out',
        join(dir, name),
        '--dagsorden',
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Eksporteret intern dagsorden');
    }
    const back = await readWordFile(join(dir, 'd.docx'));
    expect(back.ok && back.value.html).toContain('DAGSORDEN');
    expect(back.ok && back.value.html).not.toContain('Beslutning Direktionen');
  }, 60_000);
});
