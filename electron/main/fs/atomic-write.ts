import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * What a file is written from: text, bytes, or bytes in pieces (a meeting's
 * cached items, so an autosave does not copy 3 MB into one new buffer).
 */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/** Options for {@link writeFileAtomic}. Defaults suit user documents. */
export interface AtomicWriteOptions {
  /** How often to retry the final rename when Windows reports the target locked. */
  renameRetries?: number;
  /** Delay before the first retry; doubled on each further one. */
  renameRetryDelayMs?: number;
  /** The platform whose rules apply (directory fsync); `process.platform` by default. */
  platform?: NodeJS.Platform;
}

/**
 * Temp files are named `.~referat-<8 hex>.tmp`: hidden, recognisable for
 * sweeping, and short. Not derived from the target's name: a 250-byte name
 * plus a suffix would pass the 255-byte limit of a file name (NAME_MAX) and
 * the save would fail.
 */
const TEMP_NAME = /^\.~referat-[0-9a-f]{8}\.tmp$/;
/** How versions before 0.2 named their temp files (`.<name>.referat-tmp-<hex>`); still swept. */
const LEGACY_TEMP_MARK = '.referat-tmp-';

/** True for the name of a temp file this writer (or an older version of it) makes. */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name) || (name.startsWith('.') && name.includes(LEGACY_TEMP_MARK));
}

/** The temp-file name used while writing `target`: in the same folder, so the rename is atomic. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.~referat-${randomBytes(4).toString('hex')}.tmp`);
}

/** An error the write classifier reports as 'read-only' (see write-problem.ts). */
function readOnlyError(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is read-only`), { code: 'EACCES', path });
}

/**
 * The file a write to `target` must really change: a symbolic link's target
 * (replacing the link with a file would cut it off from the file it points
 * to, say a meeting on a shared drive), else `target` itself.
 */
async function resolveTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    // Missing file, or a link whose target does not exist yet: create that target.
    try {
      return resolve(dirname(target), await fs.readlink(target));
    } catch {
      return target;
    }
  }
}

/**
 * Writes `data` to `target` so that at every instant the file on disk is
 * either the complete old version or the complete new one, never a mix:
 *
 * 0. Follow a symbolic link to the file it points to, and refuse a
 *    read-only file (mode without write bits; the read-only attribute on
 *    Windows): the rename below would replace it silently.
 * 1. Write to a temp file in the *same folder* (rename is only atomic within
 *    one file system).
 * 2. fsync the temp file, so its bytes are on disk before it gets the name;
 *    otherwise a power cut after the rename can leave an empty file.
 * 3. Copy the old file's permission bits, so saving does not widen access.
 * 4. Rename over the target, retrying briefly: on Windows, antivirus and
 *    indexers open freshly written files and make rename fail with EPERM/EBUSY.
 * 5. fsync the folder (POSIX) so the rename itself survives a power cut.
 *
 * On any failure the temp file is removed and the old file is untouched; the
 * error is rethrown for the caller to classify (disk full, read-only, …).
 * This is the only function in the app that writes user files.
 */
export async function writeFileAtomic(
  target: string,
  data: FileContent,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { renameRetries = 6, renameRetryDelayMs = 25, platform = process.platform } = options;
  const file = await resolveTarget(target);
  const mode = await existingMode(file);
  if (mode !== undefined && (mode & 0o222) === 0) throw readOnlyError(file);
  const temp = tempPathFor(file);
  let handle: fs.FileHandle | undefined;
  try {
    // 'wx': never follow or clobber something already at the temp name.
    handle = await fs.open(temp, 'wx', mode ?? 0o666);
    await writeAll(handle, data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await fs.chmod(temp, mode);
    await renameWithRetry(temp, file, renameRetries, renameRetryDelayMs);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (platform !== 'win32') await syncDirectory(dirname(file));
}

async function writeAll(handle: fs.FileHandle, data: FileContent): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  for (const chunk of data) {
    // A write may take fewer bytes than offered (a full disk returns an error instead).
    for (let offset = 0; offset < chunk.length;) {
      offset += (await handle.write(chunk, offset)).bytesWritten;
    }
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(
  from: string,
  to: string,
  retries: number,
  delayMs: number,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= retries || !RETRYABLE_RENAME_CODES.has(code)) throw error;
      // Only worth retrying where a lock is plausible; a read-only folder
      // fails identically each time, so the loop is short (≈1.5 s at most).
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
}

/** fsync a directory so a rename in it is durable. Not possible on every FS; failures are harmless. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems (network shares, FAT) refuse directory fsync.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes temp files left in `dir` by writes that were killed mid-way (the
 * rename never happened, so they hold no newer data than the real file).
 * Only files older than `olderThanMs` go, so a write in progress in another
 * window is never disturbed. Returns the names removed.
 */
export async function sweepStaleTempFiles(
  dir: string,
  olderThanMs = 60_000,
  now = Date.now(),
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempFileName(name)) continue;
    const path = join(dir, name);
    try {
      const stat = await fs.stat(path);
      if (stat.isFile() && now - stat.mtimeMs > olderThanMs) {
        await fs.rm(path, { force: true });
        removed.push(name);
      }
    } catch {
      // Gone already or not ours to touch: leave it.
    }
  }
  return removed;
}
