import { z } from 'zod';
import {
  lastPlaceSchema,
  settingsSchema,
  type LastPlace,
  type RecentFile,
  type Settings,
} from '../../../shared/ipc/contract';

/** Where settings are kept: settings.json in the app (settings-file.ts), a Map in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Saved window geometry. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.output<typeof windowStateSchema>;

const recentFilesSchema = z.array(
  z.object({ path: z.string(), title: z.string(), openedAt: z.string() }),
);

const lastPlacesSchema = z.array(lastPlaceSchema.extend({ meetingId: z.string() }));

/** How many meetings' last places are remembered (a year of weekly meetings and then some). */
export const MAX_LAST_PLACES = 100;

/** How many recent files are remembered. */
export const MAX_RECENT_FILES = 10;

/**
 * Preferences, recent files and window geometry. Meetings never go here:
 * they live in their own `.referat` files written by the atomic writer.
 * Every value read back is validated, so a hand-edited or damaged settings
 * file falls back to defaults instead of crashing the app.
 */
export class SettingsStore {
  constructor(private readonly store: KeyValueStore) {}

  /** The user's preferences, with defaults for anything missing or invalid. */
  getSettings(): Settings {
    const parsed = settingsSchema.safeParse(this.store.get('settings') ?? {});
    return parsed.success ? parsed.data : settingsSchema.parse({});
  }

  /** Merges `patch` into the preferences and returns the result. */
  updateSettings(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.getSettings(), ...patch });
    this.store.set('settings', next);
    return next;
  }

  /** Recently opened or saved meetings, newest first. */
  recentFiles(): RecentFile[] {
    const parsed = recentFilesSchema.safeParse(this.store.get('recentFiles') ?? []);
    return parsed.success ? parsed.data : [];
  }

  /** Puts `path` first in the recent list. */
  rememberRecent(path: string, title: string, openedAt: Date): RecentFile[] {
    const rest = this.recentFiles().filter((file) => !samePath(file.path, path));
    const next = [{ path, title, openedAt: openedAt.toISOString() }, ...rest].slice(
      0,
      MAX_RECENT_FILES,
    );
    this.store.set('recentFiles', next);
    return next;
  }

  /** Removes `path` from the recent list (e.g. the file no longer exists). */
  forgetRecent(path: string): RecentFile[] {
    const next = this.recentFiles().filter((file) => !samePath(file.path, path));
    this.store.set('recentFiles', next);
    return next;
  }

  /**
   * Where the secretary last wrote in the meeting `meetingId`. Kept here and
   * not in the meeting file: it is this person's place on this machine, and
   * moving the caret must not make a file "changed" for others who share it.
   */
  lastPlace(meetingId: string): LastPlace | null {
    const parsed = lastPlacesSchema.safeParse(this.store.get('lastPlaces') ?? []);
    const found = parsed.success ? parsed.data.find((p) => p.meetingId === meetingId) : undefined;
    return found ? { itemId: found.itemId, field: found.field } : null;
  }

  /** Remembers the place for `meetingId`, newest first, forgetting the oldest beyond the limit. */
  rememberPlace(meetingId: string, place: LastPlace): void {
    const parsed = lastPlacesSchema.safeParse(this.store.get('lastPlaces') ?? []);
    const rest = (parsed.success ? parsed.data : []).filter((p) => p.meetingId !== meetingId);
    this.store.set('lastPlaces', [{ meetingId, ...place }, ...rest].slice(0, MAX_LAST_PLACES));
  }

  /** Last window geometry, or null. */
  windowState(): WindowState | null {
    const parsed = windowStateSchema.safeParse(this.store.get('windowState'));
    return parsed.success ? parsed.data : null;
  }

  /** Remembers window geometry for the next start. */
  saveWindowState(state: WindowState): void {
    this.store.set('windowState', state);
  }

  /** The folder of the last Word export, where the next export's save dialog starts; null if none. */
  lastExportFolder(): string | null {
    const folder = this.store.get('lastExportFolder');
    return typeof folder === 'string' && folder.length > 0 && folder.length <= 4096 ? folder : null;
  }

  /**
   * The municipality's read-only template folder, as IT set it in
   * settings.json ("sharedTemplateFolder"); null when not set. Not one of
   * the page's settings: the page never hands main a path.
   */
  sharedTemplateFolder(): string | null {
    const folder = this.store.get('sharedTemplateFolder');
    return typeof folder === 'string' && folder.trim() !== '' && folder.length <= 4096
      ? folder.trim()
      : null;
  }

  /** Sets (or with null, clears) the shared template folder, as chosen in Skabeloner…. */
  setSharedTemplateFolder(folder: string | null): void {
    this.store.set('sharedTemplateFolder', folder ?? '');
  }

  /** Remembers the folder a Word export was saved in. */
  rememberExportFolder(folder: string): void {
    this.store.set('lastExportFolder', folder);
  }
}

/** Paths compare case-insensitively on Windows and macOS, where the file systems usually are. */
function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}
