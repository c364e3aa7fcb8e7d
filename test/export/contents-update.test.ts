/**
 * The contents list stays right when Word updates it (F9): the entries the
 * export pre-fills are exactly what a field update writes, text and page
 * numbers. LibreOffice does the update here (update-contents.ts): it builds
 * the list from the TC fields at the item headings, as Word does, and
 * computes each entry's page with its own layout.
 *
 * LibreOffice 7.4 ignores a TC field's type (`\f A`), so it cannot separate
 * the groups of a grouped list ("Åbne punkter" / "Lukkede punkter"): there,
 * each list it rebuilds holds every entry. For those, LibreOffice still
 * proves every entry's text and page; that each group's TOC field lists
 * exactly its group's TC fields (Word's documented rule for `\f`) is read
 * from the document itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { ContentsBlock } from '../../shared/export/blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import { contentsPageNumbers } from '../../shared/export/layout/contents-pages';
import type { ExportOptions } from '../../shared/export/options';
import type { Meeting } from '../../shared/model/meeting';
import { BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import { templateSchema, type Template } from '../../shared/template/schema';
import { part, readDocx } from '../shared/export/docx-parts';
import { generateMeeting } from '../support/generate-meeting';
import { loadSeedFixture } from '../support/seed';
import { requireUno, updateContents, type ContentsUpdate } from './update-contents';

const VERSIONS: ExportOptions[] = [{ version: 'internal' }, { version: 'public' }];

/** The contents list as the export pre-fills it: each list's paragraphs, "Titel<TAB>side". */
function prefilled(meeting: Meeting, options: ExportOptions) {
  const blocks = buildBlocks(meeting, options);
  const pages = contentsPageNumbers(blocks);
  const contents = blocks.opening.find((b): b is ContentsBlock => b.kind === 'contents');
  if (!contents) return { lists: [], all: [] };
  const line = (index: number) => `${contents.entries[index]?.title}\t${pages[index]}`;
  const groups = contents.groups ?? [{ label: '', entries: contents.entries.map((_, i) => i) }];
  return {
    lists: groups.map((group) => group.entries.map(line)),
    all: contents.entries.map((_, index) => line(index)),
    groups: contents.groups,
  };
}

/** The TC fields of a .docx in document order: entry text (Word's quoting undone) and type. */
function tcFields(bytes: Uint8Array): { text: string; type: string }[] {
  const xml = part(readDocx(bytes), 'word/document.xml');
  const codes = [...xml.matchAll(/<w:instrText[^>]*>( TC [^<]*)<\/w:instrText>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return codes.map((code) => {
    const match = /^ TC "((?:[^"\\]|\\.)*)" \\f (\w) \\l 1 $/.exec(code);
    if (!match) throw new Error(`unexpected TC field: ${code}`);
    return { text: (match[1] ?? '').replace(/\\(.)/g, '$1'), type: match[2] ?? '' };
  });
}

/** Titles that must survive a field code: quotes, backslashes, docx's magic strings, emoji, a long wrapping one. */
function nastyTitles(): Meeting {
  const meeting = generateMeeting({ items: 6, sectionsPerItem: 1, seed: 77 });
  const titles = [
    'Sagen om "citatet" og C:\\mappe\\fil',
    'CURRENT',
    'Emoji 😀 og æøå – «tankestreg»',
    `Langt: ${'budgetopfølgning og tidsplan '.repeat(6)}`,
    '\\" \\\\ "',
    'TOTAL_PAGES',
  ];
  meeting.items.forEach((item, i) => (item.title = titles[i] ?? item.title));
  return meeting;
}

/** The internal-meeting template with a contents list: items run on without page breaks. */
function runningOnWithContents(): Template {
  const internt = BUILT_IN_TEMPLATES.find((t) => t.id === 'internt');
  return templateSchema.parse({ ...internt, contents: { ...internt?.contents, show: true } });
}

interface Case {
  name: string;
  meeting: Meeting;
  options: ExportOptions;
}

const cases: Case[] = [
  ...VERSIONS.map((options) => ({
    name: `seed-${options.version}`,
    meeting: loadSeedFixture(),
    options,
  })),
  ...BUILT_IN_TEMPLATES.flatMap((template) =>
    VERSIONS.map((options) => ({
      name: `${template.id}-${options.version}`,
      meeting: generateMeeting({ items: 12, sectionsPerItem: 2, seed: 9, template }),
      options,
    })),
  ),
  ...VERSIONS.map((options) => ({
    name: `running-on-${options.version}`,
    meeting: generateMeeting({
      items: 14,
      sectionsPerItem: 1,
      seed: 10,
      template: runningOnWithContents(),
    }),
    options,
  })),
  { name: 'nasty-titles', meeting: nastyTitles(), options: { version: 'internal' } },
];

