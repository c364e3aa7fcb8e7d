import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { parseJson, validateMeeting } from './meeting-json';

/** An autosave as the renderer sends it: header JSON and items as JSON or by id. */
export interface SaveParts {
  session: string;
  header: string;
  items: { id: string; json?: string }[];
}

/** How many editing sessions' items are kept (one per open document, plus a few closed ones). */
const MAX_SESSIONS = 8;

/**
 * Main's half of "send only what changed": remembers, per editing session,
 * the JSON of every item from the last autosave, so the renderer can send an
 * unchanged item by id alone. A 290-page meeting then crosses IPC as a few
 * kilobytes per keystroke burst instead of megabytes.
 */
export class PartsCache {
  private readonly sessions = new Map<string, Map<string, string>>();

  /** The whole meeting, or the ids of items this cache does not hold (nothing is kept then). */
  assemble(parts: SaveParts): Result<{ meeting: Meeting } | { missing: string[] }> {
    const known = this.sessions.get(parts.session) ?? new Map<string, string>();
    const missing = parts.items.filter((item) => item.json === undefined && !known.has(item.id));
    if (missing.length > 0) return ok({ missing: missing.map((item) => item.id) });

    const header = parseJson(parts.header, 'header');
    if (!header.ok) return header;
    if (typeof header.value !== 'object' || header.value === null) {
      return err({ code: 'invalid-request', detail: 'header is not an object' });
    }
    const next = new Map<string, string>();
    const items: unknown[] = [];
    for (const item of parts.items) {
      const json = item.json ?? known.get(item.id) ?? '';
      const value = parseJson(json, `item ${item.id}`);
      if (!value.ok) return value;
      next.set(item.id, json);
      items.push(value.value);
    }
    const meeting = validateMeeting({ ...header.value, items });
    if (!meeting.ok) return meeting;
    this.remember(parts.session, next);
    return ok({ meeting: meeting.value });
  }

  /** Fills the cache for `session` with items main already has (a meeting it just opened). */
  prime(session: string, items: readonly { id: string }[]): void {
    this.remember(session, new Map(items.map((item) => [item.id, JSON.stringify(item)])));
  }

  private remember(session: string, items: Map<string, string>): void {
    this.sessions.delete(session);
    this.sessions.set(session, items);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }
}
