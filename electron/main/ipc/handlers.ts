import type { IpcChannel } from '../../../shared/ipc/channels';
import type { ipcContract, IpcResponse } from '../../../shared/ipc/contract';
import { openedSessionKey } from '../../../shared/ipc/channels';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { createMeeting } from '../../../shared/model/meeting';
import { meetingTitle, suggestedFileName } from '../../../shared/model/derived';
import { openBackup, openMeeting, saveMeeting } from '../documents/document-store';
import { DiskVersions } from '../documents/external-change';
import type { CommandState } from '../../../shared/commands/commands';
import { RecoveryStore } from '../documents/recovery-store';
import { PartsCache } from '../documents/save-parts';
import { join } from 'node:path';
import type { SettingsStore } from '../settings/settings-store';
import { createExportHandlers, type ExportDeps } from '../export/export-handlers';
import type { z } from 'zod';

/** Native dialogs, injected so tests can answer them. Each returns null when cancelled. */
export interface Dialogs {
  chooseMeetingToOpen(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** A file to link to a bilag (any type). */
  chooseAttachment(): Promise<string | null>;
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
  /** Called after a meeting was opened or saved under a path (e.g. the OS recent-documents list). */
  onDocumentUsed?: (path: string) => void;
  /** Hands over files the OS asked to open (see open-files/); none when not wired. */
  takePendingFiles?: () => string[];
  /** The page's messages about closing the window (see close-guard.ts). */
  confirmClose?: (answer: 'listening' | 'close' | 'stay') => void;
  /** The page's state, for enabling menu items (see shared/commands). */
  onUiState?: (state: CommandState) => void;
  /** Export to Word and the shell actions after it (see export/); replies 'internal' when not wired. */
  exportDocx?: ExportDeps;
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

/** The main-process side of every IPC channel, free of Electron so it can be tested directly. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const { settings } = deps;
  const saveContext = { appVersion: deps.appVersion, now: deps.now };
  const recovery = new RecoveryStore(join(deps.dataFolder, 'recovery'), saveContext);
  const parts = new PartsCache();
  // Meeting files (not recovery copies) are checked for changes by other programs before saving.
  const versions = new DiskVersions();
  const documentContext = (force = false) => ({ ...saveContext, versions, force });

  const remember = (path: string, title: string) => {
    settings.rememberRecent(path, title, deps.now());
    deps.onDocumentUsed?.(path);
  };

  const openAndRemember = async (path: string, fromBackup = false) => {
    const result = fromBackup
      ? await openBackup(path, versions)
      : await openMeeting(path, versions);
    if (result.ok) {
      const { meeting } = result.value;
      remember(path, meetingTitle(meeting));
      parts.prime(openedSessionKey(meeting.id, path), meeting.items);
    }
    return result;
  };

  return {
    'app:info': () => Promise.resolve(ok({ version: deps.appVersion, platform: deps.platform })),
    'app:pending-files': () => Promise.resolve(ok(deps.takePendingFiles?.() ?? [])),
    'app:confirm-close': ({ answer }) => {
      deps.confirmClose?.(answer);
      return Promise.resolve(ok(null));
    },
    'app:ui-state': (state) => {
      deps.onUiState?.(state);
      return Promise.resolve(ok(null));
    },
    'meeting:create': () => {
      const { defaultBody, defaultVenue, secretaryName } = settings.getSettings();
      return Promise.resolve(
        ok(
          createMeeting(localIsoDate(deps.now()), {
            body: defaultBody,
            venue: defaultVenue,
            secretaryName,
          }),
        ),
      );
    },
    'meeting:open-dialog': async () => {
      const path = await deps.dialogs.chooseMeetingToOpen();
      return path === null ? ok(null) : openAndRemember(path);
    },
    'meeting:open-path': ({ path }) => openAndRemember(path),
    'meeting:open-backup': ({ path }) => openAndRemember(path, true),
    'meeting:save': async ({ path, meeting, force }) => {
      const result = await saveMeeting(path, meeting, documentContext(force));
      if (result.ok) remember(path, meetingTitle(meeting));
      return result;
    },
    'meeting:save-as-dialog': async ({ meeting }) => {
      const path = await deps.dialogs.chooseSavePath(suggestedFileName(meeting));
      if (path === null) return ok(null);
      // The save dialog already asked whether to replace an existing file.
      const result = await saveMeeting(path, meeting, documentContext(true));
      if (result.ok) remember(path, meetingTitle(meeting));
      return result;
    },
    'meeting:save-parts': async (request) => {
      const assembled = parts.assemble(request);
      if (!assembled.ok) return assembled;
      if ('missing' in assembled.value)
        return ok({ savedAt: null, missing: assembled.value.missing });
      const { meeting } = assembled.value;
      const { path } = request;
      const result = path
        ? await saveMeeting(path, meeting, documentContext(request.force))
        : await recovery.save(meeting);
      if (!result.ok) return result;
      if (path) remember(path, meetingTitle(meeting));
      return ok({ savedAt: result.value.savedAt, missing: [] });
    },
    'recovery:list': async () => ok(await recovery.list()),
    'recovery:open': async ({ id }) => {
      const meeting = await recovery.load(id);
      if (meeting) parts.prime(openedSessionKey(meeting.id, null), meeting.items);
      return meeting ? ok(meeting) : err({ code: 'not-found', path: recovery.pathFor(id) });
    },
    'recovery:discard': async ({ id }) => {
      await recovery.discard(id);
      return ok(null);
    },
    'attachment:choose-file': async () => ok(await deps.dialogs.chooseAttachment()),
    'recent:list': () => Promise.resolve(ok(settings.recentFiles())),
    'recent:forget': ({ path }) => Promise.resolve(ok(settings.forgetRecent(path))),
    'settings:get': () => Promise.resolve(ok(settings.getSettings())),
    'settings:update': (patch) => Promise.resolve(ok(settings.updateSettings(patch))),
    ...createExportHandlers(deps.exportDocx),
  };
}
