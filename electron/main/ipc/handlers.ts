import { basename } from 'node:path';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { ipcContract, IpcResponse } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/ipc/result';
import { createMeeting } from '../../../shared/model/meeting';
import { meetingTitle, suggestedFileName } from '../../../shared/model/derived';
import { openBackup, openMeeting, saveMeeting } from '../documents/document-store';
import type { SettingsStore } from '../settings/settings-store';
import type { z } from 'zod';

/** Native dialogs, injected so tests can answer them. Each returns null when cancelled. */
export interface Dialogs {
  chooseMeetingToOpen(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** Everything the handlers need from the outside world. */
export interface HandlerDeps {
  appVersion: string;
  platform: string;
  now: () => Date;
  settings: SettingsStore;
  dialogs: Dialogs;
  /** Called after a meeting was opened or saved under a path (e.g. the OS recent-documents list). */
  onDocumentUsed?: (path: string) => void;
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

  const remember = (path: string, title: string) => {
    settings.rememberRecent(path, title, deps.now());
    deps.onDocumentUsed?.(path);
  };

  const openAndRemember = async (path: string, fromBackup = false) => {
    const result = fromBackup ? await openBackup(path) : await openMeeting(path);
    if (result.ok) remember(path, meetingTitle(result.value.meeting));
    return result;
  };

  return {
    'app:info': () => Promise.resolve(ok({ version: deps.appVersion, platform: deps.platform })),
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
    'meeting:save': async ({ path, meeting }) => {
      const result = await saveMeeting(path, meeting, saveContext);
      if (result.ok) remember(path, meetingTitle(meeting));
      return result;
    },
    'meeting:save-as-dialog': async ({ meeting }) => {
      const path = await deps.dialogs.chooseSavePath(suggestedFileName(meeting));
      if (path === null) return ok(null);
      const result = await saveMeeting(path, meeting, saveContext);
      if (result.ok) remember(path, meetingTitle(meeting));
      return result;
    },
    'recent:list': () => Promise.resolve(ok(settings.recentFiles())),
    'recent:forget': ({ path }) => Promise.resolve(ok(settings.forgetRecent(path))),
    'settings:get': () => Promise.resolve(ok(settings.getSettings())),
    'settings:update': (patch) => Promise.resolve(ok(settings.updateSettings(patch))),
  };
}

/** For logs: the file name only, never the full path (it can contain the user's name). */
export function logName(path: string): string {
  return basename(path);
}
