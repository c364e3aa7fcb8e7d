import { CURRENT_SCHEMA_VERSION, FORMAT_NAME, type MeetingFile } from './envelope';
import { stringifyWith } from './json-splice';
import type { AgendaItem, Meeting } from '../model/meeting';
import { isRichText } from '../model/rich-text';

/** Who is writing and when; passed in so this stays pure and testable. */
export interface WriteContext {
  appVersion: string;
  /** ISO 8601 timestamp. */
  savedAt: string;
}

/** The meeting without its items. */
export type MeetingHeader = Omit<Meeting, 'items'>;

/**
 * Where an item's JSON sits in the file: envelope → "meeting" → "items" →
 * the item, each level indented two more spaces.
 */
const ITEM_INDENT = ' '.repeat(6);
/** The empty items list as `JSON.stringify(…, null, 2)` writes it inside "meeting". */
const EMPTY_ITEMS = '\n    "items": []';

/**
 * Formatted text is written compactly, one line per field: the editor's
 * document tree is nested so deeply that indenting it would more than
 * double the file (8 MB instead of 3.5 MB for 290 pages) and the time to
 * write it, while helping no human reader.
 */
const compactRichText = (_key: string, value: unknown) =>
  isRichText(value) ? JSON.stringify(value) : undefined;

/**
 * One agenda item as it appears inside a `.referat` file: pretty-printed
 * (rich text compact) and indented for its place in the items list. The
 * document store keeps these per item, so an autosave re-serializes only
 * the items that changed. Raw newlines never occur inside JSON strings, so
 * indenting every line is safe.
 */
export function serializeItemForFile(item: AgendaItem): string {
  return stringifyWith(item, compactRichText, 2).replace(/\n/g, `\n${ITEM_INDENT}`);
}

/**
 * The text of a `.referat` file around its items: the file is
 * `before + itemsJson.join(between) + after` for one item or more. Lets the
 * document store write cached bytes per item instead of one new string.
 */
export interface MeetingFileFrame {
  before: string;
  between: string;
  after: string;
}

function emptyItemsText(header: MeetingHeader, context: WriteContext): string {
  const file = {
    format: FORMAT_NAME,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { app: 'Referat', version: context.appVersion },
    savedAt: context.savedAt,
    meeting: { ...header, items: [] },
  } satisfies Omit<MeetingFile, 'meeting'> & { meeting: MeetingHeader & { items: [] } };
  return `${stringifyWith(file, compactRichText, 2)}\n`;
}

/** The file's text around a non-empty items list (see MeetingFileFrame). */
export function meetingFileFrame(header: MeetingHeader, context: WriteContext): MeetingFileFrame {
  const text = emptyItemsText(header, context);
  const at = text.lastIndexOf(EMPTY_ITEMS);
  // "items" is the meeting's last key and the file's last list: its
  // indentation makes the marker unique (no string value holds a newline).
  return {
    before: `${text.slice(0, at)}\n    "items": [\n${ITEM_INDENT}`,
    between: `,\n${ITEM_INDENT}`,
    after: `\n    ]${text.slice(at + EMPTY_ITEMS.length)}`,
  };
}

/**
 * The text of a `.referat` file from its header and its items' file JSON
 * (from `serializeItemForFile`): the same text as serializing the whole
 * meeting in one go.
 */
export function assembleMeetingFile(
  header: MeetingHeader,
  itemsJson: readonly string[],
  context: WriteContext,
): string {
  if (itemsJson.length === 0) return emptyItemsText(header, context);
  const { before, between, after } = meetingFileFrame(header, context);
  return before + itemsJson.join(between) + after;
}

/**
 * The text of a `.referat` file. Pretty-printed with two spaces and a final
 * newline (formatted text compact, one line per field) so that files diff
 * readably in version control and can be read by a person in ten years.
 */
export function serializeMeetingFile(meeting: Meeting, context: WriteContext): string {
  const { items, ...header } = meeting;
  return assembleMeetingFile(header, items.map(serializeItemForFile), context);
}
