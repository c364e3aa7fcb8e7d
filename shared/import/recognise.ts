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
import {
  createAgendaItem,
  createDecision,
  createId,
  createMeeting,
  createParticipant,
  type AgendaItem,
  type Meeting,
  type Participant,
} from '../model/meeting';
import { plainTextOf, type RichTextNode } from '../model/rich-text';
import type { Template, TemplateSection } from '../template/schema';
import { elementsOf, parseHtml, textOf, type HtmlElement } from './html-tree';
import {
  DATE_SOURCE,
  TIME_SOURCE,
  parseDanishDate,
  parseTimeRange,
  patternMatcher,
  type MatchedValues,
} from './match-pattern';
import { IMAGE_NOTICE } from './style-map';
import { blockNode, richTextOf } from './to-rich-text';

/** How the items were found, for the preview ("fundet ved …"). */
export type ItemRule = 'pattern' | 'headings' | 'bold' | 'numbered-list' | 'none';

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

interface Block {
  element: HtmlElement;
  text: string;
  /** Every visible character is bold (a "heading" in Normal style). */
  bold: boolean;
  heading: number;
}

function normalise(text: string): string {
  return text.replace(/[\u00a0\s]+/g, ' ').trim();
}

function isAllBold(element: HtmlElement): boolean {
  let bold = true;
  let any = false;
  const walk = (node: HtmlElement, inBold: boolean) => {
    for (const child of node.children) {
      if (child.kind === 'text') {
        if (child.text.trim() === '') continue;
        any = true;
        if (!inBold) bold = false;
      } else walk(child, inBold || child.tag === 'strong' || child.tag === 'b');
    }
  };
  walk(element, false);
  return any && bold;
}

function toBlock(element: HtmlElement): Block {
  const level = /^h([1-6])$/.exec(element.tag);
  return {
    element,
    text: normalise(textOf(element)),
    bold: isAllBold(element),
    heading: level ? Number(level[1]) : 0,
  };
}

function classOf(block: Block): string {
  return block.element.attributes.class ?? '';
}

const GENERIC_ITEM = /^(?:(?:punkt|pkt\.?|nr\.?|sag)\s*)?(\d{1,4})\s*[.:)\-–]?\s+(.+)$/i;
const GENERIC_ITEM_NUMBER_ONLY = /^(?:(?:punkt|pkt\.?|nr\.?)\s*)(\d{1,4})\.?$/i;

/** Number and title of a heading line, by the template's pattern or a common form. */
function readHeading(text: string, template: Template): { number: number | null; title: string } {
  const byPattern = patternMatcher(template.item.heading)(text);
  if (byPattern && (byPattern.nr || byPattern.titel)) {
    return { number: byPattern.nr ? Number(byPattern.nr) : null, title: byPattern.titel ?? '' };
  }
  const generic = GENERIC_ITEM.exec(text);
  if (generic) return { number: Number(generic[1]), title: (generic[2] ?? '').trim() };
  const numberOnly = GENERIC_ITEM_NUMBER_ONLY.exec(text);
  if (numberOnly) return { number: Number(numberOnly[1]), title: '' };
  return { number: null, title: text };
}

/** "Åbne punkter", "Lukket dagsorden": a heading that groups items, not an item. */
const GROUP_HEADING =
  /^(åbne|lukkede|offentlige)\s+(punkter|sager)$|^(åben|lukket|offentlig)\s+(dagsorden|del)$/i;

/**
 * The headings that start items: Heading 1, unless a deeper level holds more
 * numbered headings ("1. Budget" under Heading 1 "Åbne punkter").
 */
function headingLevelOfItems(candidates: { block: Block; index: number }[]) {
  const levels = [1, 2, 3].map((level) =>
    candidates.filter(({ block }) => block.heading === level && !GROUP_HEADING.test(block.text)),
  );
  const numbered = levels.map(
    (level) => level.filter(({ block }) => GENERIC_ITEM.test(block.text)).length,
  );
  const best = numbered.indexOf(Math.max(...numbered));
  return numbered[best] ? (levels[best] ?? []) : (levels[0] ?? []);
}

