/**
 * A meeting's printed texts as its template writes them: the title line,
 * the header lines, item and decision headings, participants. The editor
 * shows these and the Word export prints them, so screen and document
 * agree.
 */
import { formatDateDashed, formatDateLong, itemNumber, weekdayOf } from '../model/derived';
import { partialAttendanceText } from '../model/attendance';
import { decisionBody, decisionDate } from '../model/decisions';
import { ITEM_STATUS_LABELS } from '../model/item-status';
import type { AgendaItem, Decision, Meeting, Participant, ProtocolNote } from '../model/meeting';
import { renderPattern, type PatternValues } from './patterns';
import type { HeaderLine, Template } from './schema';
import { danishList } from '../model/danish-list';

/** The meeting fields the header placeholders read. */
type MeetingFacts = Pick<
  Meeting,
  | 'body'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'venue'
  | 'participants'
  | 'template'
  | 'items'
  | 'firstItemNumber'
  | 'fields'
>;

function dateValue(date: string, variant: string | null): string {
  return variant === 'lang' ? formatDateLong(date) : formatDateDashed(date);
}

function weekdayValue(date: string, variant: string | null): string {
  const weekday = weekdayOf(date);
  return variant === 'lille' ? weekday.toLowerCase() : weekday;
}

/**
 * "Anne Hansen (A)", "Kathrine Seier Skastrup (sekretær)": a participant as
 * the template prints them. A substitute (stedfortræder) gets "stedfortræder
 * for …" (where the pattern puts {stedfortraeder}, else after the name);
 * `all` resolves whom they replace.
 */
export function participantName(
  participant: Participant,
  template: Template,
  all: readonly Participant[] = [],
): string {
  const replaced = participant.substituteFor
    ? all.find((p) => p.id === participant.substituteFor)?.name.trim()
    : undefined;
  const substitute = replaced ? `stedfortræder for ${replaced}` : '';
  const printed = renderPattern(template.participant, (name) => {
    switch (name) {
      case 'navn':
        return participant.name.trim();
      case 'rolle':
        return participant.role.trim();
      case 'parti':
        return participant.party.trim();
      case 'initialer':
        return participant.initials.trim();
      case 'stedfortraeder':
        return substitute;
      default:
        return '';
    }
  });
  const placed = template.participant.includes('{stedfortraeder}');
  return substitute && !placed ? `${printed} (${substitute})` : printed;
}

function names(
  participants: readonly Participant[],
  template: Template,
  all: readonly Participant[],
) {
  return participants
    .filter((p) => p.name.trim() !== '')
    .map((p) => participantName(p, template, all))
    .join(', ');
}

/** Values of the meeting and header placeholders. */
function meetingValues(meeting: MeetingFacts): PatternValues {
  const { template } = meeting;
  return (name, variant) => {
    switch (name) {
      case 'organ':
        return meeting.body.trim();
      case 'dato':
        return dateValue(meeting.date, variant);
      case 'ugedag':
        return weekdayValue(meeting.date, variant);
      case 'start':
        return meeting.startTime;
      case 'slut':
        return meeting.endTime ?? '';
      case 'tidsrum':
        return meeting.endTime ? `${meeting.startTime}-${meeting.endTime}` : meeting.startTime;
      case 'sted':
        return meeting.venue.trim();
      case 'deltagere':
        return names(
          meeting.participants.filter((p) => p.attendance !== 'absent'),
          template,
          meeting.participants,
        );
      case 'medlemmer':
        return names(meeting.participants, template, meeting.participants);
      case 'afbud':
        return names(
          meeting.participants.filter((p) => p.attendance === 'absent'),
          template,
          meeting.participants,
        );
      case 'fravaerende':
        return meeting.participants
          .filter((p) => p.attendance !== 'absent' && p.name.trim() !== '')
          .flatMap((p) => {
            const text = partialAttendanceText(meeting, p);
            if (text === null) return [];
            const name = participantName(p, template, meeting.participants);
            return [text ? `${name} (${text})` : name];
          })
          .join(', ');
      default:
        // A meeting field of the template ({bemaerkninger}); the schema allows no other name.
        return template.meetingFields.some((field) => field.id === name)
          ? (meeting.fields[name] ?? '').trim()
          : '';
    }
  };
}

/** The title line: "REFERAT Direktionen d. 29-01-2018" (or the dagsorden's title). */
export function documentTitle(
  meeting: MeetingFacts & Pick<Meeting, 'kind'>,
  kind: Meeting['kind'] = meeting.kind,
): string {
  const { document } = meeting.template;
  return renderPattern(
    kind === 'dagsorden' ? document.agendaTitle : document.title,
    meetingValues(meeting),
  ).trim();
}

