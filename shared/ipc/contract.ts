import { z } from 'zod';
import { LIMITS } from '../format/limits';
import { meetingSchema } from '../model/schema';
import { templateSchema } from '../template/schema';
import type { IpcChannel, IpcEvent } from './channels';
import type { Result } from './result';

/**
 * The one IPC contract between the renderer and the main process: for each
 * channel, the schema of its request (validated in main before any handler
 * runs) and the schema of its reply (for types). The preload, the main-side
 * wrappers and the renderer's client all derive their types from this map.
 */

const filePath = z.string().min(1).max(4096);

/** An open document, as main names it to the page (see electron/main/documents/open-documents.ts). */
const handle = z.string().min(1).max(100);

const openedMeetingSchema = z.object({
  handle,
  /** The file's name for display ("Direktionen 2018-01-29.referat"); null while it has none. */
  fileName: z.string().nullable(),
  meeting: meetingSchema,
  /** Schema version the file had before it was migrated, or null. */
  migratedFrom: z.number().nullable(),
  /** What was repaired on reading (one Danish line each); the text itself is never changed. */
  notices: z.array(z.string()).default([]),
});

const recentFileSchema = z.object({
  path: filePath,
  title: z.string(),
  openedAt: z.string(),
});

/**
 * Where the secretary last wrote in a meeting, so opening it again puts the
 * caret back there: the item (null: Mødeoplysninger) and the field's
 * element id ("item-title", "meeting-body", "section-baggrund-<item>-text").
 */
export const lastPlaceSchema = z.object({
  itemId: z.string().min(1).max(100).nullable(),
  field: z.string().min(1).max(300),
});

export const settingsSchema = z.object({
  secretaryName: z.string().max(500).default(''),
  defaultBody: z.string().max(500).default(''),
  defaultVenue: z.string().max(2000).default(''),
  standardPhrases: z
    .array(z.string().max(1000))
    .max(50)
    .default([
      'Taget til efterretning.',
      'Godkendt.',
      'Godkendt som indstillet.',
      'Drøftet.',
      'Udsat.',
    ]),
  /** The public Word version shows a closed item's title and decision (some municipalities publish them). */
  publicShowsClosedTitles: z.boolean().default(false),
  /** Danish spellchecking while typing (Hunspell in a worker, offline). */
  spellcheck: z.boolean().default(true),
  /** Words the spellchecker accepts in every meeting ("Tilføj til ordbog"); editable in Indstillinger. */
  personalDictionary: z.array(z.string().min(1).max(100)).max(10000).default([]),
});

/** Part of a meeting as JSON text (autosave builds it from cached per-item JSON; see meeting-json.ts). */
const meetingJson = z.string().min(2).max(LIMITS.fileBytes);

/**
 * What changed since the last save: the header, and each item either as
 * JSON or by id alone when main already holds that version. Main answers
 * with the ids it lacks (nothing is written then) and the renderer resends
 * those in full.
 */
const meetingParts = {
  handle,
  header: meetingJson,
  items: z
    .array(z.object({ id: z.string().min(1).max(100), json: meetingJson.optional() }))
    .max(LIMITS.items),
};

/**
 * The request of the export channels: the page's changes since its last
 * save, as autosave sends them (`meetingParts`), and which version. Main
 * applies them to the document it holds and exports that: a 290-page
 * meeting is not sent and validated again for each export.
 */
const exportRequest = z.object({
  ...meetingParts,
  version: z.enum(['public', 'internal']),
  publicShowsClosedTitles: z.boolean().optional(),
  /** 'dagsorden': the meeting as sent out before it is held (no decisions, attendance or votes). */
  document: z.enum(['referat', 'dagsorden']).optional(),
});
/**
 * Where the file was written (null when the save dialog was cancelled or
 * items are `missing`: main lacks them, nothing was exported, the page
 * resends them in full as after an autosave).
 */
const exportResponse = z.object({ path: filePath.nullable(), missing: z.array(z.string()) });

