/**
 * The dagsorden recogniser: mammoth's HTML of a Word dagsorden and a
 * template → a new meeting and a report of what was found, pure (no I/O),
 * so the preview can run it again for another template.
 *
 * What it reads, in this order:
 * - the front matter (everything before the first item): the title (by the
 *   template's dagsorden or referat title pattern: body and date), header
 *   lines "Label<tab>value", "Label: value" or table rows, read by the
 *   template's header labels and patterns or by common labels (Dato, Tid,
 *   Sted, Deltagere …); the contents list is recognised and skipped;
 * - the items, by the first way that finds any: the template's item
 *   heading pattern, Heading 1 paragraphs, bold numbered paragraphs
 *   ("3. Budget", "Punkt 3"), numbered-list paragraphs standing alone;
 * - per item: the case number and the template's fields ("Sagsnr.: …",
 *   alone on a line, or in a table), then sections by the template's
 *   section labels (as headings, bold lines or "Label:" lines).
 * Text that matches no section goes into the item's first rich-text section
 * and is listed in the report; nothing is dropped.
 */
import { createAgendaItem, createId, createMeeting, type Meeting } from '../model/meeting';
import type { RichTextNode } from '../model/rich-text';
import type { Template } from '../template/schema';
import { excerpt, toBlock, type Block } from './blocks';
import { findItemStarts, readHeading, type ItemRule } from './find-items';
import { readFrontMatter } from './front-matter';
import { elementsOf, parseHtml } from './html-tree';
import { fillItem, inTemplateOrder, readItemBody, type ItemDraft } from './item-body';
import { parseTimeRange, patternMatcher } from './match-pattern';
import { IMAGE_NOTICE } from './style-map';
import { richTextOf } from './to-rich-text';

export type { ItemRule } from './find-items';

/** One found item, as the preview lists it. */
export interface FoundItem {
  number: number;
  title: string;
  caseNumber: string;
  closed: boolean;
  /** The labels of the sections and fields that received text. */
  filled: string[];
}

/** What the recogniser found, for the preview. */
export interface ImportReport {
  body: string;
  date: string | null;
  startTime: string | null;
  venue: string;
  participants: string[];
  itemsFoundBy: ItemRule;
  items: FoundItem[];
  /** Text that had no place of its own, and where it went (Danish, one line each). */
  unplaced: string[];
  /** Other notices: images left out, what mammoth could not read. */
  notices: string[];
}

/** The result: the meeting to create, and the report. */
export interface Recognised {
  meeting: Meeting;
  report: ImportReport;
}

/** What the recogniser needs besides the document: today (a date fallback) and the user's defaults. */
export interface RecogniseContext {
  today: string;
  defaults: { body: string; venue: string; secretaryName: string };
}

/**
 * Mammoth's HTML read once into blocks: a large part of a recognition (a
 * third to a half of it on a long dagsorden) and the same whatever the
 * template, so the import keeps it and reads it with every template it
 * tries.
 */
export interface AgendaDocument {
  readonly blocks: readonly Block[];
  /** How many images the document had (they are left out, and the secretary is told). */
  readonly images: number;
}

/** Parses mammoth's HTML into the recogniser's blocks; never changed by a recognition. */
export function readAgendaDocument(html: string): AgendaDocument {
  return {
    blocks: elementsOf(parseHtml(html)).map(toBlock),
    images: (html.match(/<img\b/g) ?? []).length,
  };
}

/** The recogniser itself: see the file's comment. */
export function recogniseAgenda(
  html: string,
  template: Template,
  context: RecogniseContext,
  mammothMessages: readonly string[] = [],
): Recognised {
  return recogniseDocument(readAgendaDocument(html), template, context, mammothMessages);
}

/**
 * Where the template's signature page starts (its heading after the last
 * item), or the end: the names to sign are the meeting's record, not the
 * last item's text.
 */
function signaturesAt(blocks: readonly Block[], template: Template, lastStart: number): number {
  const { show, title } = template.signatures;
  if (!show || !title.trim()) return blocks.length;
  for (let i = blocks.length - 1; i > lastStart; i--) {
    const block = blocks[i];
    if (
      block &&
      block.heading > 0 &&
      block.text.trim().toLowerCase() === title.trim().toLowerCase()
    )
      return i;
  }
  return blocks.length;
}

/**
 * The template's closing line ("Mødet hævet kl. 17.30.") as the last text
 * before `end`, after the last item's start: where the last item's text ends,
 * and the end time it gives; null when the document has no such line.
 */
function closingAt(
  blocks: readonly Block[],
  template: Template,
  lastStart: number,
  end: number,
): { at: number; endTime: string | null } | null {
  if (!template.document.closing.trim()) return null;
  const match = patternMatcher(template.document.closing);
  for (let i = end - 1; i > lastStart; i--) {
    const text = blocks[i]?.text.trim() ?? '';
    if (!text) continue;
    const values = match(text);
    if (!values) return null;
    const range = values.slut ? parseTimeRange(values.slut) : null;
    return { at: i, endTime: range?.start ?? null };
  }
  return null;
}

