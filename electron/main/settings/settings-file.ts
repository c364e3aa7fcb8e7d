import { writeFileAtomic } from '../fs/atomic-write';
import type { KeyValueStore } from './settings-store';

/** Writes a file's new content; the app's one atomic writer unless a test says otherwise. */
type Write = (path: string, data: string) => Promise<void>;

/**
 * settings.json, kept in memory and written through the app's one atomic
 * writer (electron/main/fs/atomic-write.ts) rather than electron-store's own:
 * that one falls back to a plain, non-atomic write on EXDEV and in Snap
 * packages, and does not fsync the folder. Writes happen after `set`
 * returns, one at a time; a burst of changes (the recent list and the window
 * position at close) becomes at most two writes, the last with the latest
 * values. The file format is electron-store's (tab-indented JSON, one key per
 * value), so existing settings keep working.
 */
export class SettingsFile implements KeyValueStore {
  private values: Record<string, unknown>;
  private dirty = false;
  private writing: Promise<void> | null = null;

  constructor(
    readonly path: string,
    initial: Record<string, unknown>,
    private readonly write: Write = writeFileAtomic,
  ) {
    this.values = { ...initial };
  }

  get(key: string): unknown {
    return this.values[key];
  }

  set(key: string, value: unknown): void {
    this.values = { ...this.values, [key]: value };
    this.dirty = true;
    this.writing ??= this.writeWhileDirty();
  }

  /**
   * Resolves once every change made so far is on disk, or its write failed
   * again: a change whose write failed earlier is tried once more here (the
   * app flushes at quit).
   */
  async flush(): Promise<void> {
    if (this.dirty) this.writing ??= this.writeWhileDirty();
    while (this.writing) await this.writing;
  }

  /** True while a change is not yet on disk. */
  hasPendingWrites(): boolean {
    return this.dirty || this.writing !== null;
  }

  private async writeWhileDirty(): Promise<void> {
    try {
      // Start after the current task: the changes one action makes together
      // (say, three keys in a row) land in one write, never half of them.
      await Promise.resolve();
      while (this.dirty) {
        this.dirty = false;
        const text = `${JSON.stringify(this.values, null, '\t')}\n`;
        try {
          await this.write(this.path, text);
        } catch (error) {
          // Preferences are not worth an error dialog: keep them in memory
          // and write them with the next change, or at quit.
          this.dirty = true;
          console.warn(`settings.json could not be written: ${(error as Error).message}`);
          return;
        }
      }
    } finally {
      this.writing = null;
    }
  }
}

/** What is needed to load settings.json: where it is, and a reader that throws on a damaged file. */
export interface SettingsSource {
  path: string;
  read(): Record<string, unknown>;
}

/**
 * Opens settings.json for the app: read once at start (by electron-store in
 * the app, see index.ts), written by SettingsFile from then on. A damaged or
 * unreadable file gives empty settings (SettingsStore fills defaults) and is
 * left as it is until the first change replaces it atomically.
 */
export function loadSettingsFile(source: SettingsSource, write?: Write): SettingsFile {
  let values: Record<string, unknown> = {};
  try {
    const read = source.read();
    if (typeof read === 'object' && read !== null && !Array.isArray(read)) values = read;
  } catch (error) {
    console.warn(`settings.json could not be read, using defaults: ${(error as Error).message}`);
  }
  return new SettingsFile(source.path, values, write);
}
