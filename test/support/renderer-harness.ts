/**
 * Runs the built renderer in real Chromium with `window.referat` backed by
 * the real main-process handlers (createIpcHandlers + createDispatch): the
 * page talks to the same code the Electron main process runs, through the
 * IPC stand-in (ipc-stand-in.ts: a worker in the page posts to this
 * process) instead of ipcRenderer. Only the native dialogs are scripted,
 * and every page gets its own temp data folder.
 *
 * Free of vitest so benchmarks can use it too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ChosenPaths } from '../../electron/main/documents/chosen-paths';
import type { ExportDeps } from '../../electron/main/export/export-handlers';
import { exportMeeting } from '../../electron/main/export/export-meeting';
import type { RunExport } from '../../electron/main/export/run-in-worker';
import { SOURCE_FONT_DIR } from '../../electron/main/export/pdf-fonts';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers, type Dialogs } from '../../electron/main/ipc/handlers';
import { resolveAppAssetPath, mimeTypeFor } from '../../electron/main/security/asset-path';
import { APP_ORIGIN } from '../../electron/main/security/app-origin';
import { contentSecurityPolicy, isSpellingWorkerUrl } from '../../electron/main/security/csp';
import { SettingsStore, type KeyValueStore } from '../../electron/main/settings/settings-store';
import {
  TemplateLibraryFolders,
  USER_TEMPLATE_FOLDER,
} from '../../electron/main/templates/template-library';
import type { IpcEvent } from '../../shared/ipc/channels';
import { answerIpc, isIpcRequest, registerSession } from './ipc-stand-in';
import type { IpcEventPayload, Settings } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/model/meeting';

const repoRoot = resolve(import.meta.dirname, '../..');
const rendererRoot = join(repoRoot, 'out/renderer');

/** Chromium flags: no network chatter, no GPU, no sandbox (containers lack the namespaces). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Builds the renderer once when `npm test` has not (e.g. `npx vitest run test/e2e`). */
export function ensureRendererBuilt(): void {
  if (existsSync(join(rendererRoot, 'index.html'))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Launches Debian's Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The headers app-protocol.ts `securityHeaders()` sends in production (CSP as a header). */
function productionHeaders(url: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ spellingWorker: isSpellingWorkerUrl(url) }),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** A static server for out/renderer on 127.0.0.1, using the app protocol's path rules; it also carries the sessions' IPC. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  ensureRendererBuilt();
  const server = createServer((request, response) => {
    if (isIpcRequest(request)) {
      answerIpc(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
      return;
    }
    const path = resolveAppAssetPath(rendererRoot, `${APP_ORIGIN}${request.url ?? '/'}`);
    const fail = () => response.writeHead(404).end('Not found');
    // Browsers ask for a favicon on their own; Electron's app:// page never does.
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    if (!path) return fail();
    fs.readFile(path).then((body) => {
      response.writeHead(200, {
        'Content-Type': mimeTypeFor(path),
        ...productionHeaders(`${APP_ORIGIN}${request.url ?? '/'}`),
      });
      response.end(body);
    }, fail);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Answers for the native dialogs, consumed in order; an empty queue means "cancelled". */
export class ScriptedDialogs implements Dialogs {
  readonly open: (string | null)[] = [];
  readonly save: (string | null)[] = [];
  readonly attachment: (string | null)[] = [];
  /** Answers for "Importér dagsorden fra Word…" (.docx). */
  readonly wordAgenda: (string | null)[] = [];
  /** Answers for the export's save dialog (.docx). */
  readonly export: (string | null)[] = [];
  /** The file names the app suggested in save dialogs, for assertions. */
  readonly suggestedNames: string[] = [];
  /** Files the app asked the OS to show in a folder or open (after an export). */
  readonly shown: string[] = [];
  /** Answers for "Importér skabelon…" and "Eksportér skabelon…". */
  readonly importTemplate: (string | null)[] = [];
  readonly exportTemplate: (string | null)[] = [];
  /** Answers for "Vælg fælles mappe…". */
  readonly sharedFolder: (string | null)[] = [];
  /** Answers for the template editor's "Vælg logo…" (a PNG or JPEG file). */
  readonly logo: (string | null)[] = [];

  chooseMeetingToOpen(): Promise<string | null> {
    return Promise.resolve(this.open.shift() ?? null);
  }
  chooseSavePath(suggestedName: string): Promise<string | null> {
    this.suggestedNames.push(suggestedName);
    return Promise.resolve(this.save.shift() ?? null);
  }
  chooseAttachment(): Promise<string | null> {
    return Promise.resolve(this.attachment.shift() ?? null);
  }
  chooseWordAgenda(): Promise<string | null> {
    return Promise.resolve(this.wordAgenda.shift() ?? null);
  }
}

/**
 * The export as the app wires it (export-handlers.ts), with the save dialog
 * scripted and the export run in this process unless `runExport` says
 * otherwise: the same exporters the app's worker runs (Word and PDF), and
 * the same atomic write of their bytes.
 */
function scriptedExport(
  dialogs: ScriptedDialogs,
  settings: SettingsStore,
  runExport?: RunExport,
  prepareExport?: (meeting: Meeting) => void,
  noteActivity?: () => void,
): ExportDeps {
  return {
    runExport:
      runExport ??
      ((meeting, options, format) =>
        exportMeeting({ meeting, options, format, fontDir: SOURCE_FONT_DIR })),
    ...(prepareExport ? { prepareExport } : {}),
    ...(noteActivity ? { noteActivity } : {}),
    chooseExportPath: (suggestedName) => {
      dialogs.suggestedNames.push(suggestedName);
      return Promise.resolve(dialogs.export.shift() ?? null);
    },
    lastFolder: () => settings.lastExportFolder(),
    publicShowsClosedTitles: () => settings.getSettings().publicShowsClosedTitles,
    rememberFolder: (folder) => settings.rememberExportFolder(folder),
    showInFolder: (path) => void dialogs.shown.push(path),
    openPath: (path) => {
      dialogs.shown.push(path);
      return Promise.resolve('');
    },
  };
}

/** One app page with its own data folder, settings and dialogs. */
export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** Temp folder for this session: the app data folder lives in it, test files may too. */
  dataDir: string;
  dialogs: ScriptedDialogs;
  settings: SettingsStore;
  /** Console errors and CSP violations the page reported. */
  pageErrors: string[];
  /** The page's answers to 'app:close-requested' ('listening', 'close', 'stay'), in order. */
  closeAnswers: string[];
  /** Sends a main → renderer event (menu command, OS open-file). */
  emit<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): Promise<void>;
  /** The OS asks to open `path` (a double-click in Explorer): main records the choice, then tells the page. */
  osOpens(path: string): Promise<void>;
  /** Opens the app in a fresh page of the same context and data folder (e.g. after a crash). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Options for one session. */
export interface SessionOptions {
  settings?: Partial<Settings>;
  /** Fixed clock for the handlers (new meetings are dated by it). */
  now?: () => Date;
  /** Reuse a data folder (to test recovery across sessions); a new one is made otherwise. */
  dataDir?: string;
  viewport?: { width: number; height: number };
  /** How exports run (default: in this process); the bench passes the app's worker. */
  runExport?: RunExport;
  /** Called when a meeting opens, as the app starts (and warms up) its export worker then. */
  prepareExport?: (meeting: Meeting) => void;
  /** Called on every autosave, as the app tells its export worker's warm-up to keep out of the way. */
  noteActivity?: () => void;
  /** The municipality's read-only template folder (the setting / --skabelonmappe). */
  sharedTemplateFolder?: string;
}

/** Opens the renderer at `url` in a new browser context backed by real handlers. */
export async function openApp(
  browser: Browser,
  url: string,
  options: SessionOptions = {},
): Promise<AppSession> {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(join(tmpdir(), 'referat-e2e-')));
  const values = new Map<string, unknown>();
  const store: KeyValueStore = { get: (k) => values.get(k), set: (k, v) => values.set(k, v) };
  const settings = new SettingsStore(store);
  if (options.settings) settings.updateSettings(options.settings);
  if (options.sharedTemplateFolder) settings.setSharedTemplateFolder(options.sharedTemplateFolder);
  const dialogs = new ScriptedDialogs();
  const closeAnswers: string[] = [];
  const chosenPaths = new ChosenPaths();
  const handlers = createIpcHandlers({
    chosenPaths,
    exportDocx: scriptedExport(
      dialogs,
      settings,
      options.runExport,
      options.prepareExport,
      options.noteActivity,
    ),
    appVersion: '0.0.0-test',
    platform: 'linux',
    now: options.now ?? (() => new Date()),
    settings,
    dialogs,
    dataFolder: join(dataDir, 'appdata'),
    templates: {
      library: new TemplateLibraryFolders({
        userFolder: join(dataDir, 'appdata', USER_TEMPLATE_FOLDER),
        sharedFolder: () => settings.sharedTemplateFolder(),
      }),
      chooseSharedFolder: () => Promise.resolve(dialogs.sharedFolder.shift() ?? null),
      setSharedFolder: (folder) => settings.setSharedTemplateFolder(folder),
      chooseImport: () => Promise.resolve(dialogs.importTemplate.shift() ?? null),
      chooseLogo: () => Promise.resolve(dialogs.logo.shift() ?? null),
      chooseExportPath: (name) => {
        dialogs.suggestedNames.push(name);
        return Promise.resolve(dialogs.exportTemplate.shift() ?? null);
      },
    },
    confirmClose: (answer) => closeAnswers.push(answer),
  });
  const dispatch = createDispatch(handlers);

  const context = await browser.newContext({
    // As on a Danish secretary's machine: dates in date inputs read 29.01.2018.
    locale: 'da-DK',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const ipc = registerSession(dispatch);
  // A string, not a function: tsx/esbuild would inject its `__name` helper
  // into a function body, and that helper does not exist in the page.
  await context.addInitScript(ipc.preload);

  const pageErrors: string[] = [];
  let page = await newAppPage(context, url, pageErrors);
  const session: AppSession = {
    get page() {
      return page;
    },
    context,
    dataDir,
    dialogs,
    settings,
    pageErrors,
    closeAnswers,
    emit: async (event, payload) => {
      await page.evaluate(
        `window.__referatEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`,
      );
    },
    osOpens: async (path) => {
      chosenPaths.add(path);
      await session.emit('app:open-file', { path });
    },
    reload: async () => {
      await page.close();
      page = await newAppPage(context, url, pageErrors);
    },
    close: async () => {
      ipc.unregister();
      await context.close();
    },
  };
  return session;
}

async function newAppPage(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return page;
}

/**
 * Copies the seed fixture into `folder` as "Direktionen.referat" and opens it
 * the way the secretary would (Åbn møde… and the scripted dialog). Returns the
 * copy's path; the fixture itself is never touched.
 */
export async function openSeedCopy(app: AppSession, folder = app.dataDir): Promise<string> {
  const path = join(folder, 'Direktionen.referat');
  await fs.copyFile(join(repoRoot, 'test/fixtures/direktionen-2018-01-29.referat'), path);
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
  return path;
}
