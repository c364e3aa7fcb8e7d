import { LIMITS, utf8ByteLength } from '../../../shared/format/limits';
import {
  assembleMeetingFile,
  meetingFileFrame,
  serializeItemForFile,
  type MeetingHeader,
  type WriteContext,
} from '../../../shared/format/write';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { agendaItemSchema, meetingHeaderSchema, meetingIds } from '../../../shared/model/schema';
import type { z } from 'zod';

const UTF8 = new TextEncoder();

/** An autosave as the renderer sends it: the header as JSON, each item as JSON or by id alone. */
export interface MeetingParts {
  header: string;
  items: readonly { id: string; json?: string }[];
}

/** One item as main holds it: validated, and (once first saved) as it is written in the file. */
interface HeldItem {
  item: AgendaItem;
  fileJson?: string;
  /** `fileJson` as UTF-8, made once per version of the item. */
  fileBytes?: Uint8Array;
}

/**
 * Main's copy of one open meeting, the single owner of what gets written:
 * a validated header and validated items, each item with its file JSON.
 * An autosave sends only what changed; only those items are parsed,
 * validated and serialized again, and the file text is assembled from the
 * held pieces. Items are held by id, and a request naming an id twice is
 * refused, so one item's text can never be written in another's place.
 */
export class MeetingDocument {
  private constructor(
    private header: MeetingHeader,
    private items: HeldItem[],
  ) {}

  /** A document holding `meeting` (just opened or created, already validated). */
  static of(meeting: Meeting): MeetingDocument {
    const { items, ...header } = meeting;
    // Serialized at the first save, not here: opening stays fast.
    return new MeetingDocument(
      header,
      items.map((item) => ({ item })),
    );
  }

  /** The meeting as held now. */
  meeting(): Meeting {
    return { ...this.header, items: this.items.map((held) => held.item) };
  }

  /**
   * Applies an autosave. Items sent by id alone must be held already; when
   * some are not (main restarted, an undone deletion brought one back),
   * nothing changes and their ids come back in `missing` for a full resend.
   * All or nothing: an invalid part leaves the document as it was.
   */
  apply(parts: MeetingParts): Result<{ missing: string[] }> {
    if (parts.items.length > LIMITS.items) {
      return tooLarge(`more than ${LIMITS.items} items`);
    }
    const held = new Map(this.items.map((entry) => [entry.item.id, entry]));
    const missing = parts.items
      .filter((part) => part.json === undefined && !held.has(part.id))
      .map((part) => part.id);
    if (missing.length > 0) return ok({ missing });

    const seen = new Set<string>();
    const items: HeldItem[] = [];
    for (const part of parts.items) {
      if (seen.has(part.id)) return invalid(`item id ${part.id} appears twice`);
      seen.add(part.id);
      if (part.json === undefined) {
        items.push(held.get(part.id) as HeldItem);
        continue;
      }
      const item = parseWith(agendaItemSchema, part.json, `item ${part.id}`);
      if (!item.ok) return item;
      if (item.value.id !== part.id) return invalid(`item ${part.id} carries id ${item.value.id}`);
      items.push({ item: item.value });
    }
    const header = parseWith(meetingHeaderSchema, parts.header, 'header');
    if (!header.ok) return header;
    const shared = firstSharedId({ participants: header.value.participants, items });
    if (shared !== null) return invalid(`id ${shared} is used twice in the meeting`);
    this.header = header.value;
    this.items = items;
    return ok({ missing: [] });
  }

  /**
   * The file's bytes for the meeting as held, in pieces: each item's bytes
   * are made once per version of the item and kept, so an autosave encodes
   * the item that changed and the small header, not 3 MB. The same bytes as
   * `fileText`; 'meeting-too-large' beyond what opening accepts.
   */
  fileBytes(context: WriteContext): Result<Uint8Array[]> {
    if (this.items.length === 0) {
      const text = this.fileText(context);
      return text.ok ? ok([UTF8.encode(text.value)]) : text;
    }
    const frame = meetingFileFrame(this.header, context);
    const between = UTF8.encode(frame.between);
    const chunks: Uint8Array[] = [UTF8.encode(frame.before)];
    this.items.forEach((held, i) => {
      if (i > 0) chunks.push(between);
      held.fileBytes ??= UTF8.encode((held.fileJson ??= serializeItemForFile(held.item)));
      chunks.push(held.fileBytes);
    });
    chunks.push(UTF8.encode(frame.after));
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (bytes > LIMITS.fileBytes) return tooLarge(`${bytes} bytes`);
    return ok(chunks);
  }

  /** The file text for the meeting as held, or 'meeting-too-large' when it would exceed what opening accepts. */
  fileText(context: WriteContext): Result<string> {
    const text = assembleMeetingFile(
      this.header,
      this.items.map((held) => (held.fileJson ??= serializeItemForFile(held.item))),
      context,
    );
    // A UTF-16 unit is at most 3 UTF-8 bytes: count exactly only near the limit.
    if (text.length * 3 > LIMITS.fileBytes) {
      const bytes = utf8ByteLength(text);
      if (bytes > LIMITS.fileBytes) return tooLarge(`${bytes} bytes`);
    }
    return ok(text);
  }
}

function parseWith<T extends z.ZodType>(
  schema: T,
  json: string,
  what: string,
): Result<z.output<T>> {
  if (json.length > LIMITS.fileBytes) return tooLarge(`${what} is too large`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return invalid(`${what} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return invalid(`${what}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

/**
 * An id used twice among participants, items, decisions (and their notes) and bilag, or null:
 * they share one namespace (the page finds editors and undo entries by id),
 * and the read pipeline gives every one its own (shared/format/repair).
 */
function firstSharedId(meeting: {
  participants: readonly { id: string }[];
  items: readonly HeldItem[];
}): string | null {
  const seen = new Set<string>();
  for (const { id } of meetingIds({ ...meeting, items: meeting.items.map((held) => held.item) })) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

function invalid(detail: string): Result<never> {
  return err({ code: 'invalid-request', detail });
}

function tooLarge(detail: string): Result<never> {
  return err({ code: 'meeting-too-large', detail });
}
