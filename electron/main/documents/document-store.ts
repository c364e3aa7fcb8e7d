import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/format/envelope';
import { readMeetingFile, type ReadMeetingResult } from '../../../shared/format/read';
import { serializeMeetingFile } from '../../../shared/format/write';
import { err, fromFileProblem, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { sweepStaleTempFiles, writeFileAtomic, type FileContent } from '../fs/atomic-write';
import { readRegularFile } from '../fs/read-regular-file';
import { classifyWriteError } from '../fs/write-problem';
import type { DiskVersions } from './external-change';

/** What saving needs from the outside world, passed in so tests control it. */
export interface SaveContext {
  appVersion: string;
  now: () => Date;
  /** The backup is refreshed from the previous version at most this often. */
  backupIntervalMs?: number;
  /** What we last read or wrote per file; when given, a file changed by another program is not overwritten. */
  versions?: DiskVersions;
  /** Overwrite even if another program changed the file (the user chose to). */
  force?: boolean;
}

/** A meeting read from disk. */
export interface ReadMeeting {
  path: string;
  meeting: Meeting;
  /** Schema version the file had before it was migrated, or null. */
  migratedFrom: number | null;
  /** What was repaired on reading (ReadMeetingResult.repairs), for the page to show. */
  notices: string[];
}

/** Default: the backup is at most five minutes older than the previous save. */
export const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000;

/** Where the backup of `path` lives: beside it, so it travels with the folder. */
export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/**
 * The backup of the file `path` really is: opened through a symbolic link,
 * the backup sits beside the link's target, where the data (and its folder)
 * lives, not beside the link.
 */
async function backupOf(path: string): Promise<string> {
  return backupPathFor(await fs.realpath(path).catch(() => path));
}

/**
 * Reads and validates a meeting file. The file is never modified. On
 * failure, reports whether a readable backup exists so the UI can offer it.
 */
export async function openMeeting(
  path: string,
  versions?: DiskVersions,
): Promise<Result<ReadMeeting>> {
  const result = await readFromDisk(path);
  if (result.ok) {
    await versions?.recordCurrent(path);
    // Leftovers from a write that was killed mid-way; harmless, but clutter.
    void sweepStaleTempFiles(dirname(path));
    return ok(opened(path, result));
  }
  const backupAvailable = (await readFromDisk(await backupOf(path))).ok;
  return err(fromFileProblem(result.problem, path, backupAvailable));
}

/** Opens the backup of `path` (for when the file itself cannot be read). */
export async function openBackup(
  path: string,
  versions?: DiskVersions,
): Promise<Result<ReadMeeting>> {
  const backup = await backupOf(path);
  const result = await readFromDisk(backup);
  if (!result.ok) return err(fromFileProblem(result.problem, backup));
  // The damaged file is the version the repaired one may replace.
  await versions?.recordCurrent(path);
  // Returned under the original path: saving writes the repaired file back.
  return ok(opened(path, result));
}

function opened(path: string, read: ReadMeetingResult & { ok: true }): ReadMeeting {
  return { path, meeting: read.meeting, migratedFrom: read.migratedFrom, notices: read.repairs };
}

/**
 * Saves a meeting atomically (see writeMeetingText); for callers that hold
 * a whole meeting rather than main's per-item document.
 */
export async function saveMeeting(
  path: string,
  meeting: Meeting,
  context: SaveContext,
): Promise<Result<{ path: string; savedAt: string }>> {
  const savedAt = context.now().toISOString();
  const text = serializeMeetingFile(meeting, { appVersion: context.appVersion, savedAt });
  const written = await writeMeetingText(path, text, context);
  return written.ok ? ok({ path, savedAt }) : written;
}

/**
 * Writes the text of a meeting file atomically. Before overwriting, the
 * version on disk is copied to the backup when the backup is missing or
 * older than the interval: so after one bad save (wrong text pasted over, a
 * bug) the previous state is still there, without a copy on every
 * keystroke. A file another program changed since we last read or wrote it
 * is not overwritten unless `context.force`.
 */
export async function writeMeetingText(
  path: string,
  text: FileContent,
  context: SaveContext,
): Promise<Result<null>> {
  const disk = context.versions ? await context.versions.check(path) : null;
  if (disk?.state === 'changed' && !context.force) {
    return err({ code: 'changed-on-disk', path, detail: 'changed by another program' });
  }
  try {
    // Compared with file mtimes, so this uses the real clock, not context.now().
    await refreshBackup(path, Date.now(), context.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS, {
      // What we wrote ourselves needs no re-reading to know it is a good meeting.
      knownGood: disk?.state === 'unchanged',
    });
    await writeFileAtomic(path, text);
    await context.versions?.recordWritten(path, text);
    return ok(null);
  } catch (error) {
    return err({ code: classifyWriteError(error), path, detail: (error as Error).message });
  }
}

async function refreshBackup(
  path: string,
  nowMs: number,
  intervalMs: number,
  { knownGood }: { knownGood: boolean },
): Promise<void> {
  const backup = await backupOf(path);
  const backupAge = await fs.stat(backup).then(
    (s) => nowMs - s.mtimeMs,
    () => Infinity,
  );
  if (backupAge < intervalMs) return;
  // Only a readable previous version is worth keeping: never replace a good
  // backup with a file that is itself damaged.
  const previous = await readRegularFile(path, MAX_FILE_BYTES);
  if (!previous.ok) return;
  const text = new TextDecoder().decode(previous.bytes);
  if (!knownGood && !readMeetingFile(text).ok) return;
  await writeFileAtomic(backup, text);
}

async function readFromDisk(path: string): Promise<ReadMeetingResult> {
  const read = await readRegularFile(path, MAX_FILE_BYTES);
  if (!read.ok) return read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { ok: false, problem: { code: 'not-json', detail: 'not UTF-8 text' } };
  }
  return readMeetingFile(text);
}