/** Indexes of the blocks that start items, and by which rule. */
function findItemStarts(blocks: Block[], template: Template): { starts: number[]; rule: ItemRule } {
  const candidates = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => {
      const cls = classOf(block);
      return (
        block.text !== '' &&
        !cls.includes('toc') &&
        !cls.includes('title') &&
        block.element.tag !== 'table'
      );
    });
  const matcher = patternMatcher(template.item.heading);
  // A pattern without a word of its own ("{nr}. {titel}") also fits numbered body text: only headings and bold lines.
  const patternHasWords = /[A-Za-zÆØÅæøå]/.test(template.item.heading.replace(/\{[^}]*\}/g, ''));
  const byPattern = candidates.filter(({ block }) => {
    if (!(block.heading > 0 || block.bold || patternHasWords)) return false;
    if (block.element.tag === 'ul' || block.element.tag === 'ol') return false;
    const values = matcher(block.text);
    return values !== null && values.nr !== undefined;
  });
  if (byPattern.length > 0) return { starts: byPattern.map((c) => c.index), rule: 'pattern' };
  const headings = headingLevelOfItems(candidates);
  if (headings.length > 0) return { starts: headings.map((c) => c.index), rule: 'headings' };
  const bold = candidates.filter(
    ({ block }) =>
      block.element.tag === 'p' &&
      block.bold &&
      (GENERIC_ITEM.test(block.text) || GENERIC_ITEM_NUMBER_ONLY.test(block.text)),
  );
  if (bold.length > 0) return { starts: bold.map((c) => c.index), rule: 'bold' };
  // Numbered headings: each a one-entry numbered list, short, with other text after it.
  const numbered = candidates.filter(({ block, index }) => {
    if (block.element.tag !== 'ol') return false;
    const entries = elementsOf(block.element).filter((e) => e.tag === 'li');
    const next = blocks[index + 1];
    return (
      entries.length === 1 &&
      block.text.length <= 200 &&
      next !== undefined &&
      next.element.tag !== 'ol'
    );
  });
  if (numbered.length >= 2) return { starts: numbered.map((c) => c.index), rule: 'numbered-list' };
  return { starts: [], rule: 'none' };
}

function same(a: string, b: string): boolean {
  return (
    normalise(a).replace(/:$/, '').toLocaleLowerCase('da') ===
    normalise(b).replace(/:$/, '').toLocaleLowerCase('da')
  );
}

/** "Label<tab>value", "Label: value", or a bold label then the value; null for other lines. */
function labelled(block: Block): { label: string; value: string } | null {
  if (block.element.tag !== 'p' && block.heading === 0) return null;
  const raw = textOf(block.element).replace(/\u00a0/g, ' ');
  const first = block.element.children.find((c) => c.kind === 'element' || c.text.trim() !== '');
  if (first?.kind === 'element' && first.tag === 'strong') {
    const label = normalise(textOf(first)).replace(/:$/, '');
    const value = normalise(raw.slice(raw.indexOf(textOf(first)) + textOf(first).length)).replace(
      /^:\s*/,
      '',
    );
    if (label && value) return { label, value };
  }
  const tab = /^([^\t]{1,60})\t+(.+)$/s.exec(raw.trim());
  if (tab)
    return { label: normalise(tab[1] ?? '').replace(/:$/, ''), value: normalise(tab[2] ?? '') };
  const colon = /^([^:]{1,40}):\s+(.+)$/s.exec(normalise(raw));
  if (colon) return { label: (colon[1] ?? '').trim(), value: (colon[2] ?? '').trim() };
  return null;
}

/** The label/value rows of a two-column table (metadata written as a table). */
function tableRows(block: Block): { label: string; value: string }[] | null {
  if (block.element.tag !== 'table') return null;
  const rows = elementsOf(block.element).flatMap((child) =>
    child.tag === 'tr' ? [child] : elementsOf(child).filter((r) => r.tag === 'tr'),
  );
  const pairs = rows.map((row) => elementsOf(row).filter((c) => c.tag === 'td' || c.tag === 'th'));
  if (pairs.length === 0 || pairs.some((cells) => cells.length !== 2)) return null;
  return pairs.map(([label, value]) => ({
    label: normalise(textOf(label as HtmlElement)).replace(/:$/, ''),
    value: normalise(textOf(value as HtmlElement)),
  }));
}