describe.runIf(requireUno())('the contents list after a field update (LibreOffice via UNO)', () => {
  const docx = new Map<string, Uint8Array>();
  const updated = new Map<string, ContentsUpdate>();

  beforeAll(async () => {
    for (const c of cases) docx.set(c.name, await exportMeetingToDocx(c.meeting, c.options));
    const results = updateContents(
      cases.map((c) => ({ name: c.name, bytes: docx.get(c.name) ?? new Uint8Array() })),
    );
    cases.forEach((c, i) => {
      const result = results[i];
      if (result) updated.set(c.name, result);
    });
  }, 600_000);

  const withContents = cases.filter((c) => c.meeting.template.contents.show);

  it.each(withContents)(
    '$name: each list is what Word builds from its TC fields, with the pages LibreOffice lays them on',
    ({ name, meeting, options }) => {
      const { lists } = prefilled(meeting, options);
      const { marks } = updated.get(name) ?? { marks: [] };
      // LibreOffice reads the TC fields' text and places them; their type it drops, so it comes from the file.
      const types = tcFields(docx.get(name) ?? new Uint8Array()).map((field) => field.type);
      expect(types).toHaveLength(marks.length);
      const identifiers = lists.length === 1 ? ['C'] : ['A', 'B'];
      // Word's rule for `TOC \f X`: the TC fields of type X, in document order.
      const built = identifiers.map((type) =>
        marks.filter((_, i) => types[i] === type).map((mark) => `${mark.text}\t${mark.page}`),
      );
      expect(built).toEqual(lists);
    },
  );

  it.each(withContents.filter((c) => c.meeting.template.contents.grouping === 'none'))(
    "$name: LibreOffice's own update writes exactly the pre-filled entries and pages",
    ({ name, meeting, options }) => {
      const { indexes } = updated.get(name) ?? { indexes: [] };
      const { lists } = prefilled(meeting, options);
      expect(indexes).toHaveLength(1);
      const [index] = indexes;
      // Built from the TC fields, not from the headings ("Punkt 1: …").
      expect(index?.fromMarks).toBe(true);
      expect(index?.fromOutline).toBe(false);
      expect(index?.before).toEqual(lists[0]);
      expect(index?.after).toEqual(index?.before);
      expect(index?.after.length).toBe(meeting.items.length);
    },
  );

  it.each(withContents.filter((c) => c.meeting.template.contents.grouping === 'open-closed'))(
    '$name: grouped under "Åbne punkter" and "Lukkede punkter", one TOC field per group',
    ({ name, meeting, options }) => {
      const { indexes } = updated.get(name) ?? { indexes: [] };
      const { lists, all, groups } = prefilled(meeting, options);
      expect(groups?.map((g) => g.label)).toEqual(['Åbne punkter', 'Lukkede punkter']);
      expect(lists.map((list) => list.length)).toEqual([10, 2]);
      // Two indexes as written, labels outside them (an update must not remove them).
      expect(indexes.map((index) => index.before)).toEqual(lists);
      const xml = part(readDocx(docx.get(name) ?? new Uint8Array()), 'word/document.xml');
      expect(xml).toContain('TOC \\f A \\h \\z');
      expect(xml).toContain('TOC \\f B \\h \\z');
      // LibreOffice ignores the type and lists every TC field in each; their text is the pre-filled one
      // (the pages shift, as each list grows by the other's entries).
      for (const index of indexes) {
        expect(index.fromMarks).toBe(true);
        expect(index.after.map((line) => line.split('\t')[0])).toEqual(
          all.map((line) => line.split('\t')[0]),
        );
      }
    },
  );

  it('has no contents list, and no TC fields, where the template has none', () => {
    const internt = cases.filter((c) => !c.meeting.template.contents.show);
    expect(internt.map((c) => c.name)).toEqual(['internt-internal', 'internt-public']);
    for (const c of internt) {
      expect(updated.get(c.name)).toEqual({ indexes: [], marks: [] });
      expect(tcFields(docx.get(c.name) ?? new Uint8Array())).toEqual([]);
    }
  });

  it('writes titles with quotes and backslashes into the TC fields so they read back unchanged', () => {
    const nasty = cases.find((c) => c.name === 'nasty-titles');
    const titles = nasty?.meeting.items.map((item) => item.title.trim());
    expect(tcFields(docx.get('nasty-titles') ?? new Uint8Array()).map((f) => f.text)).toEqual(
      titles,
    );
    expect(updated.get('nasty-titles')?.marks.map((mark) => mark.text)).toEqual(titles);
  });
});
