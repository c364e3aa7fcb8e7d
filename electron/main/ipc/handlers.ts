import { join } from 'node:path';
import type { z } from 'zod';
import type { CommandState } from '../../../shared/commands/commands';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type {
  ipcContract,
  IpcRequest,
  IpcResponse,
  OpenedMeeting,
} from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { meetingTitle, suggestedFileName } from '../../../shared/model/derived';
import { createMeeting, type Meeting } from '../../../shared/model/meeting';
import { meetingFromThis } from '../../../shared/model/meeting-from-this';
import { ChosenPaths } from '../documents/chosen-paths';
import { openBackup, openMeeting, writeMeetingText } from '../documents/document-store';
import { DiskVersions } from '../documents/external-change';
import { OpenDocuments, type OpenDocument } from '../documents/open-documents';
import { RecoveryStore } from '../documents/recovery-store';
import { createExportHandlers, type ExportDeps } from '../export/export-handlers';
import type { ExportFormat } from '../export/worker-protocol';
import { createImportHandlers } from '../import/import-handlers';
import type { OpenDagsorden } from '../import/word-reader';
import type { SettingsStore } from '../settings/settings-store';
import { createTemplateHandlers, type TemplateDeps } from '../templates/template-handlers';
import { TemplateLibraryFolders, USER_TEMPLATE_FOLDER } from '../templates/template-library';

/** Native dialogs, injected so tests can answer them. Each returns null when cancelled. */
export interface Dialogs {
  chooseMeetingToOpen(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** A file to link to a bilag (any type). */
  chooseAttachment(): Promise<string | null>;
  /** A Word dagsorden to import (.docx); absent where no import is wired. */
  chooseWordAgenda?(): Promise<string | null>;
}

/** Everything the handlers need from the outside world. */
export interface HandlerDeps {
  appVersion: string;
  platform: string;
  now: () => Date;
  settings: SettingsStore;
  dialogs: Dialogs;
  /** The app's data folder (Electron: app.getPath('userData')); the recovery area lives in it. */
  dataFolder: string;
  /** Files the user chose outside the page (the OS, the native menu's recent list); shared with open-files/. */
  chosenPaths?: ChosenPaths;
  /** The open documents; shared with the close guard, which saves them when the page hangs. */
  documents?: OpenDocuments;
  /** Called after a meeting was opened or saved under a new path (e.g. the OS recent-documents list). */
  onDocumentUsed?: (path: string) => void;
  /** Hands over files the OS asked to open (see open-files/); none when not wired. */
  takePendingFiles?: () => string[];
  /** The page's messages about closing the window (see close-guard.ts). */
  confirmClose?: (answer: 'listening' | 'close' | 'stay') => void;
  /** The page's state, for enabling menu items (see shared/commands). */
  onUiState?: (state: CommandState) => void;
  /** Export to Word and the shell actions after it (see export/); replies 'internal' when not wired. */
  exportDocx?: ExportDeps;
  /** Where the Word import reads and holds a .docx (a worker in the app); in this thread when not given. */
  openDagsorden?: OpenDagsorden;
  /**
   * The template library and its dialogs (see templates/). When not wired:
   * the user folder in `dataFolder`, the shared folder from the settings,
   * and dialogs that answer "cancelled".
   */
  templates?: TemplateDeps;
}

/** A handler receives the validated request and replies with a Result. */
export type IpcHandlers = {
  [C in IpcChannel]: (
    request: z.output<(typeof ipcContract)[C]['request']>,
  ) => Promise<Result<IpcResponse<C>>>;
};

/** Local date as YYYY-MM-DD: a meeting's date is the date on the secretary's wall calendar. */
function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const notOpen = () => err<never>({ code: 'document-not-open' });

/** The main-process side of every IPC channel, free of Electron so it can be tested directly. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const { settings } = deps;
  const writeContext = () => ({ appVersion: deps.appVersion, savedAt: deps.now().toISOString() });
  const recovery = new RecoveryStore(join(deps.dataFolder, 'recovery'), deps);
  const documents = deps.documents ?? new OpenDocuments();
  const chosen = deps.chosenPaths ?? new ChosenPaths();
  const exports = createExportHandlers(deps.exportDocx);
  const templates: TemplateDeps = deps.templates ?? {
    library: new TemplateLibraryFolders({
      userFolder: join(deps.dataFolder, USER_TEMPLATE_FOLDER),
      sharedFolder: () => settings.sharedTemplateFolder(),
    }),
    chooseImport: () => Promise.resolve(null),
    chooseExportPath: () => Promise.resolve(null),
    setSharedFolder: (folder) => settings.setSharedTemplateFolder(folder),
  };
  // Meeting files (not recovery copies) are checked for changes by other programs before saving.
  const versions = new DiskVersions();

  /** The recent list and the OS are told only on open and Gem som…, never on autosave. */
  const remember = (path: string, meeting: Meeting) => {
    chosen.add(path);
    settings.rememberRecent(path, meetingTitle(meeting), deps.now());
    deps.onDocumentUsed?.(path);
  };

