/**
 * Generates realistic meetings for tests and the benchmark: Danish-looking
 * text, subheadings, nested bulleted and numbered lists, tables, several
 * dated decisions, closed items. Deterministic for a given seed.
 */
import {
  paragraphNode,
  textNode,
  type RichText,
  type RichTextNode,
} from '../../shared/model/rich-text';
import type { Meeting, MeetingInput } from '../../shared/model/meeting';
import { meetingSchema } from '../../shared/model/schema';
import { DEFAULT_TEMPLATE } from '../../shared/template/built-in/index';
import type { Template } from '../../shared/template/schema';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'kommune direktionen indsats boligområder programmet udvikling samarbejde budget ' +
  'strategisk økonomiudvalget borgere projekt fremdrift organisering taskforce ' +
  'fagcentrene opgaver ressourcer medarbejder styregruppe beslutning indstilling ' +
  'rammeaftale anvisning tryghed byomdannelse Høje-Taastrup status orientering ' +
  'og i at der er på til af med for som en det til den de om vil skal kan har ' +
  'blev 2018 17.4 mio. kr. pct. januar februar ældreboliger helhedsplaner ' +
  'almene boligorganisationerne kernedriften prækvalifikationsproces'
).split(' ');

/** Serialized Lexical nodes, in the full `toJSON()` form the editor stores. */
export const node = {
  text: textNode,
  paragraph: paragraphNode,
  heading: (text: string): RichTextNode => ({
    type: 'heading',
    version: 1,
    tag: 'h3',
    direction: null,
    format: '',
    indent: 0,
    children: [node.text(text)],
  }),
  list: (listType: 'bullet' | 'number', items: RichTextNode[], start = 1): RichTextNode => ({
    type: 'list',
    version: 1,
    listType,
    start,
    tag: listType === 'number' ? 'ol' : 'ul',
    direction: null,
    format: '',
    indent: 0,
    children: items.map((item, i) => ({ ...item, value: start + i })),
  }),
  listItem: (children: RichTextNode[]): RichTextNode => ({
    type: 'listitem',
    version: 1,
    value: 1,
    checked: undefined,
    direction: null,
    format: '',
    indent: 0,
    children,
  }),
  table: (rows: string[][], header = true): RichTextNode => ({
    type: 'table',
    version: 1,
    colWidths: rows[0]?.map(() => 120),
    direction: null,
    format: '',
    indent: 0,
    children: rows.map((cells, r) => ({
      type: 'tablerow',
      version: 1,
      height: 0,
      direction: null,
      format: '',
      indent: 0,
      children: cells.map((cell) => ({
        type: 'tablecell',
        version: 1,
        colSpan: 1,
        rowSpan: 1,
        headerState: header && r === 0 ? 1 : 0,
        backgroundColor: null,
        direction: null,
        format: '',
        indent: 0,
        children: [node.paragraph([node.text(cell)])],
      })),
    })),
  }),
};

/** A rich-text field from top-level nodes. */
export function richText(children: RichTextNode[]): RichText {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function sentence(rand: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'og');
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraphText(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand, 6 + Math.floor(rand() * 14))).join(
    ' ',
  );
}

/** One of the other things a secretary writes: italics, centred or justified text, indents, tabs, a list from 7. */
function formattingSample(rand: () => number, index: number): RichTextNode {
  switch (index % 5) {
    case 0:
      return { ...node.paragraph([node.text(paragraphText(rand, 2), 2)]), format: 'center' };
    case 1:
      return { ...node.paragraph([node.text(paragraphText(rand, 3))]), indent: 1 };
    case 2:
      return node.paragraph([
        node.text('Beløb'),
        { type: 'tab', version: 1 },
        node.text(`${Math.floor(rand() * 90)} mio. kr.`),
        { type: 'linebreak', version: 1 },
        node.text(sentence(rand, 12), 3),
      ]);
    case 3:
      return { ...node.paragraph([node.text(paragraphText(rand, 3))]), format: 'justify' };
    default:
      return node.list('number', [node.listItem([node.text(sentence(rand, 14), 8)])], 7);
  }
}

/** A long Sagsfremstilling: subheadings, paragraphs with formatting, nested lists and a table. */
function presentation(rand: () => number, sections: number): RichText {
  const nodes: RichTextNode[] = [];
  for (let s = 0; s < sections; s++) {
    nodes.push(node.heading(`${s + 1}. ${sentence(rand, 3).slice(0, -1)}`));
    for (let p = 0; p < 2 + Math.floor(rand() * 3); p++) {
      nodes.push(
        node.paragraph([
          node.text(paragraphText(rand, 2 + Math.floor(rand() * 5))),
          node.text(` ${sentence(rand, 4)}`, 1),
        ]),
      );
    }
    nodes.push(formattingSample(rand, s));
    if (s % 2 === 0) {
      nodes.push(
        node.list(s % 4 === 0 ? 'number' : 'bullet', [
          node.listItem([node.text(sentence(rand, 8))]),
          node.listItem([node.text(paragraphText(rand, 2))]),
          node.listItem([
            node.list('bullet', [
              node.listItem([node.text(sentence(rand, 10))]),
              node.listItem([node.text(sentence(rand, 5))]),
            ]),
          ]),
          node.listItem([node.text(sentence(rand, 12))]),
        ]),
      );
    }
    if (s % 3 === 1) {
      nodes.push(
        node.table([
          ['Område', 'Budget 2018', 'Budget 2019', 'Bemærkning'],
          ...Array.from({ length: 3 + Math.floor(rand() * 4) }, () => [
            sentence(rand, 2),
            `${Math.floor(rand() * 900)},${Math.floor(rand() * 9)} mio. kr.`,
            `${Math.floor(rand() * 900)} mio. kr.`,
            sentence(rand, 3 + Math.floor(rand() * 8)),
          ]),
        ]),
      );
    }
  }
  return richText(nodes);
}

