import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSeedFixtureText } from '../../scripts/build-seed-fixture';
import { envelopeSchema } from '../../shared/format/envelope';
import { readMeetingFile } from '../../shared/format/read';
import { decisionsNewestFirst } from '../../shared/model/decisions';
import { itemNumber } from '../../shared/model/derived';
import { decisionHeading, documentTitle, headerLines } from '../../shared/template/render';
import type { Meeting } from '../../shared/model/meeting';
import {
  isRichTextEmpty,
  plainTextOf,
  TEXT_FORMAT,
  type RichText,
  type RichTextNode,
} from '../../shared/model/rich-text';
import {
  loadSeedFixture,
  SEED_FIXTURE_PATH,
  SEED_TEXT_PATH,
  seedParagraphs,
} from '../support/seed';

/** Paragraphs of a field as a reader sees them: one per paragraph, heading or list item. */
function blockTexts(text: RichText): string[] {
  const out: string[] = [];
  const visit = (node: RichTextNode): void => {
    const children = node.children ?? [];
    if (node.type === 'list') {
      children.forEach(visit);
    } else if (node.type === 'listitem') {
      // A list item may hold a nested list: its own text first, then the sublist's items.
      out.push(
        children
          .filter((child) => child.type !== 'list')
          .map(plainTextOf)
          .join(''),
      );
      children.filter((child) => child.type === 'list').forEach(visit);
    } else {
      out.push(plainTextOf(node));
    }
  };
  text.root.children.forEach(visit);
  return out.filter((paragraph) => paragraph.trim() !== '');
}

/** The meeting in the seed's order, as the public referat prints it. */
function publicParagraphs(meeting: Meeting): string[] {
  const out = [
    documentTitle(meeting),
    ...headerLines(meeting).map((line) => `${line.label} ${line.value}`),
  ];
  const section = (label: string, text: RichText): void => {
    if (!isRichTextEmpty(text)) out.push(label, ...blockTexts(text));
  };
  meeting.items.forEach((item, index) => {
    out.push(`Punkt ${itemNumber(meeting, index)}: ${item.closed ? 'Lukket' : item.title}`);
    if (item.caseNumber) out.push(item.caseNumber);
    // A closed item shows only its number and case number.
    if (!item.closed) {
      section('Baggrund', item.sections.baggrund!);
      section('Indstilling', item.sections.indstilling!);
      for (const decision of decisionsNewestFirst(item, meeting)) {
        out.push(decisionHeading(decision, meeting), ...blockTexts(decision.text));
      }
      section('Sagsfremstilling', item.sections.sagsfremstilling!);
      if (item.attachments.length > 0) out.push('Bilag', ...item.attachments.map((a) => a.title));
    }
  });
  return out;
}

function nodesOf(meeting: Meeting, predicate: (node: RichTextNode) => boolean): RichTextNode[] {
  const found: RichTextNode[] = [];
  const visit = (node: RichTextNode): void => {
    if (predicate(node)) found.push(node);
    node.children?.forEach(visit);
  };
  for (const item of meeting.items) {
    [
      item.sections.baggrund!,
      item.sections.indstilling!,
      item.sections.sagsfremstilling!,
      ...item.decisions.map((d) => d.text),
    ]
      .map((text) => text.root)
      .forEach(visit);
  }
  return found;
}

function textsWithFormat(meeting: Meeting, format: number): unknown[] {
  return nodesOf(meeting, (node) => node.type === 'text' && node.format === format).map(
    (node) => node.text,
  );
}

