/**
 * The sandboxed preload: the page's only door to the main process. It
 * exposes exactly `window.referat.invoke` and `window.referat.on`, refuses
 * any channel not in the shared contract, and hands nothing from Electron
 * (no ipcRenderer, no event objects) to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel, isIpcEvent } from '../../shared/ipc/channels';
import type { ReferatApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

const api = {
  invoke(channel: string, request?: unknown) {
    if (!isIpcChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-request', detail: 'unknown channel' },
      });
    }
    return ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>;
  },
  on(event: string, listener: (payload: unknown) => void) {
    if (!isIpcEvent(event)) return () => undefined;
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => void ipcRenderer.removeListener(event, wrapped);
  },
} as ReferatApi satisfies ReferatApi;

contextBridge.exposeInMainWorld('referat', api);