/** Options of {@link generateMeeting}. */
export interface GenerateOptions {
  items: number;
  /** Subsections of each item's Sagsfremstilling (≈ 0.7 page each). */
  sectionsPerItem: number;
  seed?: number;
  /** The template to write in (default: the Direktion's); every section and field gets text. */
  template?: Template;
}

/** What each kind of rich-text section gets: a short text, an Indstilling-style list, or the long case text. */
function roleOf(sectionId: string): 'short' | 'list' | 'long' {
  if (sectionId === 'indstilling') return 'list';
  if (sectionId === 'sagsfremstilling') return 'long';
  return 'short';
}

/** A meeting with `items` items, every fifth closed, each with every section filled. */
export function generateMeeting({
  items,
  sectionsPerItem,
  seed = 1,
  template = DEFAULT_TEMPLATE,
}: GenerateOptions): Meeting {
  const rand = random(seed);
  const agenda: MeetingInput['items'] = Array.from({ length: items }, (_, i) => {
    // Drawn in a fixed order, so a seed gives the same text in every template.
    const title = `${sentence(rand, 3 + Math.floor(rand() * 9)).slice(0, -1)}`;
    const caseNumber = `${16 + (i % 3)}/${10000 + Math.floor(rand() * 9000)}`;
    const short = richText([node.paragraph([node.text(paragraphText(rand, 3))])]);
    const list = richText([
      node.paragraph([node.text('Direktionen indstiller, at:')]),
      node.list('number', [
        node.listItem([node.text(sentence(rand, 9))]),
        node.listItem([node.text(sentence(rand, 12))]),
      ]),
    ]);
    const decisions = [
      {
        id: `d-${i}-1`,
        body: 'Direktionen',
        date: '2018-01-22',
        text: richText([node.paragraph([node.text(sentence(rand, 6))])]),
      },
      {
        id: `d-${i}-2`,
        body: 'Direktionen',
        date: '2018-01-29',
        text: richText([node.paragraph([node.text(paragraphText(rand, 2))])]),
      },
    ];
    const long = presentation(rand, Math.max(1, Math.round(sectionsPerItem * (0.5 + rand()))));
    const attachments = [
      { id: `a-${i}-1`, title: `Bilag 1 - ${sentence(rand, 4)}`, filePath: null },
      { id: `a-${i}-2`, title: `Bilag 2 - ${sentence(rand, 3)}`, filePath: null },
    ];
    const byRole = { short, list, long };
    const sections: Record<string, RichText> = Object.fromEntries(
      template.sections
        .filter((section) => section.kind === 'rich-text')
        .map((section): [string, RichText] => [section.id, byRole[roleOf(section.id)]]),
    );
    const fields: Record<string, string> = Object.fromEntries([
      ...template.fields.map((field): [string, string] => [
        field.id,
        field.kind === 'choice' ? (field.choices[i % field.choices.length]?.value ?? '') : 'ØU, KB',
      ]),
      ...template.sections
        .filter((section) => section.kind === 'short-text')
        .map((section): [string, string] => [section.id, 'Økonomiudvalget, Kommunalbestyrelsen']),
    ]);
    return {
      id: `item-${i}`,
      title,
      caseNumber,
      closed: i % 5 === 4,
      fields,
      sections,
      decisions,
      attachments,
    };
  });
  return meetingSchema.parse({
    id: `generated-${seed}`,
    kind: 'referat',
    body: 'Direktionen',
    date: '2018-01-29',
    startTime: '08:30',
    endTime: null,
    venue: 'Comwell Køge Strand, Strandvejen 111, 4600 Køge',
    participants: [
      {
        id: 'p1',
        name: 'Lars Holte',
        initials: 'LH',
        role: '',
        party: '',
        attendance: 'present',
        attendanceNote: '',
      },
      {
        id: 'p2',
        name: 'Charlotte Markussen',
        initials: 'CM',
        role: '',
        party: '',
        attendance: 'absent',
        attendanceNote: '',
      },
      {
        id: 'p3',
        name: 'Per Aalbæk Nielsen',
        initials: 'PAN',
        role: '',
        party: '',
        attendance: 'partial',
        attendanceNote: 'fra kl. 10.15',
      },
      {
        id: 'p4',
        name: 'Kathrine Seier Skastrup',
        initials: 'KSS',
        role: 'sekretær',
        party: '',
        attendance: 'present',
        attendanceNote: '',
      },
    ],
    template,
    firstItemNumber: 1,
    items: agenda,
  });
}
