/**
 * Every built-in template, as a reader sees its referat: a generated meeting
 * (several pages, closed items, an item with empty sections) is exported in
 * the template, internal and public, and LibreOffice renders all of them in
 * one run. Checked: the contents page numbers are the pages the headings
 * land on; the title, header lines, item headings, field lines, decision
 * headings, absentees lines, empty-section texts, closed items and contents
 * groups are printed as the template says; help texts never are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { ContentsBlock } from '../../shared/export/blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import type { ExportOptions } from '../../shared/export/options';
import { visibilityOf } from '../../shared/export/sections/visibility';
import { decisionDate, decisionsNewestFirst } from '../../shared/model/decisions';
import type { Meeting } from '../../shared/model/meeting';
import { emptyRichText } from '../../shared/model/rich-text';
import { BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import {
  decisionHeading,
  documentTitle,
  headerLines,
  itemHeading,
} from '../../shared/template/render';
import { templateSchema, type Template } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { renderDocx } from './libreoffice';
import { RenderedText, squeeze } from './rendered-text';

/** The body each template's meeting is held by (it names the title and the decisions). */
const BODIES: Record<string, string> = {
  direktionen: 'Direktionen',
  udvalg: 'Teknik- og Miljøudvalget',
  byraad: 'Kommunalbestyrelsen',
  internt: 'Afdelingsmøde i Plan og Byg',
  'running-on': 'Styregruppen for Nyt Fokus',
  'by-case-type': 'Teknik- og Miljøudvalget',
  'by-case-type-closed-apart': 'Teknik- og Miljøudvalget',
};

/** The item whose sections (all but Sagsfremstilling) are left empty. */
const EMPTIED = 1;

/** The internal-meeting template with a contents list: items run on, and the list must still be right. */
function runningOn(): Template {
  const internt = BUILT_IN_TEMPLATES.find((t) => t.id === 'internt');
  return templateSchema.parse({
    ...internt,
    id: 'running-on',
    contents: { ...internt?.contents, show: true },
  });
}

/** The Fagudvalg template with its contents list grouped by Sagstype, as some udvalg print it. */
function byCaseType(): Template {
  const udvalg = BUILT_IN_TEMPLATES.find((t) => t.id === 'udvalg');
  return templateSchema.parse({
    ...udvalg,
    id: 'by-case-type',
    contents: {
      ...udvalg?.contents,
      show: true,
      grouping: 'field',
      groupField: 'sagstype',
      otherLabel: 'Øvrige sager',
    },
  });
}

/** The same, with the closed items in a group of their own at the end ("Lukkede sager"). */
function byCaseTypeClosedApart(): Template {
  const grouped = byCaseType();
  return templateSchema.parse({
    ...grouped,
    id: 'by-case-type-closed-apart',
    contents: { ...grouped.contents, closedApart: true, closedLabel: 'Lukkede sager' },
  });
}

/** In the grouped-by-Sagstype meeting, the item whose Sagstype is not set. */
const UNTYPED = 3;

function meetingIn(template: Template): Meeting {
  const meeting = generateMeeting({ items: 12, sectionsPerItem: 2, seed: 2021, template });
  const body = BODIES[template.id] ?? 'Direktionen';
  meeting.body = body;
  for (const item of meeting.items) for (const decision of item.decisions) decision.body = body;
  const untyped = meeting.items[UNTYPED];
  if (template.id.startsWith('by-case-type') && untyped) untyped.fields.sagstype = '';
  const emptied = meeting.items[EMPTIED];
  if (emptied) {
    for (const id of Object.keys(emptied.sections)) {
      if (id !== 'sagsfremstilling') emptied.sections[id] = emptyRichText();
    }
  }
  return meeting;
}

interface Case {
  name: string;
  template: Template;
  meeting: Meeting;
  options: ExportOptions;
}

const templates = [...BUILT_IN_TEMPLATES, runningOn(), byCaseType(), byCaseTypeClosedApart()];
const cases: Case[] = templates.flatMap((template) => {
  const meeting = meetingIn(template);
  return (['internal', 'public'] as const).map((version) => ({
    name: `${template.id}-${version}`,
    template,
    meeting,
    options: { version },
  }));
});

