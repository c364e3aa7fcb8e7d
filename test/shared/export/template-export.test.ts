/**
 * The export follows the meeting's template, rule by rule: what each
 * template setting prints and leaves out, read from the export's blocks and
 * from the written .docx (no LibreOffice; test/export/templates.test.ts
 * renders the built-in templates).
 */
import { describe, expect, it } from 'vitest';
import type { Block, ContentsBlock, ParagraphBlock } from '../../../shared/export/blocks';
import { buildBlocks } from '../../../shared/export/build-blocks';
import { exportMeetingToDocx } from '../../../shared/export/index';
import type { ExportOptions } from '../../../shared/export/options';
import type { Meeting } from '../../../shared/model/meeting';
import { emptyRichText } from '../../../shared/model/rich-text';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../shared/template/built-in/index';
import { templateSchema, type Template, type TemplateInput } from '../../../shared/template/schema';
import { generateMeeting } from '../../support/generate-meeting';
import { documentText, part, readDocx } from './docx-parts';

const INTERNAL: ExportOptions = { version: 'internal' };
const PUBLIC: ExportOptions = { version: 'public' };

function template(id: string, change: (input: TemplateInput) => void = () => {}): Template {
  const input = structuredClone(builtInTemplate(id)) as TemplateInput;
  change(input);
  return templateSchema.parse(input);
}

function meetingIn(t: Template, items = 5): Meeting {
  return generateMeeting({ items, sectionsPerItem: 1, seed: 3, template: t });
}

const paragraphText = (block: ParagraphBlock) =>
  block.inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('');

/** Each paragraph of some blocks as "Style: text". */
function lines(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [`${block.style}: ${paragraphText(block)}`] : [],
  );
}

function itemLines(meeting: Meeting, index: number, options: ExportOptions = INTERNAL): string[] {
  return lines(buildBlocks(meeting, options).items[index] ?? []);
}

function contentsOf(meeting: Meeting, options: ExportOptions): ContentsBlock | undefined {
  return buildBlocks(meeting, options).opening.find(
    (block): block is ContentsBlock => block.kind === 'contents',
  );
}