  const opened = (
    entry: OpenDocument,
    migratedFrom: number | null = null,
    notices: string[] = [],
  ): OpenedMeeting => {
    const meeting = entry.document.meeting();
    // A meeting is open: have the export ready before the first Ctrl+E.
    exports.prepare(meeting);
    return {
      handle: entry.handle,
      fileName: entry.path === null ? null : baseName(entry.path),
      meeting,
      migratedFrom,
      notices,
    };
  };

  /** Reads a file the user chose and holds it; the recent list learns of it. */
  const openFile = async (path: string, fromBackup = false): Promise<Result<OpenedMeeting>> => {
    const result = fromBackup
      ? await openBackup(path, versions)
      : await openMeeting(path, versions);
    if (!result.ok) return result;
    const { meeting, migratedFrom, notices } = result.value;
    // Held first: only a meeting main could take enters the recent list.
    const entry = documents.add(meeting, path);
    remember(path, meeting);
    return ok(opened(entry, migratedFrom, notices));
  };

  /** Only paths the user chose, or that are on the recent list (chosen in an earlier session). */
  const wasChosen = (path: string) =>
    chosen.has(path) || settings.recentFiles().some((file) => file.path === path);
  const notChosen = (path: string) =>
    Promise.resolve(
      err<never>({
        code: 'invalid-request',
        detail: `not a file the user chose: ${baseName(path)}`,
      }),
    );

  /** Writes the document as held to where it lives now (its file, or the recovery area). */
  const writeHeld = async (entry: OpenDocument, force: boolean): Promise<Result<string>> => {
    const context = writeContext();
    const bytes = entry.document.fileBytes(context);
    if (!bytes.ok) return bytes;
    const written = entry.path
      ? await writeMeetingText(entry.path, bytes.value, {
          appVersion: deps.appVersion,
          now: deps.now,
          versions,
          force,
        })
      : await recovery.write(entry.recoveryId, bytes.value);
    return written.ok ? ok(context.savedAt) : written;
  };

  /**
   * Export: the page's unsaved changes are applied to the held document (as
   * an autosave would, without writing the file: autosave does that), and
   * the held document is exported. Only what changed crosses and is
   * validated; the editors were flushed into those parts, so the export
   * never lags what the secretary typed. Works alike for a meeting without
   * a file yet: main holds it all the same.
   */
  const exportHeld = async (
    format: ExportFormat,
    { handle, header, items, ...request }: IpcRequest<'export:docx'>,
  ): Promise<Result<IpcResponse<'export:docx'>>> => {
    const entry = documents.get(handle);
    if (!entry) return notOpen();
    const applied = entry.document.apply({ header, items });
    if (!applied.ok) return applied;
    const { missing } = applied.value;
    if (missing.length > 0) return ok({ path: null, missing });
    const exported = await exports.exportMeeting(format, {
      ...request,
      meeting: entry.document.meeting(),
    });
    return exported.ok ? ok({ path: exported.value?.path ?? null, missing: [] }) : exported;
  };