/** An attachment's line under Bilag ("Bilag 2: Tidsplan"): `number` counts from 1 in the item. */
export function attachmentLine(
  template: Pick<Template, 'attachments'>,
  title: string,
  number: number,
): string {
  return renderPattern(template.attachments.line, (name) =>
    name === 'nr' ? String(number) : name === 'titel' ? title.trim() : '',
  ).trim();
}

/** The line after the last item ("Mødet hævet kl. 17.30."), or '' when the template prints none. */
export function closingLine(meeting: MeetingFacts): string {
  return renderPattern(meeting.template.document.closing, meetingValues(meeting)).trim();
}

/** A piece of the page header's or footer's line: text, or the page's number or the page count. */
export type MarginPart = { kind: 'text'; text: string } | { kind: 'page' } | { kind: 'pages' };

// Stand-ins for {side} and {sider} while the pattern is rendered: control characters, which no
// printed text keeps; taken out of the meeting's own values first, so only the pattern makes them.
const PAGE_MARK = '\u0001';
const PAGES_MARK = '\u0002';

/**
 * The page header's or footer's line ("Økonomiudvalget – 12. marts 2019",
 * "Side {side} af {sider}"), with the page placeholders as parts of their
 * own for the exports to fill in (Word's PAGE and NUMPAGES fields); none
 * when the pattern prints nothing.
 */
export function marginLine(meeting: MeetingFacts, pattern: string): MarginPart[] {
  const values = meetingValues(meeting);
  const text = renderPattern(pattern, (name, variant) =>
    name === 'side'
      ? PAGE_MARK
      : name === 'sider'
        ? PAGES_MARK
        : values(name, variant).replaceAll(PAGE_MARK, '').replaceAll(PAGES_MARK, ''),
  ).trim();
  const parts: MarginPart[] = [];
  let run = '';
  for (const char of text) {
    if (char !== PAGE_MARK && char !== PAGES_MARK) {
      run += char;
      continue;
    }
    if (run) parts.push({ kind: 'text', text: run });
    run = '';
    parts.push({ kind: char === PAGE_MARK ? 'page' : 'pages' });
  }
  if (run) parts.push({ kind: 'text', text: run });
  return parts;
}

/** The line as printed on page `page` of `pageCount` (the PDF, the preview). */
export function marginText(parts: readonly MarginPart[], page: number, pageCount: number): string {
  return parts
    .map((part) =>
      part.kind === 'page' ? String(page) : part.kind === 'pages' ? String(pageCount) : part.text,
    )
    .join('');
}

/** A printed header line: its label and value, or null when the template leaves it out. */
export interface PrintedHeaderLine {
  label: string;
  value: string;
}

/** The header lines as the template prints them, empty ones left out or replaced ("Afbud: Ingen"). */
export function headerLines(meeting: MeetingFacts): PrintedHeaderLine[] {
  const values = meetingValues(meeting);
  return meeting.template.header.flatMap((line: HeaderLine) => {
    const value = renderPattern(line.value, values).trim();
    if (value) return [{ label: line.label, value }];
    return line.whenEmpty === 'text' ? [{ label: line.label, value: line.emptyText }] : [];
  });
}

/** Values of an item's placeholders; `title` may stand in for the item's own (a hidden closed item). */
function itemValues(
  meeting: Pick<Meeting, 'firstItemNumber' | 'template'>,
  item: AgendaItem,
  index: number,
  title: string,
): PatternValues {
  return (name, variant) => {
    if (name === 'nr') return String(itemNumber(meeting, index));
    if (name === 'titel') return title.trim();
    if (name === 'sagsnr') return item.caseNumber.trim();
    if (name === 'status') return item.status === 'none' ? '' : ITEM_STATUS_LABELS[item.status];
    const field = meeting.template.fields.find((f) => f.id === name);
    const value = (item.fields[name] ?? '').trim();
    if (field?.kind === 'choice' && variant === 'kort') {
      return field.choices.find((choice) => choice.value === value)?.short ?? value;
    }
    return value;
  };
}

/** "Punkt 3: Tidsplan …" — the item's heading; `title` replaces the title (e.g. "Lukket"). */
export function itemHeading(
  meeting: Pick<Meeting, 'firstItemNumber' | 'template'>,
  item: AgendaItem,
  index: number,
  title: string = item.title,
): string {
  return renderPattern(
    meeting.template.item.heading,
    itemValues(meeting, item, index, title),
  ).trim();
}