const HEADER_SYNONYMS: Record<'date' | 'time' | 'venue' | 'participants' | 'absent', RegExp> = {
  date: /^(møde)?dato$|^tidspunkt og sted$|^mødetidspunkt$|^tid og sted$/i,
  time: /^(tid|tidspunkt|kl\.?|klokken|mødetid)$/i,
  venue: /^(sted|mødested|lokale|mødelokale|adresse)$/i,
  participants: /^(deltagere|mødedeltagere|medlemmer|deltager(kreds)?|til stede|inviterede)$/i,
  absent: /^(afbud|fraværende)$/i,
};

/** The participants of a header value, split the way the template prints them. */
function readParticipants(value: string, template: Template): Participant[] {
  const matcher = patternMatcher(template.participant);
  // "Anne Hansen (A), formand, Bo Jensen": a piece starting in lower case belongs to the name before it.
  const pieces: string[] = [];
  for (const piece of value.split(/\s*[,;]\s*|\s+og\s+/)) {
    if (!piece.trim()) continue;
    const last = pieces.length - 1;
    if (last >= 0 && /^[a-zæøå]/.test(piece)) pieces[last] = `${pieces[last]}, ${piece}`;
    else pieces.push(piece.trim());
  }
  return pieces.map((piece) => {
    const values = matcher(piece) ?? {};
    const participant = createParticipant(values.navn ?? piece, values.rolle ?? '');
    if (values.parti) participant.party = values.parti.slice(0, 20);
    if (values.initialer) participant.initials = values.initialer.slice(0, 20);
    return participant;
  });
}

interface HeaderFacts {
  body: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string;
  participants: Participant[];
}

/** Reads the values of one header line into the facts. */
function readHeaderValues(values: MatchedValues, facts: HeaderFacts, template: Template) {
  if (values.organ && !facts.body) facts.body = values.organ;
  if (values.dato && !facts.date) facts.date = parseDanishDate(values.dato);
  const time = values.tidsrum ?? values.start;
  if (time && !facts.startTime) {
    const range = parseTimeRange(values.slut ? `${time}-${values.slut}` : time);
    if (range) {
      facts.startTime = range.start;
      facts.endTime = range.end;
    }
  }
  if (values.sted && !facts.venue) facts.venue = values.sted;
  const people = values.deltagere ?? values.medlemmer;
  if (people && facts.participants.length === 0)
    facts.participants = readParticipants(people, template);
}

/** One header line → facts; false when the label is not one the header knows. */
function readHeaderLine(
  label: string,
  value: string,
  facts: HeaderFacts,
  template: Template,
): boolean {
  const line = template.header.find(
    (candidate) => candidate.label.trim() && same(candidate.label, label),
  );
  if (line) {
    const values = patternMatcher(line.value)(value);
    if (values) {
      // An attendance line ({afbud}) of a referat is not the meeting's members.
      if (values.afbud !== undefined || values.fravaerende !== undefined) return true;
      readHeaderValues(values, facts, template);
      return true;
    }
  }
  if (HEADER_SYNONYMS.absent.test(label)) return true;
  if (HEADER_SYNONYMS.participants.test(label)) {
    if (facts.participants.length === 0) facts.participants = readParticipants(value, template);
    return true;
  }
  if (HEADER_SYNONYMS.venue.test(label)) {
    facts.venue ||= value;
    return true;
  }
  if (HEADER_SYNONYMS.date.test(label) || HEADER_SYNONYMS.time.test(label)) {
    facts.date ??= parseDanishDate(value);
    const range = parseTimeRange(value);
    if (range && !facts.startTime) {
      facts.startTime = range.start;
      facts.endTime = range.end;
    }
    // "Tid og sted: Mandag 12. maj 2025 kl. 9-11, Rådhuset": what is left after the time is the place.
    if (/sted/i.test(label) && !facts.venue) facts.venue = placeIn(value);
    return true;
  }
  return false;
}