/** What the template's own words must look like, written out by hand for each built-in template. */
const LITERAL: Record<string, { title: string; firstDecision: string; heading: string }> = {
  direktionen: {
    title: 'REFERAT Direktionen d. 29-01-2018',
    firstDecision: 'Beslutning Direktionen den 29-01-2018',
    heading: 'Punkt 1: ',
  },
  udvalg: {
    title: 'Teknik- og Miljøudvalget – Referat – 29. januar 2018',
    firstDecision: 'Beslutning i Teknik- og Miljøudvalget den 29. januar 2018:',
    heading: '1. ',
  },
  byraad: {
    title: 'Kommunalbestyrelsen - Referat',
    firstDecision: 'Beslutning i Kommunalbestyrelsen den 29. januar 2018',
    heading: 'Nr.1 - ',
  },
  internt: {
    title: 'Referat af Afdelingsmøde i Plan og Byg den 29. januar 2018',
    firstDecision: 'Beslutning',
    heading: '1. ',
  },
};

/** The headings as printed, in order, and each item's text (from its heading to the next one). */
function items(c: Case, rendered: RenderedText, from: number) {
  const headings = c.meeting.items.map((item, index) =>
    itemHeading(c.meeting, item, index, printedTitle(c, index)),
  );
  const found = rendered.headings(headings, from);
  return found.map((heading, index) => ({
    heading: headings[index] ?? '',
    page: heading.page,
    text:
      heading.at < 0
        ? ''
        : rendered.text.slice(
            heading.at + squeeze(headings[index] ?? '').length,
            found[index + 1]?.at ?? rendered.text.length,
          ),
  }));
}

function printedTitle(c: Case, index: number): string {
  const item = c.meeting.items[index];
  if (!item) return '';
  const visibility = visibilityOf(item, c.options, c.template);
  if (visibility === 'closed') return c.template.closedItems.label;
  if (visibility === 'title-and-decision')
    return `${item.title}${c.template.closedItems.titleSuffix}`;
  return item.title;
}