/** The item's line in the contents list. */
export function contentsEntry(
  meeting: Pick<Meeting, 'firstItemNumber' | 'template'>,
  item: AgendaItem,
  index: number,
  title: string = item.title,
): string {
  return renderPattern(
    meeting.template.item.contentsEntry,
    itemValues(meeting, item, index, title),
  ).trim();
}

/**
 * "Beslutning Direktionen den 29-01-2018", "Beslutning i Teknik- og
 * Miljøudvalget den 12. maj 2021:"; body and date are the meeting's unless
 * the decision has its own.
 */
export function decisionHeading(
  decision: Pick<Decision, 'body' | 'date'>,
  meeting: Pick<Meeting, 'body' | 'date' | 'template'>,
): string {
  const body = decisionBody(decision, meeting);
  const date = decisionDate(decision, meeting);
  return renderPattern(meeting.template.decision.heading, (name, variant) => {
    if (name === 'organ') return body.trim();
    if (name === 'dato') return dateValue(date, variant);
    if (name === 'ugedag') return weekdayValue(date, variant);
    return '';
  }).trim();
}

/**
 * "Bo Jensen (V) og Eva Holm (A) var fraværende.": the template's absent
 * note with the names of those absent on the item. With nobody absent the
 * names read "Ingen" ("Ingen var fraværende."), for a template that prints
 * the note always.
 */
export function absentNote(
  absent: readonly Participant[],
  meeting: Pick<Meeting, 'template' | 'participants'>,
): string {
  const names =
    absent.length === 0
      ? 'Ingen'
      : danishList(absent.map((p) => participantName(p, meeting.template, meeting.participants)));
  return renderPattern(meeting.template.decision.absentNote, (placeholder) =>
    placeholder === 'navne' ? names : '',
  ).trim();
}

/**
 * Who a protokolbemærkning is from, as `{navne}` prints it: the members
 * picked (as participants print, in the order picked), then the free text
 * ("Enhedslisten", "C og V"), joined "A, B og C". A member no longer in the
 * meeting is left out; nobody at all gives "".
 */
export function protocolNoteAuthors(
  note: Pick<ProtocolNote, 'by' | 'byText'>,
  meeting: Pick<Meeting, 'template' | 'participants'>,
): string {
  const members = note.by
    .map((id) => meeting.participants.find((p) => p.id === id))
    .filter((p): p is Participant => p !== undefined)
    .map((p) => participantName(p, meeting.template, meeting.participants))
    .filter((name) => name.trim() !== '');
  const free = note.byText.replace(/\s+/g, ' ').trim();
  return danishList(free ? [...members, free] : members);
}

/**
 * "Protokolbemærkning fra Enhedslisten:": the template's words before a
 * protokolbemærkning, with who it is from (protocolNoteAuthors).
 */
export function protocolNoteLead(
  note: Pick<ProtocolNote, 'by' | 'byText'>,
  meeting: Pick<Meeting, 'template' | 'participants'>,
): string {
  const names = protocolNoteAuthors(note, meeting);
  return renderPattern(meeting.template.decision.protocolNote, (placeholder) =>
    placeholder === 'navne' ? names : '',
  ).trim();
}

/**
 * A protokolbemærkning's printed paragraphs: the template's words and the
 * statement, one paragraph per line of it. `inline` starts the statement
 * in the words' paragraph ("Protokolbemærkning fra Enhedslisten: Vi kan
 * ikke …"), `below` gives the words a paragraph of their own. A note
 * without a statement prints nothing: there is nothing to enter.
 */
export function protocolNoteParagraphs(
  note: Pick<ProtocolNote, 'by' | 'byText' | 'text'>,
  meeting: Pick<Meeting, 'template' | 'participants'>,
): string[] {
  const lines = note.text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return [];
  const lead = protocolNoteLead(note, meeting);
  if (!lead) return lines;
  if (meeting.template.decision.protocolNoteLayout === 'below') return [lead, ...lines];
  return [`${lead} ${lines[0] ?? ''}`, ...lines.slice(1)];
}

/** "Eva Holm (A) deltog ikke i behandlingen af punktet på grund af inhabilitet (nær familie til ansøger)." */
export function inhabilNote(
  participant: Participant,
  reason: string,
  meeting: Pick<Meeting, 'template' | 'participants'>,
): string {
  const name = participantName(participant, meeting.template, meeting.participants);
  return renderPattern(meeting.template.decision.inhabilNote, (placeholder) =>
    placeholder === 'navn' ? name : placeholder === 'grund' ? reason.trim() : '',
  ).trim();
}