  return {
    'app:info': () => Promise.resolve(ok({ version: deps.appVersion, platform: deps.platform })),
    'app:pending-files': () => {
      const files = deps.takePendingFiles?.() ?? [];
      for (const path of files) chosen.add(path);
      return Promise.resolve(ok(files));
    },
    'app:confirm-close': ({ answer }) => {
      deps.confirmClose?.(answer);
      return Promise.resolve(ok(null));
    },
    'app:ui-state': (state) => {
      deps.onUiState?.(state);
      return Promise.resolve(ok(null));
    },
    'meeting:create': async (request) => {
      const { defaultBody, defaultVenue, secretaryName } = settings.getSettings();
      // A key that no longer names a valid template (a file IT removed) falls back to the default.
      const template = request?.template
        ? ((await templates.library.find(request.template)) ?? undefined)
        : undefined;
      const meeting = createMeeting(
        localIsoDate(deps.now()),
        { body: defaultBody, venue: defaultVenue, secretaryName },
        template,
      );
      return ok(opened(documents.add(meeting, null)));
    },
    'meeting:create-from': ({ handle }) => {
      const entry = documents.get(handle);
      if (!entry) return Promise.resolve(notOpen());
      const next = meetingFromThis(entry.document.meeting(), localIsoDate(deps.now()));
      return Promise.resolve(ok(opened(documents.add(next, null))));
    },
    'meeting:open-dialog': async () => {
      const path = await deps.dialogs.chooseMeetingToOpen();
      if (path === null) return ok(null);
      // Chosen even if it cannot be read: its backup may be offered next.
      chosen.add(path);
      return openFile(path);
    },
    'meeting:open-path': ({ path }) => (wasChosen(path) ? openFile(path) : notChosen(path)),
    'meeting:open-backup': ({ path }) => (wasChosen(path) ? openFile(path, true) : notChosen(path)),
    'meeting:reload': async ({ handle }) => {
      const entry = documents.get(handle);
      if (!entry?.path) return notOpen();
      const result = await openFile(entry.path);
      if (result.ok) documents.close(handle);
      return result;
    },
    'meeting:save-parts': async ({ handle, force, ...parts }) => {
      const entry = documents.get(handle);
      if (!entry) return notOpen();
      exports.noteActivity();
      const applied = entry.document.apply(parts);
      if (!applied.ok) return applied;
      const { missing } = applied.value;
      if (missing.length > 0) return ok({ savedAt: null, missing });
      const written = await writeHeld(entry, force ?? false);
      return written.ok ? ok({ savedAt: written.value, missing }) : written;
    },
    'meeting:save-as': async ({ handle, ...parts }) => {
      const entry = documents.get(handle);
      if (!entry) return notOpen();
      const applied = entry.document.apply(parts);
      if (!applied.ok) return applied;
      if (applied.value.missing.length > 0)
        return ok({ saved: null, missing: applied.value.missing });
      const meeting = entry.document.meeting();
      const path = await deps.dialogs.chooseSavePath(suggestedFileName(meeting));
      if (path === null) return ok({ saved: null, missing: [] });
      const previous = entry.path;
      entry.path = path;
      // The save dialog already asked whether to replace an existing file.
      const written = await writeHeld(entry, true);
      if (!written.ok) {
        entry.path = previous;
        return written;
      }
      remember(path, meeting);
      // The meeting has a real file now: its recovery copy is no longer needed.
      if (previous === null) await recovery.discard(entry.recoveryId);
      return ok({ saved: { fileName: baseName(path), savedAt: written.value }, missing: [] });
    },
    'meeting:close': ({ handle }) => {
      documents.close(handle);
      return Promise.resolve(ok(null));
    },
    'recovery:list': async () => ok(await recovery.list()),
    'recovery:open': async ({ id }) => {
      const meeting = await recovery.load(id);
      return meeting
        ? ok(opened(documents.add(meeting, null)))
        : err({ code: 'not-found', path: recovery.pathFor(id) });
    },
    'recovery:discard': async ({ id }) => {
      await recovery.discard(id);
      return ok(null);
    },
    'attachment:choose-file': async () => ok(await deps.dialogs.chooseAttachment()),
    'recent:list': () => Promise.resolve(ok(settings.recentFiles())),
    'recent:forget': ({ path }) => Promise.resolve(ok(settings.forgetRecent(path))),
    'place:get': ({ meetingId }) => Promise.resolve(ok(settings.lastPlace(meetingId))),
    'place:remember': ({ meetingId, place }) => {
      settings.rememberPlace(meetingId, place);
      return Promise.resolve(ok(null));
    },
    'settings:get': () => Promise.resolve(ok(settings.getSettings())),
    'settings:update': (patch) => Promise.resolve(ok(settings.updateSettings(patch))),
    'export:docx': (request) => exportHeld('docx', request),
    'export:pdf': (request) => exportHeld('pdf', request),
    'shell:show-in-folder': exports['shell:show-in-folder'],
    'shell:open-path': exports['shell:open-path'],
    ...createImportHandlers({
      chooseWordFile: () => deps.dialogs.chooseWordAgenda?.() ?? Promise.resolve(null),
      context: () => {
        const { defaultBody, defaultVenue, secretaryName } = settings.getSettings();
        return {
          today: localIsoDate(deps.now()),
          defaults: { body: defaultBody, venue: defaultVenue, secretaryName },
        };
      },
      hold: (meeting) => opened(documents.add(meeting, null)),
      library: templates.library,
      ...(deps.openDagsorden ? { openDagsorden: deps.openDagsorden } : {}),
    }),
    ...createTemplateHandlers(templates),
  };
}
