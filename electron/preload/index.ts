/**
 * The sandboxed preload: the page's only door to the main process. It
 * exposes exactly `window.referat.invoke` and `window.referat.on`, refuses
 * any channel not in the shared contract, and hands nothing from Electron
 * (no ipcRenderer, no event objects) to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel, isIpcEvent } from '../../shared/ipc/channels';
import type { IpcEventPayload, IpcResponse, ReferatApi } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/ipc/result';

const api = {
  invoke: (channel, ...args) => {
    // The page's types can be bypassed by a script: check at run time too.
    if (!isIpcChannel(channel))
      return Promise.resolve(err({ code: 'invalid-request', detail: 'unknown channel' }));
    return ipcRenderer.invoke(channel, args[0]) as Promise<Result<IpcResponse<typeof channel>>>;
  },
  on: (event, listener) => {
    if (!isIpcEvent(event)) return () => undefined;
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) =>
      listener(payload as IpcEventPayload<typeof event>);
    ipcRenderer.on(event, wrapped);
    return () => void ipcRenderer.removeListener(event, wrapped);
  },
} satisfies ReferatApi;

contextBridge.exposeInMainWorld('referat', api);