/** What the Word import found, for the preview (see shared/import/recognise.ts). */
const importReportSchema = z.object({
  body: z.string(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  venue: z.string(),
  participants: z.array(z.string()),
  itemsFoundBy: z.enum(['pattern', 'headings', 'bold', 'numbered-list', 'none']),
  items: z.array(
    z.object({
      number: z.number(),
      title: z.string(),
      caseNumber: z.string(),
      closed: z.boolean(),
      filled: z.array(z.string()),
    }),
  ),
  unplaced: z.array(z.string()),
  notices: z.array(z.string()),
});

/** An import main holds until the secretary creates the meeting or cancels. */
const importId = z.string().min(1).max(100);

const recoveryEntrySchema = z.object({ id: z.string(), title: z.string(), savedAt: z.string() });

const none = z.undefined();

/**
 * A template in the library, named by a key main made ("indbygget:udvalg",
 * "bruger:udvalg.referat-skabelon", "faelles:…"): the page names templates
 * by these keys, never by path.
 */
const templateKey = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(indbygget|bruger|faelles):[^/\\]+$/, 'not a template key');

const templateLibraryEntrySchema = z.object({
  key: templateKey,
  source: z.enum(['built-in', 'user', 'shared']),
  /** The file's name in its folder; null for a built-in. */
  fileName: z.string().nullable(),
  /** The template's name, or the file's name when it is not a valid template. */
  name: z.string(),
  /** Null when the file is not a valid template (then `problems` says why, in Danish). */
  template: templateSchema.nullable(),
  problems: z.array(z.string()),
  warnings: z.array(z.string()),
});

const templateLibrarySchema = z.object({
  entries: z.array(templateLibraryEntrySchema),
  /** Where the user's own templates live (shown so IT and the secretary can find them). */
  userFolder: z.string(),
  /** The municipality's read-only folder, or null when none is set. */
  sharedFolder: z.string().nullable(),
  /** True when it was set with `--skabelonmappe` (the setting cannot change it). */
  sharedFolderLocked: z.boolean(),
  /** Folder-level problems (the shared folder is missing or unreadable), Danish. */
  problems: z.array(z.string()),
});

