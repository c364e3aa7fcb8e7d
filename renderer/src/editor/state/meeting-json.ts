/**
 * Serializes the meeting for autosave while re-serializing only what
 * changed. The reducer never mutates, so an unchanged item or rich-text
 * field keeps its object identity and its JSON is taken from a WeakMap;
 * typing in one field of a 290-page meeting costs the stringify of that one
 * field's changed blocks plus the small header, not the whole document.
 */
import { stringifyWith } from '../../../../shared/format/json-splice';
import type { AgendaItem, Meeting } from '../../../../shared/model/meeting';
import { isRichText, type RichText, type RichTextNode } from '../../../../shared/model/rich-text';

/** Stands in for the items list while the header is stringified. */
const ITEMS = {};

/** A serializer with its own caches; keep one per open document. */
export class MeetingJsonCache {
  private readonly richText = new WeakMap<object, string>();
  private readonly items = new WeakMap<object, string>();
  private readonly blocks = new WeakMap<object, string>();
  /** Items main already holds from the last successful save of this session. */
  private sent = new WeakSet<object>();
  /** How many rich-text fields were stringified (for tests and the benchmark). */
  stringifiedFields = 0;
  /** How many top-level blocks of rich-text fields were stringified (for tests). */
  stringifiedBlocks = 0;

  /** The meeting as compact JSON text, equal to `JSON.stringify(meeting)`. */
  serialize(meeting: Meeting): string {
    const items = meeting.items.map((item) => this.item(item));
    return stringifyWith({ ...meeting, items: ITEMS }, (_key, value) =>
      value === ITEMS ? `[${items.join(',')}]` : undefined,
    );
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

  /**
   * After a successful save: main now holds these item versions, and only
   * these. An older version main held once must be sent again if it comes
   * back (an undo that restores an object): main has replaced it since.
   */
  markSent(items: readonly AgendaItem[]): void {
    this.sent = new WeakSet<object>(items);
  }

  /** Main lost track (restart, evicted session): send everything next time. */
  forgetSent(): void {
    this.sent = new WeakSet<object>();
  }

  private item(item: AgendaItem): string {
    let json = this.items.get(item);
    if (json === undefined) {
      json = stringifyWith(item, (_key, value) =>
        isRichText(value) ? this.text(value) : undefined,
      );
      this.items.set(item, json);
    }
    return json;
  }

  private text(value: RichText): string {
    let json = this.richText.get(value);
    if (json === undefined) {
      const blocks = value.root.children;
      json = stringifyWith(value, (_key, inner) =>
        inner === blocks ? `[${blocks.map((block) => this.block(block)).join(',')}]` : undefined,
      );
      this.stringifiedFields++;
      this.richText.set(value, json);
    }
    return json;
  }

  /**
   * A top-level block of a field. The editors hand over unchanged blocks as
   * the same objects (EditorJsonCache), so typing in a 50-page field
   * stringifies the one paragraph being typed.
   */
  private block(block: RichTextNode): string {
    let json = this.blocks.get(block);
    if (json === undefined) {
      json = JSON.stringify(block);
      this.stringifiedBlocks++;
      this.blocks.set(block, json);
    }
    return json;
  }
}
