/**
 * The test harness's stand-in for Electron's IPC: the page's
 * `window.referat.invoke` posts each request from a worker to the test
 * process, which answers with the real main-process handlers. Used by
 * renderer-harness.ts (its static server answers IPC_PATH).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page, Worker } from 'playwright-core';

type Dispatch = (channel: unknown, payload: unknown) => Promise<unknown>;

/**
 * Where the page's stand-in for ipcRenderer.invoke posts (IPC_WORKER):
 * `<IPC_PATH><session>/<channel>`, the request as JSON text in the body, the
 * reply as JSON text. Playwright's `exposeBinding`, used before, walked
 * every value in the page's JavaScript and passed it through the DevTools
 * protocol on the page's main thread: ~100 ms per autosave of a 50-page
 * section, so the typing benchmark measured the harness, not the app.
 */
const IPC_PATH = '/__referat-ipc/';

/** Each open session's dispatch, by the token its page posts to. */
const sessionDispatch = new Map<string, Dispatch>();

/** True for a request the page's IPC stand-in made. */
export function isIpcRequest(request: IncomingMessage): boolean {
  return request.url?.startsWith(IPC_PATH) ?? false;
}

/** Answers one IPC request with its session's dispatch. */
export async function answerIpc(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = request.url ?? '';
  const [token = '', channel = ''] = path.slice(IPC_PATH.length).split('/');
  const dispatch = sessionDispatch.get(token);
  if (request.method !== 'POST' || !dispatch) {
    response.writeHead(404).end('No such session');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const reply = await dispatch(
    decodeURIComponent(channel),
    body === '' ? undefined : JSON.parse(body),
  );
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(reply));
}

/**
 * Runs in a dedicated worker of the page: posts each request to the test
 * process (IPC_PATH) and posts the reply back. The page pays only the
 * structured clone of postMessage, as with Electron's ipcRenderer (which
 * clones with the same serializer); the JSON text, the request and its
 * instrumentation by the DevTools protocol happen on the worker's thread,
 * as Electron's main process works off the page's thread.
 */
const IPC_WORKER = `const base = NAME;
onmessage = async ({ data }) => {
  try {
    const body = data.request === undefined ? '' : JSON.stringify(data.request);
    const response = await fetch(base + encodeURIComponent(data.channel), { method: 'POST', body });
    if (!response.ok) throw new Error('IPC stand-in: HTTP ' + response.status + ' ' + (await response.text()));
    postMessage({ id: data.id, ok: true, reply: await response.json() });
  } catch (error) {
    postMessage({ id: data.id, ok: false, message: String(error) });
  }
};`;

/** The page's workers but the harness's own IPC_WORKER (the app starts its workers from its own files, never from a blob:). */
export function appWorkers(page: Page): Worker[] {
  return page.workers().filter((worker) => !worker.url().startsWith('blob:'));
}

/**
 * What the preload exposes, for a page without Electron: `invoke` goes to
 * the test process (IPC_WORKER) for session `token`; `on` keeps listeners
 * that the harness's `emit` calls through `__referatEmit`.
 */
const preloadStandIn = (token: string) => `(() => {
  const listeners = new Map();
  const pending = new Map();
  let nextId = 0;
  const base = location.origin + ${JSON.stringify(IPC_PATH)} + ${JSON.stringify(token)} + '/';
  const source = ${JSON.stringify(IPC_WORKER)}.replace('NAME', JSON.stringify(base));
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  worker.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) call.resolve(data.reply);
    else call.reject(new Error(data.message));
  };
  const invoke = (channel, request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, channel, request });
    });
  Object.defineProperty(window, 'referat', {
    value: Object.freeze({
      invoke,
      on: (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => void set.delete(listener);
      },
    }),
  });
  Object.defineProperty(window, '__referatEmit', {
    value: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  });
})();`;

/** Registers a session's dispatch: the init script its pages run, and how to let it go. */
export function registerSession(dispatch: Dispatch): { preload: string; unregister: () => void } {
  const token = randomUUID();
  sessionDispatch.set(token, dispatch);
  return { preload: preloadStandIn(token), unregister: () => void sessionDispatch.delete(token) };
}
