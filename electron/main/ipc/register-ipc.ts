import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNELS, type IpcEvent } from '../../../shared/ipc/channels';
import type { IpcEventPayload } from '../../../shared/ipc/contract';
import { err } from '../../../shared/ipc/result';
import { isAppUrl } from '../security/url-policy';
import type { Dispatch } from './dispatch';

/**
 * True when an IPC message comes from our own page's top frame. Messages
 * from any other frame or origin (an injected iframe, a page navigated
 * elsewhere) are refused before their payload is even looked at.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  devServerUrl?: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/** Connects every contract channel to `dispatch`, behind the sender check. */
export function registerIpc(dispatch: Dispatch, devServerUrl?: string): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      isTrustedSender(event, devServerUrl)
        ? dispatch(channel, payload)
        : Promise.resolve(err({ code: 'untrusted-sender' })),
    );
  }
}

/** Sends a typed event to a window's page. */
export function sendEvent<E extends IpcEvent>(
  contents: WebContents,
  event: E,
  payload: IpcEventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(event, payload);
}
