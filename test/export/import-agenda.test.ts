/**
 * The Word dagsorden import (issue 11 §1) and the dagsorden export (§2):
 * the app's own dagsorden in every built-in template comes back as the same
 * meeting (Word files made in other ways: import-word-shapes.test.ts);
 * files that are no .docx get one Danish line and nothing is created.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { serializeTemplateFile } from '../../shared/template/file';
import type { Template } from '../../shared/template/schema';
import { runReferat } from '../support/cli';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';
import { requireTools } from '../support/require-tool';
import { loadSeedFixture } from '../support/seed';
import { renderDocx, normalise } from './libreoffice';

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

const direktionen = builtInTemplate('direktionen') as Template;

const referat = runReferat;

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

  it('imports with a template file from the library’s folder (--template <file>)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-import-'));
    const own = structuredClone(direktionen);
    own.name = 'Teknik- og Miljøudvalget';
    own.item.heading = 'Sag {nr}: {titel}';
    const file = join(dir, 'skabeloner', 'tmu.referat-skabelon');
    mkdirSync(join(dir, 'skabeloner'));
    writeFileSync(file, serializeTemplateFile(own));
    writeFileSync(join(dir, 'dagsorden.docx'), await dagsordenOf(fullMeeting(own)));
    const out = join(dir, 'møde.referat');
    const result = await referat([
      'import',
      join(dir, 'dagsorden.docx'),
      '--template',
      file,
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('3 punkter, fundet ved skabelonens punktoverskrift');
    const opened = await (
      await import('../../electron/main/documents/document-store')
    ).openMeeting(out);
    expect(opened.ok && opened.value.meeting.template.name).toBe('Teknik- og Miljøudvalget');
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
