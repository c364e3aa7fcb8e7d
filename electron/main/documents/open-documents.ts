import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../../shared/model/meeting';
import { MeetingDocument } from './meeting-document';

/** A meeting open in the window, known to the page only by its handle. */
export interface OpenDocument {
  readonly handle: string;
  /** The file it is saved to, or null while it lives only in the recovery area. */
  path: string | null;
  /** The recovery copy's id (the meeting's id when it was opened). */
  readonly recoveryId: string;
  readonly document: MeetingDocument;
}

/** More than one window's worth; the oldest are forgotten first (a reloaded page leaves its handles behind). */
const MAX_OPEN = 16;

/**
 * The meetings main holds for the page. The page names a document by an
 * opaque, unguessable handle and never by a path: every path main reads or
 * writes was chosen by the user (a dialog, the OS, the recent list) or made
 * by main itself (recovery copies, backups).
 */
export class OpenDocuments {
  private readonly open = new Map<string, OpenDocument>();

  /** Holds `meeting`, saved to `path` (null: the recovery area); returns its entry. */
  add(meeting: Meeting, path: string | null): OpenDocument {
    const entry: OpenDocument = {
      handle: randomUUID(),
      path,
      recoveryId: meeting.id,
      document: MeetingDocument.of(meeting),
    };
    this.open.set(entry.handle, entry);
    for (const oldest of this.open.keys()) {
      if (this.open.size <= MAX_OPEN) break;
      this.open.delete(oldest);
    }
    return entry;
  }

  /** The document with `handle`, or undefined when it is not open. */
  get(handle: string): OpenDocument | undefined {
    return this.open.get(handle);
  }

  /** Every open document, oldest first. */
  all(): OpenDocument[] {
    return [...this.open.values()];
  }

  /** Forgets the document with `handle`. */
  close(handle: string): void {
    this.open.delete(handle);
  }
}