/** "Mandag 12. maj 2025 kl. 9-11, Rådhuset" → "Rådhuset": the value without weekday, date and time. */
function placeIn(value: string): string {
  return value
    .replace(new RegExp(DATE_SOURCE, 'gi'), ' ')
    .replace(/\b(?:man|tirs|ons|tors|fre|lør|søn)dag\b/gi, ' ')
    .replace(/\b(?:kl\.?|klokken)\s*/gi, ' ')
    .replace(new RegExp(`(?<![\\d.])${TIME_SOURCE}(?![\\d])`, 'g'), ' ')
    .replace(/^[\s,.;:–-]*(?:d\.|den)?[\s,.;:–-]*/i, '')
    .replace(/[\s,;:–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title line: body and date by the template's dagsorden or referat title. */
function readTitle(text: string, facts: HeaderFacts, template: Template): boolean {
  for (const source of [template.document.agendaTitle, template.document.title]) {
    const values = patternMatcher(source)(text);
    if (values) {
      readHeaderValues(values, facts, template);
      return true;
    }
  }
  const date = parseDanishDate(text);
  const named = /^\s*(?:dagsorden|referat)\b/i.test(text);
  if (!named && !(date && /dagsorden|referat|møde/i.test(text))) return false;
  if (date) facts.date ??= date;
  // "Dagsorden for Teknik- og Miljøudvalget 12. maj 2021": the words between are the body.
  const body =
    /(?:dagsorden|referat)(?:\s+(?:for|til|fra))?(?:\s+mødet\s+i)?\s*[-–:]?\s*(.*?)\s*[-–,]?\s*(?:(?:d\.|den)\s*)?(?:\d|$)/i.exec(
      text,
    );
  if (body?.[1] && !facts.body) facts.body = body[1].trim();
  return true;
}

interface ItemDraft {
  item: AgendaItem;
  number: number;
  sections: Map<string, RichTextNode[]>;
  /** Decisions under the template's decision headings (a referat imported), as printed: newest first. */
  decisions: { body: string | null; date: string | null; nodes: RichTextNode[] }[];
  filled: Set<string>;
}

function sectionByLabel(template: Template, text: string): TemplateSection | undefined {
  return template.sections.find((section) => same(section.label, text));
}

/** "Sagsnr.: 16/13808" or "16/13808" alone; the label of a case number. */
const CASE_LABEL =
  /^(sagsnr\.?|sagsnummer|sags nr\.?|j\.?\s?nr\.?|journalnr\.?|journalnummer|acadre sagsnr\.?)$/i;
const CASE_NUMBER_ALONE =
  /^(?:\d{2}\/\d{2,}(?:-\d+)?|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d+-\d+|\d{4}-\d{3,})$/;

/** A metadata line of an item: case number or a field; true when it was one. */
function readItemMetadata(
  label: string,
  value: string,
  draft: ItemDraft,
  template: Template,
): boolean {
  if (same(label, template.item.caseNumber.label) || CASE_LABEL.test(label)) {
    draft.item.caseNumber ||= value.slice(0, 200);
    draft.filled.add(template.item.caseNumber.label || 'Sagsnr.');
    return true;
  }
  const field = template.fields.find((candidate) => same(candidate.label, label));
  if (field) {
    const choice = field.choices.find(
      (c) => same(c.value, value) || (c.short && same(c.short, value)),
    );
    draft.item.fields[field.id] = choice ? choice.value : value;
    draft.filled.add(field.label);
    return true;
  }
  return false;
}

/** Splits "Sagsnr.: 1 · Dok.nr.: 2 · Sagsgang: ØU" (one-line metadata) into label/value pairs. */
function splitOneLine(text: string): { label: string; value: string }[] | null {
  const parts = text.split(/\s+[·|•]\s+/);
  if (parts.length < 2) return null;
  const pairs = parts.map((part) => /^([^:]{1,40}):\s*(.+)$/.exec(part.trim()));
  return pairs.every(Boolean)
    ? pairs.map((m) => ({ label: (m?.[1] ?? '').trim(), value: (m?.[2] ?? '').trim() }))
    : null;
}

/** The recogniser itself: see the file's comment. */
export function recogniseAgenda(
  html: string,
  template: Template,
  context: RecogniseContext,
  mammothMessages: readonly string[] = [],
): Recognised {
  const blocks = elementsOf(parseHtml(html)).map(toBlock);
  const notices: string[] = [];
  const unplaced: string[] = [];
  const images = (html.match(/<img\b/g) ?? []).length;
  if (images > 0) {
    notices.push(
      images === 1
        ? `Et billede er udeladt og står som «${IMAGE_NOTICE}» i teksten.`
        : `${images} billeder er udeladt og står som «${IMAGE_NOTICE}» i teksten.`,
    );
  }
  notices.push(...mammothMessages);
  const { starts, rule } = findItemStarts(blocks, template);
  const facts: HeaderFacts = {
    body: '',
    date: null,
    startTime: null,
    endTime: null,
    venue: '',
    participants: [],
  };

  // Front matter.
  const front = blocks.slice(0, starts[0] ?? blocks.length);
  const itemTitles = new Set(
    starts.map((i) => readHeading(blocks[i]?.text ?? '', template).title.toLowerCase()),
  );
  const leftover: RichTextNode[] = [];
  let titleRead = false;
  let inContents = false;
  for (const block of front) {
    if (
      block.text === '' &&
      !block.element.children.some((c) => c.kind === 'element' && c.tag === 'img')
    )
      continue;
    const cls = classOf(block);
    if (
      cls.includes('toc-heading') ||
      same(block.text, template.contents.title) ||
      /^indhold(sfortegnelse)?$/i.test(block.text)
    ) {
      inContents = true;
      continue;
    }
    if (cls.includes('toc')) continue;
    const { openLabel, closedLabel } = template.contents;
    // "Åbne punkter" before the first item (or in the contents list) only groups the items.
    const groups = GROUP_HEADING.test(block.text);
    if (groups || same(block.text, openLabel) || same(block.text, closedLabel)) continue;
    // A contents line typed by hand: an item's title (or heading) followed by a page number.
    const withoutPage = block.text
      .replace(/\s*\.*\s*\d+$/, '')
      .trim()
      .toLowerCase();
    if (inContents && [...itemTitles].some((title) => title && withoutPage.endsWith(title)))
      continue;
    if (
      !titleRead &&
      (cls.includes('title') || block.heading > 0 || block.bold || front.indexOf(block) === 0)
    ) {
      if (readTitle(block.text, facts, template)) {
        titleRead = true;
        continue;
      }
    }
    // An overview table of the items ("Nr. | Sag | Side") is a contents list too.
    if (block.element.tag === 'table' && itemTitles.size > 0) {
      const lower = block.text.toLowerCase();
      const listed = [...itemTitles].filter((title) => title && lower.includes(title)).length;
      if (listed >= Math.max(1, Math.ceil(itemTitles.size / 2))) continue;
    }
    const rows = tableRows(block);
    if (rows) {
      const unknown = rows.filter((row) => !readHeaderLine(row.label, row.value, facts, template));
      if (unknown.length === 0) continue;
    }
    const line = labelled(block);
    if (line && readHeaderLine(line.label, line.value, facts, template)) continue;
    if (template.document.publicLabel.trim() && same(block.text, template.document.publicLabel))
      continue;
    leftover.push(...blockNode(block.element));
  }

  // Items.
  const drafts: ItemDraft[] = starts.map((start, n) => {
    const block = blocks[start] as Block;
    const heading = readHeading(block.text, template);
    const item = createAgendaItem(heading.title);
    return {
      item,
      number: heading.number ?? n + 1,
      sections: new Map(),
      decisions: [],
      filled: new Set(),
    };
  });
  const firstRich = template.sections.find((s) => s.kind === 'rich-text');
  let closedFrom = Infinity;
  const decisionSection = template.sections.find((s) => s.kind === 'decisions');
  // A heading pattern of placeholders only would match any bold line.
  const decisionHeading = /[A-Za-zÆØÅæøå]/.test(template.decision.heading.replace(/\{[^}]*\}/g, ''))
    ? patternMatcher(template.decision.heading)
    : () => null;
  starts.forEach((start, n) => {
    const draft = drafts[n] as ItemDraft;
    if (n >= closedFrom) draft.item.closed = true;
    const end = starts[n + 1] ?? blocks.length;
    const { closedItems } = template;
    const suffix = closedItems.titleSuffix.trim();
    if (suffix && draft.item.title.endsWith(suffix)) {
      draft.item.title = draft.item.title.slice(0, -suffix.length).trim();
      draft.item.closed = true;
    }
    if (same(draft.item.title, closedItems.label)) draft.item.closed = true;
    let current: TemplateSection | null = null;
    let metadata = true;
    const loose: RichTextNode[] = [];
    const add = (nodes: RichTextNode[]) => {
      if (!current) loose.push(...nodes);
      else if (current.kind === 'decisions') {
        if (draft.decisions.length === 0)
          draft.decisions.push({ body: null, date: null, nodes: [] });
        draft.decisions[draft.decisions.length - 1]?.nodes.push(...nodes);
      } else {
        const list = draft.sections.get(current.id) ?? [];
        list.push(...nodes);
        draft.sections.set(current.id, list);
      }
    };
    const body = blocks.slice(start + 1, end);
    // "Punkt 3" alone, the title on the next line.
    const next = body.find((block) => block.text !== '');
    if (
      draft.item.title === '' &&
      next &&
      (next.bold || next.heading > 0) &&
      next.text.length <= 200 &&
      !sectionByLabel(template, next.text)
    ) {
      draft.item.title = next.text;
      body.splice(body.indexOf(next), 1);
    }
    for (const block of body) {
      if (
        GROUP_HEADING.test(block.text) ||
        same(block.text, template.contents.closedLabel) ||
        same(block.text, template.contents.openLabel)
      ) {
        // The items after "Lukkede punkter" are closed; the heading itself is not text of this item.
        closedFrom =
          /lukke/i.test(block.text) || same(block.text, template.contents.closedLabel)
            ? n + 1
            : closedFrom;
        continue;
      }
      if (
        block.text === '' &&
        !block.element.children.some((c) => c.kind === 'element' && c.tag === 'img')
      )
        continue;
      if (metadata) {
        if (same(block.text, closedItems.internalNote) || /^lukket punkt$/i.test(block.text)) {
          draft.item.closed = true;
          continue;
        }
        if (CASE_NUMBER_ALONE.test(block.text) && !draft.item.caseNumber) {
          draft.item.caseNumber = block.text;
          draft.filled.add(template.item.caseNumber.label || 'Sagsnr.');
          continue;
        }
        const oneLine = splitOneLine(block.text);
        if (
          oneLine &&
          oneLine.every((pair) => readItemMetadata(pair.label, pair.value, draft, template))
        )
          continue;
        const rows = tableRows(block);
        if (rows && rows.every((row) => readItemMetadata(row.label, row.value, draft, template)))
          continue;
        const line = block.element.tag === 'p' ? /^([^:]{1,40}):\s*(.+)$/.exec(block.text) : null;
        if (
          line &&
          readItemMetadata((line[1] ?? '').trim(), (line[2] ?? '').trim(), draft, template)
        )
          continue;
      }
      const section =
        block.element.tag === 'p' || block.heading > 0
          ? sectionByLabel(template, block.text)
          : undefined;
      if (section && (block.heading > 0 || block.bold || block.text.length <= 60)) {
        current = section;
        metadata = false;
        if (section.kind === 'decisions')
          draft.decisions.push({ body: null, date: null, nodes: [] });
        continue;
      }
      // "Beslutning Direktionen den 29-01-2018": a decision of a referat, by the template's heading.
      const decided =
        decisionSection && (block.heading > 0 || block.bold) ? decisionHeading(block.text) : null;
      if (decisionSection && decided) {
        current = decisionSection;
        metadata = false;
        const date = decided.dato ? parseDanishDate(decided.dato) : null;
        draft.decisions.push({
          body: decided.organ && decided.organ !== facts.body ? decided.organ : null,
          date: date && date !== facts.date ? date : null,
          nodes: [],
        });
        continue;
      }
      // "Indstilling: Administrationen indstiller, at …" — a bold label opening a paragraph.
      const inline = labelled(block);
      const inlineSection = inline ? sectionByLabel(template, inline.label) : undefined;
      if (inline && inlineSection && block.element.children[0]?.kind === 'element') {
        current = inlineSection;
        metadata = false;
        add([blockNode({ ...block.element, children: stripLabel(block.element) })].flat());
        continue;
      }
      metadata = false;
      add(blockNode(block.element));
    }
    if (loose.length > 0) {
      const target = firstRich;
      const preview = excerpt(loose);
      if (target) {
        draft.sections.set(target.id, [...loose, ...(draft.sections.get(target.id) ?? [])]);
        unplaced.push(
          `Punkt ${draft.number}: tekst uden overskrift («${preview}») er lagt i ${target.label}.`,
        );
      }
    }
    fillItem(draft, template, unplaced);
  });

  if (leftover.length > 0) {
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
    } else {
      const item = createAgendaItem('Dagsordenens tekst');
      if (firstRich) item.sections[firstRich.id] = richTextOf(leftover);
      drafts.push({
        item,
        number: drafts.length + 1,
        sections: new Map(),
        decisions: [],
        filled: new Set(firstRich ? [firstRich.label] : []),
      });
      unplaced.push(
        `Der blev ikke fundet nogen punkter; teksten («${preview}») er lagt i ét punkt.`,
      );
    }
  }

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
  meeting.firstItemNumber = drafts[0]?.number ?? 1;
  meeting.items = drafts.map((d) => d.item);
  return {
    meeting,
    report: {
      body: meeting.body,
      date: facts.date,
      startTime: facts.startTime,
      venue: meeting.venue,
      participants: meeting.participants.map((p) => p.name),
      itemsFoundBy: rule,
      items: drafts.map((d) => ({
        number: d.number,
        title: d.item.title,
        caseNumber: d.item.caseNumber,
        closed: d.item.closed,
        filled: inTemplateOrder(d.filled, template),
      })),
      unplaced,
      notices,
    },
  };
}

/** The start of some text for a report line: «Baggrunden for punkt 1. Det …». */
function excerpt(nodes: RichTextNode[]): string {
  const text = plainTextOf({ type: 'root', children: nodes }).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()} …` : text;
}

/**
 * The decisions of a referat imported, stored oldest first as the editor
 * adds them (they are printed newest first); the "Fraværende:" line the
 * export prints at the top of a decision is the meeting's record, not text.
 */
function fillDecisions(draft: ItemDraft, template: Template) {
  const section = template.sections.find((s) => s.kind === 'decisions');
  const { absentLine, absentLabel } = template.decision;
  for (const found of [...draft.decisions].reverse()) {
    const nodes = found.nodes.filter(
      (node, i) =>
        !(
          i === 0 &&
          absentLine !== 'none' &&
          new RegExp(`^${absentLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'i').test(
            plainTextOf(node).trim(),
          )
        ),
    );
    const text = richTextOf(nodes);
    const plain = plainTextOf(text.root).trim();
    if (plain === '' || (section?.whenEmpty === 'text' && same(plain, section.emptyText))) continue;
    const decision = createDecision(found.body, found.date);
    decision.text = text;
    draft.item.decisions.push(decision);
    if (section) draft.filled.add(section.label);
  }
}