describe('seed fixture', () => {
  const fileText = readFileSync(SEED_FIXTURE_PATH, 'utf8');
  const meeting = loadSeedFixture();

  it('opens through readMeetingFile and matches the strict envelope schema', () => {
    const result = readMeetingFile(fileText);
    expect(result).toMatchObject({ ok: true, schemaVersion: 2, migratedFrom: null });
    expect(envelopeSchema.safeParse(JSON.parse(fileText)).success).toBe(true);
    expect(meeting.items.map((item) => item.caseNumber)).toEqual([
      '16/13808',
      '10/22743',
      '17/18636',
      '18/601',
    ]);
  });

  it('is reproduced byte for byte by the builder', () => {
    expect(buildSeedFixtureText()).toBe(fileText);
  });

  it('reads the seed text from inside the repository, so a clone anywhere runs the tests', () => {
    const repoRoot = resolve(import.meta.dirname, '..', '..');
    expect(relative(repoRoot, SEED_TEXT_PATH)).toBe(
      'test/fixtures/seed-direktionen-2018-01-29.txt',
    );
    expect(readFileSync(SEED_TEXT_PATH, 'utf8')).toContain('Direktionen');
  });

  it('holds every seed paragraph, in order, and nothing else (public view)', () => {
    const expected = seedParagraphs();
    expect(expected.length).toBeGreaterThan(90);
    expect(expected).toContainEqual(
      expect.stringMatching(/55% til SHC i 2017\. For at kunne løfte alle opgaver/),
    );
    expect(publicParagraphs(meeting)).toEqual(expected);
  });

  it('keeps the closed item’s internal content while the public view shows only "Lukket"', () => {
    const closed = meeting.items[3];
    expect(closed?.closed).toBe(true);
    expect(closed?.title).not.toBe('Lukket');
    expect(closed && isRichTextEmpty(closed.sections.baggrund!)).toBe(false);
    expect(closed && isRichTextEmpty(closed.sections.indstilling!)).toBe(false);
    expect(closed?.decisions).toHaveLength(1);
  });

  it('marks exactly the seed’s bold and italic words', () => {
    expect(textsWithFormat(meeting, TEXT_FORMAT.bold)).toEqual([
      'Organiseringen',
      'Task force for udsatte boligområder',
    ]);
    expect(textsWithFormat(meeting, TEXT_FORMAT.italic)).toEqual([
      'Fane 1 Overblik:',
      'Fane 2 Belastning:',
      'Fane 3 Effekter:',
    ]);
  });

  it('makes the three subheads of item 1 h3 headings, "2. " and "3. " plain', () => {
    const headings = blockNodes(meeting.items[0]!.sections.sagsfremstilling, 'heading');
    expect(headings.map((h) => h.tag)).toEqual(['h3', 'h3', 'h3']);
    expect(headings.map((h) => h.children?.map((t) => [t.text, t.format]))).toEqual([
      [['1. Fremdrift i programmet Nyt Fokus', 0]],
      [
        ['2. ', 0],
        ['Organiseringen', TEXT_FORMAT.bold],
      ],
      [
        ['3. ', 0],
        ['Task force for udsatte boligområder', TEXT_FORMAT.bold],
      ],
    ]);
    const ressourcer = meeting.items[0]!.sections.sagsfremstilling!.root.children.find(
      (node) => plainTextOf(node) === 'Ressourcer',
    );
    expect(ressourcer?.type).toBe('paragraph');
  });

  it('stores lists as Lexical lists in full toJSON form', () => {
    const [numberedList] = blockNodes(meeting.items[1]!.sections.indstilling, 'list');
    expect(numberedList).toMatchObject({ listType: 'number', tag: 'ol', start: 1 });
    expect(numberedList?.children?.map((li) => li.value)).toEqual([1, 2, 3, 4]);

    const itemTwoBullets = blockNodes(meeting.items[1]!.sections.sagsfremstilling, 'list');
    expect(itemTwoBullets.map((list) => [list.listType, list.children?.length])).toEqual([
      ['bullet', 3],
      ['bullet', 3],
    ]);
    const fane = itemTwoBullets[1]?.children?.[0]?.children;
    expect(fane?.map((t) => [t.text, t.format])).toEqual([
      ['Fane 1 Overblik:', TEXT_FORMAT.italic],
      [
        ' Samlet liste med alle projekter opdelt i tematiske grupper med markering af projektets aktuelle status (rød, gul, grøn).',
        0,
      ],
    ]);
    const itemThreeBullets = blockNodes(meeting.items[2]!.sections.baggrund, 'list');
    expect(itemThreeBullets.map((list) => [list.listType, list.children?.length])).toEqual([
      ['bullet', 2],
    ]);
  });

  it('gives item 3 two dated decisions, shown newest first', () => {
    const item = meeting.items[2];
    expect(item?.decisions).toHaveLength(2);
    const shown = item ? decisionsNewestFirst(item, meeting) : [];
    expect(shown.map((d) => [d.id, decisionHeading(d, meeting), plainTextOf(d.text.root)])).toEqual(
      [
        [
          'd-3-2018-01-29',
          'Beslutning Direktionen den 29-01-2018',
          'Sagen blev godkendt, idet måltallet blev ændret til 3% og opdelingen mellem service og overførsler ikke skal fremgå af den politiske sag.',
        ],
        ['d-3-2018-01-22', 'Beslutning Direktionen den 22-01-2018', 'Udskudt til den 30/1.'],
      ],
    );
  });
});

function blockNodes(text: RichText | undefined, type: string): RichTextNode[] {
  return text?.root.children.filter((node) => node.type === type) ?? [];
}
