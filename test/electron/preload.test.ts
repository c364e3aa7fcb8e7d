import { describe, expect, it, vi } from 'vitest';
import type { ReferatApi } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: vi.fn((channel: string, request: unknown) =>
          Promise.resolve({ ok: true, value: { channel, request } }),
        ),
        on: (event: string, listener: (...args: unknown[]) => void) =>
          listeners.set(event, listener),
        removeListener: (event: string) => listeners.delete(event),
      },
    },
  };
});
vi.mock('electron', () => electron.module);
await import('../../electron/preload/index');
const api = electron.exposed.referat as ReferatApi;
const untyped = api as unknown as {
  invoke(channel: string, request?: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
};

describe('preload', () => {
  it('exposes only invoke and on', () => {
    expect(Object.keys(electron.exposed)).toEqual(['referat']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels and refuses anything else without touching IPC', async () => {
    await expect(api.invoke('meeting:open-path', { path: '/m.referat' })).resolves.toEqual({
      ok: true,
      value: { channel: 'meeting:open-path', request: { path: '/m.referat' } },
    });
    electron.module.ipcRenderer.invoke.mockClear();
    await expect(untyped.invoke('fs:write', { path: '/etc/passwd' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(electron.module.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers only contract events, without Electron’s event object', () => {
    const received: unknown[] = [];
    const off = api.on('app:open-file', (payload) => received.push(payload));
    electron.listeners.get('app:open-file')?.({ sender: 'secret' }, { path: '/m.referat' });
    expect(received).toEqual([{ path: '/m.referat' }]);
    off();
    expect(electron.listeners.has('app:open-file')).toBe(false);
    untyped.on('some:internal-event', () => undefined);
    expect(electron.listeners.has('some:internal-event')).toBe(false);
  });
});