/** The filled parts as the template prints them: case number, fields, then sections. */
function inTemplateOrder(filled: Set<string>, template: Template): string[] {
  const order = [
    template.item.caseNumber.label || 'Sagsnr.',
    ...template.fields.map((f) => f.label),
    ...template.sections.map((s) => s.label),
  ];
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
  return [...filled].sort((a, b) => rank(a) - rank(b));
}

/** The element's children without its leading bold label ("Indstilling:"). */
function stripLabel(element: HtmlElement): HtmlElement['children'] {
  const [, ...rest] = element.children;
  const first = rest[0];
  if (first?.kind === 'text')
    return [{ kind: 'text', text: first.text.replace(/^\s*:?\s*/, '') }, ...rest.slice(1)];
  return rest;
}

/** Puts the collected nodes into the item: rich text, decisions, attachments, short text. */
function fillItem(draft: ItemDraft, template: Template, unplaced: string[]) {
  fillDecisions(draft, template);
  for (const [id, nodes] of draft.sections) {
    const section = template.sections.find((s) => s.id === id) as TemplateSection;
    const text = richTextOf(nodes);
    const plain = plainTextOf(text.root).trim();
    // "Ingen." is what the template prints for an empty section: it is no text of the item's.
    if (plain === '' || (section.whenEmpty === 'text' && same(plain, section.emptyText))) continue;
    draft.filled.add(section.label);
    switch (section.kind) {
      case 'rich-text':
        draft.item.sections[id] = text;
        break;
      case 'decisions':
        // Filled from draft.decisions below.
        break;
      case 'attachments':
        draft.item.attachments = plain
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((title) => ({ id: createId(), title: title.slice(0, 2000), filePath: null }));
        break;
      case 'short-text':
        draft.item.fields[id] = plain.replace(/\s+/g, ' ').slice(0, 4000);
        break;
      default: {
        const unknown: never = section.kind;
        unplaced.push(String(unknown));
      }
    }
  }
}