describe.runIf(requireTools('soffice', 'pdftotext'))(
  'each built-in template as LibreOffice renders it',
  () => {
    const rendered = new Map<string, RenderedText>();

    beforeAll(async () => {
      const files = await Promise.all(
        cases.map(async (c) => ({
          name: c.name,
          bytes: await exportMeetingToDocx(c.meeting, c.options),
        })),
      );
      const pages = renderDocx(files); // one soffice run for all of them
      cases.forEach((c, i) => rendered.set(c.name, new RenderedText(pages[i] ?? [])));
    }, 600_000);

    const text = (c: Case) => rendered.get(c.name) ?? new RenderedText([]);

    /** The contents entries in printed order, and where the list ends. */
    function contents(c: Case) {
      const blocks = buildBlocks(c.meeting, c.options);
      const block = blocks.opening.find((b): b is ContentsBlock => b.kind === 'contents');
      if (!block) return null;
      const order = block.groups?.flatMap((g) => g.entries) ?? block.entries.map((_, i) => i);
      const first = c.meeting.items[0];
      const following = first ? itemHeading(c.meeting, first, 0, printedTitle(c, 0)) : '';
      const read = text(c).contents(
        c.template.contents.title,
        order.map((i) => block.entries[i]?.title ?? ''),
        following,
      );
      return { block, order, ...read };
    }

    it.each(cases.filter((c) => !c.template.contents.show))('$name: no contents list', (c) => {
      expect(contents(c)).toBeNull();
      expect(text(c).has(c.template.contents.title)).toBe(false);
    });

    it.each(cases.filter((c) => c.template.contents.show))(
      '$name: the contents page numbers are the pages the headings are printed on',
      (c) => {
        const list = contents(c);
        if (!list) throw new Error('no contents block');
        const found = items(c, text(c), list.end);
        const printed = list.order.map((i) => found[i]?.page ?? null);
        expect(list.numbers).toEqual(printed);
        expect(printed.every((page) => page !== null)).toBe(true);
        // Several pages, so the numbers mean something.
        expect(Math.max(...printed.map(Number))).toBeGreaterThan(5);
      },
    );

    it.each(cases)(
      '$name: title, header lines and item headings as the template writes them',
      (c) => {
        const rendered = text(c);
        const literal = LITERAL[c.template.id];
        if (literal) {
          expect(rendered.text.startsWith(squeeze(literal.title))).toBe(true);
          expect(rendered.has(`${literal.heading}${c.meeting.items[0]?.title}`)).toBe(true);
        }
        expect(rendered.text.startsWith(squeeze(documentTitle(c.meeting)))).toBe(true);
        let cursor = 0;
        for (const line of headerLines(c.meeting)) {
          const at = rendered.find(`${line.label}${line.value}`, cursor);
          expect(at, `${line.label} ${line.value}`).toBeGreaterThanOrEqual(0);
          cursor = at;
        }
        const label = c.template.document.publicLabel;
        if (label) {
          expect(rendered.has(`${documentTitle(c.meeting)}${label}`)).toBe(
            c.options.version === 'public',
          );
        }
        const found = items(c, rendered, contents(c)?.end ?? 0);
        expect(found.filter((item) => item.page === null).map((item) => item.heading)).toEqual([]);
      },
    );

    it.each(cases)(
      '$name: field lines, decision headings and absentees lines of the open items',
      (c) => {
        const found = items(c, text(c), contents(c)?.end ?? 0);
        const literal = LITERAL[c.template.id];
        if (literal) expect(found[0]?.text).toContain(squeeze(literal.firstDecision));
        const open = c.meeting.items.flatMap((item, index) =>
          item.closed ? [] : [{ item, index }],
        );
        expect(open).toHaveLength(10);
        for (const { item, index } of open) {
          const body = found[index]?.text ?? '';
          const { caseNumber, fieldsLayout } = c.template.item;
          const labelled = [
            ...(caseNumber.print === 'labelled' ? [`${caseNumber.label}: ${item.caseNumber}`] : []),
            // An empty field is not printed (the grouped meeting's item without a Sagstype).
            ...c.template.fields
              .filter((field) => field.print && (item.fields[field.id] ?? '').trim() !== '')
              .map((field) => `${field.label}: ${item.fields[field.id]}`),
          ];
          const expected = fieldsLayout === 'one-line' ? [labelled.join(' · ')] : labelled;
          if (caseNumber.print === 'alone') expected.unshift(item.caseNumber);
          expect(body.startsWith(squeeze(expected.join('')))).toBe(true);
          if (caseNumber.print === 'no') expect(body).not.toContain(squeeze(item.caseNumber));
          // Each decision, newest first, under its heading; the absentees line right below when the template has it.
          let cursor = 0;
          for (const decision of decisionsNewestFirst(item, c.meeting)) {
            const heading = squeeze(decisionHeading(decision, c.meeting));
            const at = body.indexOf(heading, cursor);
            expect(at, heading).toBeGreaterThanOrEqual(0);
            cursor = at + heading.length;
            // Only a decision made at this meeting says who was absent (not one carried from 22-01).
            const absent = body.startsWith(squeeze('Fraværende: Charlotte Markussen'), cursor);
            const thisMeeting = decisionDate(decision, c.meeting) === c.meeting.date;
            expect(absent).toBe(c.template.decision.absentLine !== 'none' && thisMeeting);
          }
        }
      },
    );

    it.each(cases)('$name: empty sections print their empty text or are left out', (c) => {
      const body = items(c, text(c), contents(c)?.end ?? 0)[EMPTIED]?.text ?? '';
      for (const section of c.template.sections.filter((s) => s.kind === 'rich-text')) {
        if (section.id === 'sagsfremstilling') {
          expect(body).toContain(squeeze(section.label));
        } else if (section.whenEmpty === 'text') {
          expect(body).toContain(squeeze(`${section.label}${section.emptyText}`));
        } else {
          expect(body).not.toContain(squeeze(section.label));
        }
      }
    });

    it.each(cases)('$name: closed items as the template shows them', (c) => {
      const found = items(c, text(c), contents(c)?.end ?? 0);
      const closed = c.meeting.items.flatMap((item, index) => (item.closed ? [index] : []));
      expect(closed).toEqual([4, 9]);
      for (const index of closed) {
        const item = c.meeting.items[index];
        const body = found[index]?.text ?? '';
        const hasCaseText = c.template.sections
          .filter((section) => section.kind === 'rich-text')
          .some((section) => body.includes(squeeze(section.label)));
        if (c.options.version === 'internal') {
          expect(found[index]?.heading).toContain(item?.title);
          expect(body).toContain(squeeze(c.template.closedItems.internalNote));
          expect(hasCaseText).toBe(true);
          continue;
        }
        expect(hasCaseText).toBe(false);
        switch (c.template.closedItems.publicShows) {
          case 'number':
            expect(found[index]?.heading).not.toContain(item?.title);
            expect(body).toBe('');
            break;
          case 'case-number':
            expect(found[index]?.heading).not.toContain(item?.title);
            expect(body).toBe(squeeze(item?.caseNumber ?? ''));
            break;
          case 'title-and-decision':
            expect(found[index]?.heading).toContain(`${item?.title} (Lukket)`);
            for (const decision of item?.decisions ?? []) {
              expect(body).toContain(squeeze(decisionHeading(decision, c.meeting)));
            }
            break;
        }
      }
    });

    it.each(cases.filter((c) => c.template.contents.grouping === 'open-closed'))(
      '$name: the contents list groups open and closed items under their labels',
      (c) => {
        const list = contents(c);
        const rendered = text(c);
        const open = rendered.find('Åbne punkter');
        const closedLabel = rendered.find('Lukkede punkter', open);
        const entry = (i: number) => rendered.find(list?.block.entries[i]?.title ?? '', open);
        expect(open).toBeGreaterThan(rendered.find(c.template.contents.title));
        expect(entry(0)).toBeGreaterThan(open);
        expect(entry(10)).toBeLessThan(closedLabel);
        expect(entry(4)).toBeGreaterThan(closedLabel);
        expect(list?.order).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 4, 9]);
      },
    );

    it.each(cases.filter((c) => c.template.contents.closedApart))(
      '$name: the closed items are listed last under their own label, out of their Sagstype groups',
      (c) => {
        const list = contents(c);
        const rendered = text(c);
        const decide = rendered.find('Beslutningssag', rendered.find(c.template.contents.title));
        const other = rendered.find('Øvrige sager', decide);
        const closed = rendered.find('Lukkede sager', other);
        const entry = (i: number) => rendered.find(list?.block.entries[i]?.title ?? '', decide);
        expect(decide).toBeGreaterThan(0);
        expect(closed).toBeGreaterThan(other);
        expect(entry(UNTYPED)).toBeLessThan(closed);
        expect(entry(4)).toBeGreaterThan(closed);
        expect(entry(9)).toBeGreaterThan(closed);
        expect(list?.order).toEqual([0, 2, 6, 8, 10, 1, 5, 7, 11, 3, 4, 9]);
      },
    );

    it.each(
      cases.filter(
        (c) => c.template.contents.grouping === 'field' && !c.template.contents.closedApart,
      ),
    )(
      '$name: the contents list groups the items by their Sagstype, in the choice list’s order',
      (c) => {
        const list = contents(c);
        const rendered = text(c);
        const decide = rendered.find('Beslutningssag', rendered.find(c.template.contents.title));
        const inform = rendered.find('Orienteringssag', decide);
        const other = rendered.find('Øvrige sager', inform);
        const entry = (i: number) => rendered.find(list?.block.entries[i]?.title ?? '', decide);
        expect(decide).toBeGreaterThan(0);
        expect(entry(0)).toBeGreaterThan(decide);
        expect(entry(0)).toBeLessThan(inform);
        expect(entry(1)).toBeGreaterThan(inform);
        expect(entry(1)).toBeLessThan(other);
        expect(entry(UNTYPED)).toBeGreaterThan(other);
        // Closed items too are listed by their Sagstype; the public version shows them as it always does.
        expect(list?.order).toEqual([0, 2, 4, 6, 8, 10, 1, 5, 7, 9, 11, 3]);
      },
    );

    it.each(cases)('$name: never prints a help text', (c) => {
      const helps = [...c.template.sections, ...c.template.fields]
        .map((s) => s.help)
        .filter(Boolean);
      expect(helps.length).toBeGreaterThan(0);
      for (const help of helps) expect(text(c).has(help)).toBe(false);
    });
  },
);