describe('the export follows the template', () => {
  it('prints the template’s item heading, fields and decision headings', () => {
    const udvalg = meetingIn(template('udvalg'));
    udvalg.body = 'Teknik- og Miljøudvalget';
    const item = udvalg.items[0];
    if (!item) throw new Error('no item');
    item.decisions = [
      { ...item.decisions[0]!, body: 'Teknik- og Miljøudvalget', date: '2021-05-12' },
    ];
    expect(itemLines(udvalg, 0).slice(0, 4)).toEqual([
      `Heading1: 1. ${item.title}`,
      `Normal: Sagsnr.: ${item.caseNumber}`,
      'Normal: Sagstype: Beslutningssag',
      'Normal: Kompetence: ØU, KB',
    ]);
    expect(itemLines(udvalg, 0)).toContain(
      'Heading2: Beslutning i Teknik- og Miljøudvalget den 12. maj 2021:',
    );
    const direktionen = meetingIn(template('direktionen'));
    expect(itemLines(direktionen, 0)).toContain('Heading2: Beslutning Direktionen den 29-01-2018');
    expect(itemLines(direktionen, 0)[1]).toBe(`Normal: ${direktionen.items[0]?.caseNumber}`);
  });

  it('puts the fields on one line when the template says so', () => {
    const byraad = meetingIn(template('byraad'));
    const item = byraad.items[1];
    expect(itemLines(byraad, 1)[1]).toBe(
      `Normal: Sagsnr.: ${item?.caseNumber} · Dok.nr.: ØU, KB · Sagsgang: ØU, KB`,
    );
  });

  it('leaves out fields that are not printed, and prints no case number when the template says no', () => {
    const t = template('udvalg', (input) => {
      const kompetence = input.fields?.find((field) => field.id === 'kompetence');
      if (kompetence) kompetence.print = false;
      if (input.item.caseNumber) input.item.caseNumber.print = 'no';
    });
    const text = itemLines(meetingIn(t), 0).join('\n');
    expect(text).not.toContain('Kompetence');
    expect(text).not.toContain('Sagsnr.');
    expect(text).toContain('Sagstype: Beslutningssag');
  });

  it('prints "Ingen." for an empty section that asks for it and leaves other empty sections out', () => {
    const meeting = meetingIn(template('udvalg'));
    const item = meeting.items[0];
    if (!item) throw new Error('no item');
    item.sections.oekonomi = emptyRichText();
    item.sections.resume = emptyRichText();
    const text = itemLines(meeting, 0);
    expect(text).toContain('Heading2: Økonomi');
    expect(text[text.indexOf('Heading2: Økonomi') + 1]).toBe('Normal: Ingen.');
    expect(text).not.toContain('Heading2: Resume');
  });

  it('prints a decisions section’s empty text when there is no decision, if the template has one', () => {
    const t = template('udvalg', (input) => {
      const decisions = input.sections.find((section) => section.kind === 'decisions');
      if (decisions)
        Object.assign(decisions, { whenEmpty: 'text', emptyText: 'Ingen beslutning.' });
    });
    const meeting = meetingIn(t);
    if (meeting.items[0]) meeting.items[0].decisions = [];
    expect(itemLines(meeting, 0)).toEqual(
      expect.arrayContaining(['Heading2: Beslutning', 'Normal: Ingen beslutning.']),
    );
  });

  it('leaves a section with public: false out of the public version only', () => {
    const t = template('udvalg', (input) => {
      const economy = input.sections.find((section) => section.id === 'oekonomi');
      if (economy) economy.public = false;
    });
    const meeting = meetingIn(t);
    expect(itemLines(meeting, 0, INTERNAL)).toContain('Heading2: Økonomi');
    expect(itemLines(meeting, 0, PUBLIC)).not.toContain('Heading2: Økonomi');
    expect(itemLines(meeting, 0, PUBLIC)).toContain('Heading2: Sagsfremstilling');
  });

  describe('the absentees line of a decision', () => {
    const absentLine = (mode: 'none' | 'when-absent' | 'always', absent: boolean) => {
      const t = template('udvalg', (input) => {
        input.decision.absentLine = mode;
      });
      const meeting = meetingIn(t);
      for (const p of meeting.participants) if (!absent) p.attendance = 'present';
      return itemLines(meeting, 0).filter((line) => line.startsWith('Normal: Fraværende:'));
    };
    it.each([
      ['none', true, []],
      ['when-absent', true, ['Normal: Fraværende: Charlotte Markussen']],
      ['when-absent', false, []],
      ['always', true, ['Normal: Fraværende: Charlotte Markussen']],
      ['always', false, ['Normal: Fraværende:']],
    ] as const)('%s, someone absent: %s', (mode, absent, expected) => {
      // Of the generated item's two decisions, only the one made at this meeting (29-01) says who was absent.
      expect(absentLine(mode, absent)).toEqual(expected);
    });

    it('is the template’s sentence, under the decision when it says so', () => {
      const t = template('udvalg', (input) => {
        input.decision.absentLine = 'when-absent';
        input.decision.absentNote = '{navne} var fraværende.';
        input.decision.absentPlacement = 'after';
      });
      const meeting = meetingIn(t);
      const [first, second, ...others] = meeting.participants;
      if (!first || !second) throw new Error('too few participants');
      for (const p of others) p.attendance = 'present';
      first.attendance = 'absent';
      second.attendance = 'absent';
      const names = [first, second].map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}`);
      const lines = itemLines(meeting, 0);
      const sentence = `Normal: ${names[0]} og ${names[1]} var fraværende.`;
      expect(lines).toContain(sentence);
      expect(lines.some((line) => line.startsWith('Normal: Fraværende'))).toBe(false);
      // After the decision's own text: the next line is the next decision's heading, or the next section.
      const at = lines.indexOf(sentence);
      const heading = lines.findLastIndex(
        (line, i) => i < at && line.startsWith('Heading2: Beslutning'),
      );
      expect(heading).toBeGreaterThanOrEqual(0);
      expect(at - heading).toBeGreaterThan(1);
      expect(lines[at + 1] ?? 'end').not.toMatch(/^Normal: /);
    });

    it('reads "Ingen var fraværende." when the template prints the sentence always and nobody was absent', () => {
      const t = template('udvalg', (input) => {
        input.decision.absentLine = 'always';
        input.decision.absentNote = '{navne} var fraværende.';
      });
      const meeting = meetingIn(t);
      for (const p of meeting.participants) p.attendance = 'present';
      expect(itemLines(meeting, 0)).toContain('Normal: Ingen var fraværende.');
    });

    it('refuses an unknown placeholder in the sentence, in Danish', () => {
      const udvalg = template('udvalg');
      const result = templateSchema.safeParse({
        ...structuredClone(udvalg),
        decision: { ...udvalg.decision, absentNote: '{navn} var fraværende.' },
      });
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('Fraværsnoten');
    });
  });

  describe('a contents list grouped by a choice field', () => {
    const bySagstype = (change: (input: TemplateInput) => void = () => {}) =>
      template('udvalg', (input) => {
        input.contents = {
          ...input.contents,
          show: true,
          grouping: 'field',
          groupField: 'sagstype',
        };
        change(input);
      });

    it('has a group per choice in the list’s order, then the items without one; empty groups left out', () => {
      const t = bySagstype((input) => {
        const field = input.fields?.find((f) => f.id === 'sagstype');
        // A third choice nobody uses, first in the list: its group is left out.
        field?.choices?.unshift({ value: 'Drøftelsessag' });
      });
      const meeting = meetingIn(t, 5);
      const values = [
        'Orienteringssag',
        'Beslutningssag',
        '',
        'Orienteringssag',
        'Gammel sagstype',
      ];
      meeting.items.forEach((item, i) => (item.fields.sagstype = values[i] ?? ''));
      const groups = contentsOf(meeting, INTERNAL)?.groups;
      expect(groups).toEqual([
        { label: 'Beslutningssag', entries: [1] },
        { label: 'Orienteringssag', entries: [0, 3] },
        { label: 'Øvrige punkter', entries: [2, 4] },
      ]);
    });

    it('lists the closed items last under their own label when kept apart, out of their choice’s group', () => {
      const t = bySagstype((input) => {
        input.contents = { ...input.contents, closedApart: true, closedLabel: 'Lukkede sager' };
      });
      const meeting = meetingIn(t, 5);
      const values = ['Orienteringssag', 'Beslutningssag', '', 'Orienteringssag', 'Beslutningssag'];
      meeting.items.forEach((item, i) => {
        item.fields.sagstype = values[i] ?? '';
        item.closed = i === 3 || i === 4;
      });
      expect(contentsOf(meeting, INTERNAL)?.groups).toEqual([
        { label: 'Beslutningssag', entries: [1] },
        { label: 'Orienteringssag', entries: [0] },
        { label: 'Øvrige punkter', entries: [2] },
        { label: 'Lukkede sager', entries: [3, 4] },
      ]);
      // Without closedApart the same items stay in their choice's group.
      meeting.template = bySagstype();
      expect(contentsOf(meeting, INTERNAL)?.groups).toEqual([
        { label: 'Beslutningssag', entries: [1, 4] },
        { label: 'Orienteringssag', entries: [0, 3] },
        { label: 'Øvrige punkter', entries: [2] },
      ]);
    });

    it('is refused, in Danish, when the field is not a choice list or has more choices than Word can list', () => {
      const problems = (change: (input: TemplateInput) => void) => {
        const input = structuredClone(builtInTemplate('udvalg')) as TemplateInput;
        input.contents = { ...input.contents, grouping: 'field', groupField: 'sagstype' };
        change(input);
        const result = templateSchema.safeParse(input);
        return result.success ? [] : result.error.issues.map((issue) => issue.message);
      };
      expect(problems(() => {})).toEqual([]);
      expect(problems((input) => (input.contents.groupField = 'kompetence'))).toEqual([
        'Indholdsfortegnelsen grupperes efter «kompetence», som ikke er en valgliste i skabelonen',
      ]);
      expect(
        problems((input) => {
          const field = input.fields?.find((f) => f.id === 'sagstype');
          if (field) field.choices = Array.from({ length: 26 }, (_, i) => ({ value: `Type ${i}` }));
        }),
      ).toEqual([
        'Indholdsfortegnelsen kan højst grupperes efter 25 valgmuligheder; «Sagstype» har 26',
      ]);
    });
  });

  describe('closed items in the public version', () => {
    const closedIndex = 4; // every fifth generated item is closed
    it('number + case number (Direktion)', () => {
      const meeting = meetingIn(template('direktionen'));
      expect(itemLines(meeting, closedIndex, PUBLIC)).toEqual([
        'Heading1: Punkt 5: Lukket',
        `Normal: ${meeting.items[closedIndex]?.caseNumber}`,
      ]);
    });
    it('number only (Fagudvalg)', () => {
      const meeting = meetingIn(template('udvalg'));
      expect(itemLines(meeting, closedIndex, PUBLIC)).toEqual(['Heading1: 5. Lukket punkt']);
    });
    it('title and decision with the suffix, no case text (Byråd)', () => {
      const meeting = meetingIn(template('byraad'));
      const item = meeting.items[closedIndex];
      const text = itemLines(meeting, closedIndex, PUBLIC);
      expect(text[0]).toBe(`Heading1: Nr.5 - ${item?.title} (Lukket)`);
      expect(text.filter((line) => line.startsWith('Heading2:'))).toEqual([
        'Heading2: Beslutning i Direktionen den 29. januar 2018',
        'Heading2: Beslutning i Direktionen den 22. januar 2018',
      ]);
      expect(text.join('\n')).not.toContain('Sagsgang');
    });
    it('internal: the whole item, marked with the template’s note', () => {
      const meeting = meetingIn(template('byraad'));
      const text = itemLines(meeting, closedIndex, INTERNAL);
      expect(text).toContain('Normal: Lukket punkt');
      expect(text).toContain('Heading2: Sagsfremstilling');
    });
  });

  it('groups the contents into open and closed items, each in agenda order, an empty group left out', () => {
    const meeting = meetingIn(template('byraad'), 11);
    const contents = contentsOf(meeting, PUBLIC);
    expect(contents?.groups).toEqual([
      { label: 'Åbne punkter', entries: [0, 1, 2, 3, 5, 6, 7, 8, 10] },
      { label: 'Lukkede punkter', entries: [4, 9] },
    ]);
    expect(contents?.entries[4]?.title).toBe(`5. ${meeting.items[4]?.title} (Lukket)`);
    for (const item of meeting.items) item.closed = false;
    expect(contentsOf(meeting, PUBLIC)?.groups).toEqual([
      { label: 'Åbne punkter', entries: meeting.items.map((_, i) => i) },
    ]);
    expect(contentsOf(meetingIn(template('direktionen')), PUBLIC)?.groups).toBeUndefined();
  });

  it('has no contents list when the template has none, and runs items on when it says so', () => {
    const meeting = meetingIn(template('internt'));
    const blocks = buildBlocks(meeting, INTERNAL);
    expect(contentsOf(meeting, INTERNAL)).toBeUndefined();
    for (const item of blocks.items) {
      const heading = item[0];
      expect(heading?.kind === 'paragraph' && heading.pageBreakBefore).toBe(false);
    }
    const direktion = buildBlocks(meetingIn(template('direktionen')), INTERNAL);
    for (const item of direktion.items) {
      const heading = item[0];
      expect(heading?.kind === 'paragraph' && heading.pageBreakBefore).toBe(true);
    }
  });

  it('prints the public label under the title of the public version only', () => {
    const meeting = meetingIn(template('byraad'));
    meeting.body = 'Kommunalbestyrelsen';
    const opening = (options: ExportOptions) => lines(buildBlocks(meeting, options).opening);
    expect(opening(PUBLIC).slice(0, 2)).toEqual([
      'Title: Kommunalbestyrelsen - Referat',
      'Normal: Åbent referat',
    ]);
    expect(opening(INTERNAL)).not.toContain('Normal: Åbent referat');
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, t })))(
    '$id: never prints a help text, in either version',
    async ({ t }) => {
      const helps = [...t.sections, ...t.fields].map((part) => part.help).filter(Boolean);
      expect(helps.length).toBeGreaterThan(0);
      const meeting = meetingIn(t);
      for (const options of [INTERNAL, PUBLIC]) {
        const text = documentText(readDocx(await exportMeetingToDocx(meeting, options)));
        for (const help of helps) expect(text).not.toContain(help);
      }
    },
  );

  it('writes the template’s title and name into the document properties', async () => {
    const meeting = meetingIn(template('byraad'));
    meeting.body = 'Kommunalbestyrelsen';
    const core = (bytes: Uint8Array) => part(readDocx(bytes), 'docProps/core.xml');
    const publicCore = core(await exportMeetingToDocx(meeting, PUBLIC));
    expect(publicCore).toContain('<dc:title>Kommunalbestyrelsen - Referat</dc:title>');
    expect(publicCore).toContain('<dc:subject>Åbent referat</dc:subject>');
    expect(publicCore).toContain('Byråd / kommunalbestyrelse');
    const internalCore = core(await exportMeetingToDocx(meeting, INTERNAL));
    expect(internalCore).toContain('<dc:subject>Referat (intern version)</dc:subject>');
    const custom = part(
      readDocx(await exportMeetingToDocx(meeting, INTERNAL)),
      'docProps/custom.xml',
    );
    expect(custom).toMatch(/name="Skabelon".*Byråd \/ kommunalbestyrelse/s);
  });
});
