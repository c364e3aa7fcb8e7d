/**
 * Serializes the meeting for autosave while re-serializing only what
 * changed. The reducer never mutates, so an unchanged item or rich-text
 * field keeps its object identity and its JSON is taken from a WeakMap;
 * typing in one field of a 290-page meeting costs the stringify of that one
 * field plus the small header, not the whole document.
 */
import type { AgendaItem, Meeting } from '../../../../shared/model/meeting';
import type { RichText } from '../../../../shared/model/rich-text';

// A marker JSON.stringify escapes to `"\u0000<n>\u0000"`, which no escaped
// user string can produce (a user's own "\u0000" text is escaped as "\\u0000").
const MARK = '\u0000';
const MARKED = /"\\u0000(\d+)\\u0000"/g;

function isRichText(value: unknown): value is RichText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const root = (value as { root?: { type?: unknown } }).root;
  return typeof root === 'object' && root !== null && root.type === 'root';
}

/** A serializer with its own caches; keep one per open document. */
export class MeetingJsonCache {
  private readonly richText = new WeakMap<object, string>();
  private readonly items = new WeakMap<object, string>();
  /** Items main already holds from the last successful save of this session. */
  private sent = new WeakSet<object>();
  /** How many rich-text fields were stringified (for tests and the benchmark). */
  stringifiedFields = 0;

  /** The meeting as compact JSON text, equal to `JSON.stringify(meeting)`. */
  serialize(meeting: Meeting): string {
    const items = meeting.items.map((item) => this.item(item));
    return this.splice({ ...meeting, items: MARK }, (key, value) => {
      if (key === 'items' && value === MARK) return `[${items.join(',')}]`;
      return undefined;
    });
  }

  /**
   * The meeting as autosave parts: header JSON (items left empty) and each
   * item as JSON, or by id alone when main already has this exact version.
   */
  parts(meeting: Meeting): { header: string; items: { id: string; json?: string }[] } {
    return {
      header: JSON.stringify({ ...meeting, items: [] }),
      items: meeting.items.map((item) =>
        this.sent.has(item) ? { id: item.id } : { id: item.id, json: this.item(item) },
      ),
    };
  }

  /** After a successful save: main now holds these item versions. */
  markSent(items: readonly AgendaItem[]): void {
    for (const item of items) this.sent.add(item);
  }

  /** Main lost track (restart, evicted session): send everything next time. */
  forgetSent(): void {
    this.sent = new WeakSet<object>();
  }

  private item(item: AgendaItem): string {
    let json = this.items.get(item);
    if (json === undefined) {
      json = this.splice(item, (_key, value) => (isRichText(value) ? this.text(value) : undefined));
      this.items.set(item, json);
    }
    return json;
  }

  private text(value: RichText): string {
    let json = this.richText.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      this.stringifiedFields++;
      this.richText.set(value, json);
    }
    return json;
  }

  /**
   * JSON.stringify where `substitute` may supply ready JSON for a value: the
   * value is replaced by a numbered marker, and the markers by the JSON.
   */
  private splice(
    value: unknown,
    substitute: (key: string, value: unknown) => string | undefined,
  ): string {
    const parts: string[] = [];
    const json = JSON.stringify(value, (key, inner: unknown) => {
      if (key === '') return inner;
      const ready = substitute(key, inner);
      if (ready === undefined) return inner;
      parts.push(ready);
      return `${MARK}${parts.length - 1}${MARK}`;
    });
    return json.replace(MARKED, (_match, index: string) => parts[Number(index)] ?? 'null');
  }
}
