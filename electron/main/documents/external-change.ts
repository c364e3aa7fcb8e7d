/**
 * Detects that a meeting file was changed by another program since we last
 * read or wrote it: a colleague saving the same file from a second laptop,
 * a sync client (OneDrive, Dropbox) bringing down another version. Saving
 * over such a change would silently destroy someone's work, so the save is
 * refused and the secretary chooses (reload theirs, or keep hers as a copy).
 *
 * What we know of each file is its size, modification time and a SHA-256
 * of its bytes. Size and mtime are a cheap first look; only when either
 * differs is the file read and hashed, because sync clients and virus
 * scanners often rewrite or touch a file without changing its content, and
 * that must not be reported as a conflict.
 */
import { createHash } from 'node:crypto';
import type { FileContent } from '../fs/atomic-write';
import { promises as fs } from 'node:fs';
import { MAX_FILE_BYTES } from '../../../shared/format/envelope';
import { readRegularFile } from '../fs/read-regular-file';

/** What we recorded about a file's content on disk. */
export interface DiskFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The result of comparing the file on disk with what we recorded. */
export type DiskCheck =
  /** Same content as when we last read or wrote it. */
  | { state: 'unchanged' }
  /** Another program changed it. */
  | { state: 'changed'; recorded: DiskFingerprint; current: DiskFingerprint }
  /** It no longer exists (moved or deleted): writing it again loses nothing. */
  | { state: 'missing' }
  /** We never read or wrote this path in this session (e.g. Gem som… to a new file). */
  | { state: 'unknown' };

/** SHA-256 of bytes, hex. */
export function sha256(data: FileContent): string {
  const hash = createHash('sha256');
  if (typeof data === 'string' || data instanceof Uint8Array) hash.update(data);
  else for (const chunk of data) hash.update(chunk);
  return hash.digest('hex');
}

/** The current fingerprint of `path`, or null when it does not exist (or is unreadable). */
export async function fingerprintFile(path: string): Promise<DiskFingerprint | null> {
  try {
    const stat = await fs.stat(path);
    const read = await readRegularFile(path, MAX_FILE_BYTES);
    if (!read.ok) return null;
    return { size: read.bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(read.bytes) };
  } catch {
    return null;
  }
}

/** Paths compare case-insensitively where the file systems usually are (Windows, macOS). */
function keyOf(path: string, platform: NodeJS.Platform): string {
  return platform === 'linux' ? path : path.toLowerCase();
}

/**
 * What we know of a file. After our own write the hash is computed only
 * when someone asks (size or mtime changed): hashing every autosave of a
 * large meeting would cost more than the write.
 */
interface Known {
  size: number;
  mtimeMs: number;
  sha256: () => string;
}

function known(fingerprint: DiskFingerprint): Known {
  return { ...fingerprint, sha256: () => fingerprint.sha256 };
}

function lazyHash(data: FileContent): () => string {
  let hash: string | undefined;
  return () => (hash ??= sha256(data));
}

/** The version of each open file that we last read or wrote, for one app session. */
export class DiskVersions {
  private readonly known = new Map<string, Known>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  /** Records what is on disk at `path` now (after opening it). */
  async recordCurrent(path: string): Promise<void> {
    const current = await fingerprintFile(path);
    if (current) this.known.set(keyOf(path, this.platform), known(current));
    else this.forget(path);
  }

  /**
   * Records that we just wrote `data` to `path`. The hash is of what we
   * wrote; size and mtime come from the disk, so a program that writes in
   * the same instant still shows up as a difference next time.
   */
  async recordWritten(path: string, data: FileContent): Promise<void> {
    try {
      const stat = await fs.stat(path);
      this.known.set(keyOf(path, this.platform), {
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        sha256: lazyHash(data),
      });
    } catch {
      this.forget(path);
    }
  }

  /** Stops tracking `path`. */
  forget(path: string): void {
    this.known.delete(keyOf(path, this.platform));
  }

  /** Compares the file on disk with what we recorded. */
  async check(path: string): Promise<DiskCheck> {
    const recorded = this.known.get(keyOf(path, this.platform));
    if (!recorded) return { state: 'unknown' };
    const stat = await fs.stat(path).catch(() => null);
    if (stat === null) return { state: 'missing' };
    if (stat.size === recorded.size && stat.mtimeMs === recorded.mtimeMs) {
      return { state: 'unchanged' };
    }
    const current = await fingerprintFile(path);
    if (current === null) return { state: 'missing' };
    const recordedHash = recorded.sha256();
    if (current.sha256 === recordedHash) {
      // Touched, not changed: remember the new time so the next check is cheap again.
      this.known.set(keyOf(path, this.platform), known(current));
      return { state: 'unchanged' };
    }
    return {
      state: 'changed',
      recorded: { size: recorded.size, mtimeMs: recorded.mtimeMs, sha256: recordedHash },
      current,
    };
  }
}