/** The recogniser on a document already read into blocks (see readAgendaDocument). */
export function recogniseDocument(
  document: AgendaDocument,
  template: Template,
  context: RecogniseContext,
  mammothMessages: readonly string[] = [],
): Recognised {
  const { blocks } = document;
  const notices = [...imageNotices(document.images), ...mammothMessages];
  const unplaced: string[] = [];
  const { starts, rule } = findItemStarts(blocks, template);

  const itemTitles = new Set(
    starts.map((i) => readHeading(blocks[i]?.text ?? '', template).title.toLowerCase()),
  );
  const { facts, leftover } = readFrontMatter(
    blocks.slice(0, starts[0] ?? blocks.length),
    template,
    itemTitles,
  );

  const firstRich = template.sections.find((s) => s.kind === 'rich-text');
  const lastStart = starts.at(-1) ?? blocks.length;
  const signaturesStart = signaturesAt(blocks, template, lastStart);
  const closingLine = closingAt(blocks, template, lastStart, signaturesStart);
  const documentEnd = closingLine?.at ?? signaturesStart;
  if (closingLine?.endTime && !facts.endTime) facts.endTime = closingLine.endTime;
  let closedFrom = Infinity;
  const drafts: ItemDraft[] = starts.map((start, n) => {
    const heading = readHeading((blocks[start] as Block).text, template);
    const draft: ItemDraft = {
      item: createAgendaItem(heading.title),
      number: heading.number ?? n + 1,
      sections: new Map(),
      decisions: [],
      filled: new Set(),
    };
    if (n >= closedFrom) draft.item.closed = true;
    const body = blocks.slice(start + 1, starts[n + 1] ?? documentEnd);
    const { loose, closesFollowing } = readItemBody(draft, body, template, facts);
    if (closesFollowing) closedFrom = n + 1;
    if (loose.length > 0 && firstRich) {
      draft.sections.set(firstRich.id, [...loose, ...(draft.sections.get(firstRich.id) ?? [])]);
      unplaced.push(
        `Punkt ${draft.number}: tekst uden overskrift («${excerpt(loose)}») er lagt i ${firstRich.label}.`,
      );
    }
    fillItem(draft, template, unplaced);
    return draft;
  });
  if (leftover.length > 0) placeLeftover(leftover, drafts, template, unplaced);

  const meeting = createMeeting(
    facts.date ?? context.today,
    {
      ...context.defaults,
      body: facts.body || context.defaults.body,
      venue: facts.venue || context.defaults.venue,
    },
    template,
  );
  meeting.id = createId();
  if (facts.startTime) meeting.startTime = facts.startTime;
  meeting.endTime = facts.endTime;
  if (facts.participants.length > 0) meeting.participants = facts.participants;
  meeting.fields = facts.fields;
  meeting.firstItemNumber = drafts[0]?.number ?? 1;
  meeting.items = drafts.map((d) => d.item);
  return {
    meeting,
    report: reportOf(meeting, facts.date, facts.startTime, rule, drafts, unplaced, notices),
  };
}

/** "2 billeder er udeladt …": images are not imported, but the secretary is told. */
function imageNotices(images: number): string[] {
  if (images === 0) return [];
  return [
    images === 1
      ? `Et billede er udeladt og står som «${IMAGE_NOTICE}» i teksten.`
      : `${images} billeder er udeladt og står som «${IMAGE_NOTICE}» i teksten.`,
  ];
}

/** Text before the first item goes into item 1's first rich-text section; with no items, into one. */
function placeLeftover(
  leftover: RichTextNode[],
  drafts: ItemDraft[],
  template: Template,
  unplaced: string[],
) {
  const firstRich = template.sections.find((s) => s.kind === 'rich-text');
  const preview = excerpt(leftover);
  const first = drafts[0];
  if (first && firstRich) {
    const existing = first.item.sections[firstRich.id];
    first.item.sections[firstRich.id] = richTextOf([
      ...leftover,
      ...(existing ? existing.root.children : []),
    ]);
    first.filled.add(firstRich.label);
    unplaced.push(
      `Tekst før første punkt («${preview}») er lagt i punkt ${first.number}, ${firstRich.label}.`,
    );
    return;
  }
  const item = createAgendaItem('Dagsordenens tekst');
  if (firstRich) item.sections[firstRich.id] = richTextOf(leftover);
  drafts.push({
    item,
    number: drafts.length + 1,
    sections: new Map(),
    decisions: [],
    filled: new Set(firstRich ? [firstRich.label] : []),
  });
  unplaced.push(`Der blev ikke fundet nogen punkter; teksten («${preview}») er lagt i ét punkt.`);
}

function reportOf(
  meeting: Meeting,
  date: string | null,
  startTime: string | null,
  rule: ItemRule,
  drafts: ItemDraft[],
  unplaced: string[],
  notices: string[],
): ImportReport {
  return {
    body: meeting.body,
    date,
    startTime,
    venue: meeting.venue,
    participants: meeting.participants.map((p) => p.name),
    itemsFoundBy: rule,
    items: drafts.map((d) => ({
      number: d.number,
      title: d.item.title,
      caseNumber: d.item.caseNumber,
      closed: d.item.closed,
      filled: inTemplateOrder(d.filled, meeting.template),
    })),
    unplaced,
    notices,
  };
}
