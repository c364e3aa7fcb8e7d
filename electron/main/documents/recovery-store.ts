import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/format/envelope';
import { readMeetingFile } from '../../../shared/format/read';
import { serializeMeetingFile } from '../../../shared/format/write';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { meetingTitle } from '../../../shared/model/derived';
import type { Meeting } from '../../../shared/model/meeting';
import { writeFileAtomic, type FileContent } from '../fs/atomic-write';
import { readRegularFile } from '../fs/read-regular-file';
import { classifyWriteError } from '../fs/write-problem';

/** A meeting found in the recovery area. */
export interface RecoveryEntry {
  id: string;
  title: string;
  savedAt: string;
}

/** Who is writing and when; passed in so tests control it. */
export interface RecoveryContext {
  appVersion: string;
  now: () => Date;
}

/**
 * The recovery area: `<app data>/recovery/<meeting id>.referat`. A meeting
 * that has no file name yet is autosaved here, so a crash, a killed process
 * or a power cut before the first "Gem som…" loses nothing; the next start
 * lists what is here and offers to restore it. Files use the normal meeting
 * format and go through the atomic writer like every other user file.
 */
export class RecoveryStore {
  constructor(
    private readonly folder: string,
    private readonly context: RecoveryContext,
  ) {}

  /** Where the recovery copy of the meeting with `id` lives. */
  pathFor(id: string): string {
    // Meeting ids are ours, but a hand-edited file could carry anything:
    // never let an id choose a path outside the folder.
    const safe = id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) || 'meeting';
    return join(this.folder, `${safe}.referat`);
  }

  /** Writes the recovery copy of `meeting`. */
  async save(meeting: Meeting): Promise<Result<{ savedAt: string }>> {
    const savedAt = this.context.now().toISOString();
    const text = serializeMeetingFile(meeting, { appVersion: this.context.appVersion, savedAt });
    const written = await this.write(meeting.id, text);
    return written.ok ? ok({ savedAt }) : written;
  }

  /** Writes `text` (a whole meeting file) as the recovery copy with `id`. */
  async write(id: string, text: FileContent): Promise<Result<null>> {
    const path = this.pathFor(id);
    try {
      await fs.mkdir(this.folder, { recursive: true });
      await writeFileAtomic(path, text);
      return ok(null);
    } catch (error) {
      return err({ code: classifyWriteError(error), path, detail: (error as Error).message });
    }
  }

  /** Every readable recovery copy, newest first. Unreadable ones are skipped, not deleted. */
  async list(): Promise<RecoveryEntry[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const entries: RecoveryEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.referat') && !n.startsWith('.'))) {
      const file = await this.read(join(this.folder, name));
      if (file)
        entries.push({
          id: file.meeting.id,
          title: meetingTitle(file.meeting),
          savedAt: file.savedAt,
        });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The recovered meeting with `id`, or null when there is none. */
  async load(id: string): Promise<Meeting | null> {
    return (await this.read(this.pathFor(id)))?.meeting ?? null;
  }

  /** Removes the recovery copy (after the meeting was saved under a name, or the user declined). */
  async discard(id: string): Promise<void> {
    await fs.rm(this.pathFor(id), { force: true });
  }

  private async read(path: string): Promise<{ meeting: Meeting; savedAt: string } | null> {
    const read = await readRegularFile(path, MAX_FILE_BYTES);
    if (!read.ok) return null;
    const text = new TextDecoder().decode(read.bytes);
    const result = readMeetingFile(text);
    if (!result.ok) return null;
    const savedAt = (JSON.parse(text) as { savedAt?: unknown }).savedAt;
    return { meeting: result.meeting, savedAt: typeof savedAt === 'string' ? savedAt : '' };
  }
}
