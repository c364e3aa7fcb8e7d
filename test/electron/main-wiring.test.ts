import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { makeTempDir } from '../support/temp-dir';

type Listener = (...args: unknown[]) => unknown;

/** The smallest Electron that the wiring touches, recording what it was given. */
const electron = vi.hoisted(() => {
  const handles = new Map<string, (...args: unknown[]) => unknown>();
  const windows: {
    options: unknown;
    contentsListeners: Map<string, (...args: unknown[]) => unknown>;
    openHandler?: (d: { url: string }) => unknown;
    loaded?: string;
  }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permission = {
    request: undefined as undefined | ((...a: unknown[]) => void),
    check: undefined as undefined | (() => boolean),
  };
  class BrowserWindow {
    webContents: unknown;
    constructor(options: unknown) {
      const record = {
        options,
        contentsListeners: new Map(),
        openHandler: undefined as undefined | ((d: { url: string }) => unknown),
        loaded: undefined as string | undefined,
      };
      windows.push(record);
      this.webContents = {
        on: (event: string, listener: (...args: unknown[]) => unknown) =>
          record.contentsListeners.set(event, listener),
        setWindowOpenHandler: (handler: (d: { url: string }) => unknown) =>
          (record.openHandler = handler),
      };
      this.loadURL = (url: string) => {
        record.loaded = url;
        return Promise.resolve();
      };
    }
    loadURL: (url: string) => Promise<void>;
    once() {}
    show() {}
  }
  return {
    handles,
    windows,
    protocolHandlers,
    permission,
    module: {
      BrowserWindow,
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      ipcMain: {
        handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
          handles.set(channel, handler),
      },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
          protocolHandlers.set(scheme, handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: (...a: unknown[]) => void) =>
            (permission.request = handler),
          setPermissionCheckHandler: (handler: () => boolean) => (permission.check = handler),
          webRequest: { onHeadersReceived: vi.fn() },
        },
      },
    },
  };
});
vi.mock('electron', () => electron.module);

const { createMainWindow } = await import('../../electron/main/window');
const { registerIpc } = await import('../../electron/main/ipc/register-ipc');
const { createDispatch } = await import('../../electron/main/ipc/dispatch');
const { createIpcHandlers } = await import('../../electron/main/ipc/handlers');
const { SettingsStore } = await import('../../electron/main/settings/settings-store');
const { registerAppProtocol, hardenSession } = await import('../../electron/main/app-protocol');

const temp = makeTempDir();
afterAll(temp.cleanup);

function mapStore() {
  const map = new Map<string, unknown>();
  return {
    get: (key: string) => map.get(key),
    set: (key: string, value: unknown) => void map.set(key, value),
  };
}

describe('main window', () => {
  beforeEach(() => (electron.windows.length = 0));

  it('is created sandboxed, isolated and without Node', () => {
    createMainWindow('/app/preload/index.cjs', 'app://referat/index.html');
    const [window] = electron.windows;
    expect(window?.loaded).toBe('app://referat/index.html');
    expect(window?.options).toMatchObject({
      webPreferences: {
        preload: '/app/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
      },
    });
  });

  it('blocks navigation away from the app and never opens new windows', () => {
    createMainWindow('/p.cjs', 'app://referat/index.html');
    const window = electron.windows[0]!;
    const navigate = window.contentsListeners.get('will-navigate') as Listener;
    const attempt = (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt('https://evil.example')).toBe(true);
    expect(attempt('file:///etc/passwd')).toBe(true);
    expect(attempt('app://referat/index.html')).toBe(false);
    expect(attempt('https://www.htk.dk/link-i-teksten')).toBe(true);
    // https links leave for the browser; file: and the like go nowhere.
    expect(electron.module.shell.openExternal.mock.calls).toEqual([
      ['https://evil.example'],
      ['https://www.htk.dk/link-i-teksten'],
    ]);
    electron.module.shell.openExternal.mockClear();

    const webview = { preventDefault: vi.fn() };
    (window.contentsListeners.get('will-attach-webview') as Listener)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(window.openHandler?.({ url: 'https://www.htk.dk' })).toEqual({ action: 'deny' });
    expect(window.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(window.openHandler?.({ url: 'file:///C:/evil.exe' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal.mock.calls).toEqual([['https://www.htk.dk']]);
  });
});

describe('IPC', () => {
  const handlers = createIpcHandlers({
    appVersion: '0.1.0',
    platform: 'linux',
    now: () => new Date('2018-01-29T08:00:00'),
    settings: new SettingsStore(mapStore()),
    dialogs: {
      chooseMeetingToOpen: () => Promise.resolve(null),
      chooseSavePath: () => Promise.resolve(null),
      chooseAttachment: () => Promise.resolve(null),
    },
    dataFolder: temp.dir,
  });
  const dispatch = vi.fn(createDispatch(handlers));
  registerIpc(dispatch);
  const invoke = (channel: string, payload: unknown, frame: unknown) =>
    electron.handles.get(channel)?.({ senderFrame: frame }, payload) as Promise<unknown>;
  const topFrame = { url: 'app://referat/index.html', parent: null };

  it('registers exactly the contract’s channels', () => {
    expect([...electron.handles.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('refuses senders that are not our page’s top frame, without looking at the payload', async () => {
    dispatch.mockClear();
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://referat/index.html', parent: topFrame },
      { url: 'file:///index.html', parent: null },
      null,
    ]) {
      expect(await invoke('app:info', undefined, frame)).toEqual({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers our page', async () => {
    expect(await invoke('app:info', undefined, topFrame)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux' },
    });
  });

  it.each([
    ['meeting:open-path', {}],
    ['meeting:open-path', { path: '' }],
    ['meeting:open-path', { path: 42 }],
    ['meeting:save-parts', { handle: 'h', header: '{}', items: [{ id: 'i', json: 42 }] }],
    ['meeting:save-parts', { path: join(temp.dir, 'x.referat'), header: '{}', items: [] }],
    ['settings:update', { standardPhrases: 'Godkendt.' }],
    ['app:info', { unexpected: true }],
  ])('rejects a malformed %s payload as a value', async (channel, payload) => {
    const result = (await invoke(channel, payload, topFrame)) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses an unknown channel', async () => {
    expect(await createDispatch(handlers)('fs:delete-everything', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('turns a handler that throws into an internal error value', async () => {
    const throwing = { ...handlers, 'app:info': () => Promise.reject(new Error('boom')) };
    expect(await createDispatch(throwing)('app:info', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'boom' },
    });
  });
});

describe('app protocol and session', () => {
  const root = join(temp.dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Referat</title>');
  writeFileSync(join(temp.dir, 'secret.txt'), 'secret');
  registerAppProtocol(root);
  const serve = (url: string) => electron.protocolHandlers.get('app')!(new Request(url));

  it('serves the renderer with the CSP as a header', async () => {
    const response = await serve('app://referat/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('<title>Referat</title>');
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await serve('app://referat/..%2fsecret.txt')).status).toBe(404);
    expect((await serve('app://referat/missing.js')).status).toBe(404);
  });

  it('denies every permission request', () => {
    hardenSession();
    const callback = vi.fn();
    electron.permission.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permission.check?.()).toBe(false);
  });
});
