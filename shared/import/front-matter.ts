/**
 * The front matter of a dagsorden (everything before the first item): the
 * title (body and date by the template's title patterns), the header lines
 * («Label⇥value», «Label: value», a bold label, table rows) by the
 * template's header labels or common ones, and the contents list, which is
 * recognised and skipped. What is none of these is returned as text, to be
 * placed in the first item.
 */
import { createParticipant, type Participant } from '../model/meeting';
import type { RichTextNode } from '../model/rich-text';
import type { Template } from '../template/schema';
import {
  DATE_SOURCE,
  TIME_SOURCE,
  parseDanishDate,
  parseTimeRange,
  patternMatcher,
  type MatchedValues,
} from './match-pattern';
import { classOf, isEmptyBlock, labelled, same, tableRows, type Block } from './blocks';
import { GROUP_HEADING } from './find-items';
import { blockNode } from './to-rich-text';

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

export interface HeaderFacts {
  body: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string;
  participants: Participant[];
  /** The template's meeting fields found in the header ("Bemærkninger: …"), by id. */
  fields: Record<string, string>;
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
  for (const field of template.meetingFields) {
    const value = values[field.id];
    if (value && !facts.fields[field.id]) facts.fields[field.id] = value;
  }
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
  // A meeting field the header lines do not print still has a label ("Møde nr.: 5").
  const field = template.meetingFields.find((candidate) => same(candidate.label, label));
  if (field) {
    facts.fields[field.id] ||= value.trim();
    return true;
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

/** The headings the template's contents list may group its items under. */
function contentsGroupLabels({ contents, fields }: Template): string[] {
  const field = fields.find((f) => f.id === contents.groupField);
  const byField =
    contents.grouping === 'field'
      ? [...(field?.choices.map((c) => c.value) ?? []), contents.otherLabel]
      : [];
  return [contents.openLabel, contents.closedLabel, ...byField].filter((l) => l.trim());
}

/** Reads the blocks before the first item; `itemTitles` (lower case) tell a contents line from text. */
export function readFrontMatter(
  front: Block[],
  template: Template,
  itemTitles: Set<string>,
): { facts: HeaderFacts; leftover: RichTextNode[] } {
  const facts: HeaderFacts = {
    body: '',
    date: null,
    startTime: null,
    endTime: null,
    venue: '',
    participants: [],
    fields: {},
  };
  const leftover: RichTextNode[] = [];
  const groupLabels = contentsGroupLabels(template);
  let titleRead = false;
  let inContents = false;
  for (const block of front) {
    if (isEmptyBlock(block)) continue;
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
    // "Åbne punkter" or "Til efterretning" before the first item (or in the contents list) only groups the items.
    if (GROUP_HEADING.test(block.text) || groupLabels.some((label) => same(block.text, label)))
      continue;
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

  return { facts, leftover };
}