export const ipcContract = {
  'app:info': { request: none, response: z.object({ version: z.string(), platform: z.string() }) },
  /** Files the OS asked to open before the page listened; later ones arrive as 'app:open-file'. */
  'app:pending-files': { request: none, response: z.array(filePath) },
  /**
   * Closing the window: 'listening' once the page handles 'app:close-requested'
   * (arms the guard); then per request 'close' (nothing unsaved is lost) or 'stay'.
   */
  'app:confirm-close': {
    request: z.object({ answer: z.enum(['listening', 'close', 'stay']) }),
    response: z.null(),
  },
  /** What the native menu needs to grey out commands (see isCommandEnabled). */
  'app:ui-state': { request: z.object({ meetingOpen: z.boolean() }), response: z.null() },
  /**
   * A new meeting from the user's defaults, written with the library's
   * template `template` (the first built-in when left out or no longer
   * valid); main holds it (in the recovery area until Gem som…).
   */
  'meeting:create': {
    request: z.object({ template: templateKey.optional() }).optional(),
    response: openedMeetingSchema,
  },
  /** "Nyt møde ud fra dette": the next meeting of the same body, from the open one. */
  'meeting:create-from': { request: z.object({ handle }), response: openedMeetingSchema },
  'meeting:open-dialog': { request: none, response: openedMeetingSchema.nullable() },
  /** Opens a file the user chose earlier: from the recent list, or one the OS asked to open. */
  'meeting:open-path': { request: z.object({ path: filePath }), response: openedMeetingSchema },
  /** Opens the backup of such a file, when the file itself cannot be read. */
  'meeting:open-backup': { request: z.object({ path: filePath }), response: openedMeetingSchema },
  /** The open file again from disk (another program changed it; the secretary chose theirs). */
  'meeting:reload': { request: z.object({ handle }), response: openedMeetingSchema },
  /**
   * Autosave: apply `meetingParts` and write the file (or the recovery copy).
   * `force`: overwrite although another program changed the file.
   */
  'meeting:save-parts': {
    request: z.object({ ...meetingParts, force: z.boolean().optional() }),
    response: z.object({ savedAt: z.string().nullable(), missing: z.array(z.string()) }),
  },
  /** "Gem som…": apply the parts, ask where, write there; the document lives there from now on. */
  'meeting:save-as': {
    request: z.object(meetingParts),
    response: z.object({
      saved: z.object({ fileName: z.string(), savedAt: z.string() }).nullable(),
      missing: z.array(z.string()),
    }),
  },
  /** The page is done with a document. */
  'meeting:close': { request: z.object({ handle }), response: z.null() },
  'recovery:list': { request: none, response: z.array(recoveryEntrySchema) },
  'recovery:open': {
    request: z.object({ id: z.string().min(1).max(100) }),
    response: openedMeetingSchema,
  },
  'recovery:discard': { request: z.object({ id: z.string().min(1).max(100) }), response: z.null() },
  'attachment:choose-file': { request: none, response: filePath.nullable() },
  'recent:list': { request: none, response: z.array(recentFileSchema) },
  'recent:forget': { request: z.object({ path: filePath }), response: z.array(recentFileSchema) },
  /** Where the secretary last wrote in the meeting with this id; null when not remembered. */
  'place:get': {
    request: z.object({ meetingId: z.string().min(1).max(100) }),
    response: lastPlaceSchema.nullable(),
  },
  'place:remember': {
    request: z.object({ meetingId: z.string().min(1).max(100), place: lastPlaceSchema }),
    response: z.null(),
  },
  'settings:get': { request: none, response: settingsSchema },
  'settings:update': { request: settingsSchema.partial(), response: settingsSchema },
  /**
   * "Importér dagsorden fra Word…": open dialog (.docx), read and recognise
   * the file with the library's template that fits it best; null when
   * cancelled. `templates` are the library's valid templates at that moment
   * (built-in, the municipality's, the user's), named by key: two may share
   * a template id. Main keeps the document and that list until
   * 'agenda:import-create' or 'agenda:import-cancel'.
   */
  'agenda:import-dialog': {
    request: none,
    response: z
      .object({
        importId,
        fileName: z.string(),
        templateKey,
        templates: z.array(
          z.object({
            key: templateKey,
            name: z.string(),
            source: z.enum(['built-in', 'user', 'shared']),
          }),
        ),
        report: importReportSchema,
      })
      .nullable(),
  },
  /** The same document read with another template of the import's list, for the preview. */
  'agenda:import-preview': {
    request: z.object({ importId, templateKey }),
    response: importReportSchema,
  },
  /** "Opret møde": a new, unnamed meeting from the import (like 'meeting:create'). */
  'agenda:import-create': {
    request: z.object({ importId, templateKey }),
    response: openedMeetingSchema,
  },
  'agenda:import-cancel': { request: z.object({ importId }), response: z.null() },
  /** The template library: built-ins, the municipality's folder, the user's own (invalid files with their problems). */
  'templates:list': { request: none, response: templateLibrarySchema },
  /**
   * Saves a template from the editor into the user folder: over the user
   * file `replace` names, else as a new file. Returns the entry's key.
   */
  'templates:save': {
    request: z.object({ template: templateSchema, replace: templateKey.nullable() }),
    response: z.object({ key: templateKey }),
  },
  /**
   * "Importér skabelon…": open dialog, validate, copy into the user folder.
   * null when cancelled; `problems` (Danish) when the file is not a valid template.
   */
  'templates:import': {
    request: none,
    response: z
      .object({
        key: templateKey.nullable(),
        name: z.string(),
        problems: z.array(z.string()),
        warnings: z.array(z.string()),
      })
      .nullable(),
  },
  /**
   * The shared template folder setting: `choose` opens a folder dialog in
   * main (the page never names a path), otherwise it is cleared. Replies
   * with the library as it now is; null when the dialog was cancelled.
   */
  'templates:set-shared-folder': {
    request: z.object({ choose: z.boolean() }),
    response: templateLibrarySchema.nullable(),
  },
  /**
   * "Vælg logo…": an open dialog for a PNG or JPEG in main (the page never
   * names a path); main reads and checks it and replies with the data URL
   * for the template's logo, or a Danish `problem`; null when cancelled.
   */
  'templates:pick-logo': {
    request: none,
    response: z
      .union([z.object({ image: z.string() }), z.object({ problem: z.string() })])
      .nullable(),
  },
  /** "Eksportér skabelon…": save dialog, atomic write; null when cancelled. */
  'templates:export': {
    request: z.object({ key: templateKey }),
    response: z.object({ path: filePath }).nullable(),
  },
  /**
   * "Slet skabelon": the user's own template leaves the library (to the OS
   * trash). Replies with the library as it now is; 'not-found' for a key
   * that names no user template (built-in and shared ones cannot go).
   */
  'templates:delete': {
    request: z.object({ key: templateKey }),
    response: templateLibrarySchema,
  },
  /** Export to Word: the page's changes applied, save dialog, export in a worker, atomic write. */
  'export:docx': { request: exportRequest, response: exportResponse },
  /** Export to an accessible PDF (same pages as the Word file), as 'export:docx' does. */
  'export:pdf': { request: exportRequest, response: exportResponse },
  /** "Vis i mappe" / open for a file exported in this session (any other path is refused). */
  'shell:show-in-folder': { request: z.object({ path: filePath }), response: z.null() },
  'shell:open-path': { request: z.object({ path: filePath }), response: z.null() },
} satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

/** Main → renderer events and their payloads. */
export const ipcEventContract = {
  /** A menu item or OS action asks the renderer to run a command by id. */
  'app:command': z.object({ command: z.string().min(1).max(100) }),
  /** The OS asked to open a file (double-click, second instance, macOS open-file). */
  'app:open-file': z.object({ path: filePath }),
  /**
   * The user closes the window or quits: the renderer saves or asks about
   * unsaved text, then answers with 'app:confirm-close'.
   */
  'app:close-requested': z.object({ quitting: z.boolean() }),
} satisfies Record<IpcEvent, z.ZodType>;

/** The request payload of a channel, as the caller writes it. */
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['request']>;
/** The value a channel replies with on success. */
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['response']>;
/** The payload of a main → renderer event. */
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEventContract)[E]>;

/** A meeting main opened or created, with its handle. */
export type OpenedMeeting = z.output<typeof openedMeetingSchema>;
/** An entry of the recent-files list. */
export type RecentFile = z.output<typeof recentFileSchema>;
/** What the Word import found, as the preview shows it. */
export type ImportReportView = z.output<typeof importReportSchema>;
/** A meeting found in the recovery area after a crash. */
export type RecoveryEntry = z.output<typeof recoveryEntrySchema>;
/** Where the secretary last wrote in a meeting. */
export type LastPlace = z.output<typeof lastPlaceSchema>;
/** A template in the library. */
export type TemplateLibraryEntry = z.output<typeof templateLibraryEntrySchema>;
/** The template library as listed. */
export type TemplateLibrary = z.output<typeof templateLibrarySchema>;
/** The user's preferences. */
export type Settings = z.output<typeof settingsSchema>;

/** Arguments of `invoke` for a channel: none when the request is empty. */
export type IpcArgs<C extends IpcChannel> = [IpcRequest<C>] extends [undefined]
  ? []
  : undefined extends IpcRequest<C>
    ? [request?: IpcRequest<C>]
    : [request: IpcRequest<C>];

/**
 * What the preload exposes as `window.referat`. The preload is checked
 * against this with `satisfies`; the test harness implements it too.
 */
export interface ReferatApi {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<Result<IpcResponse<C>>>;
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}
