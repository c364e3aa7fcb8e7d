/**
 * Referat's main process. Kept thin on purpose: each feature has its own
 * module and one `register…`/`create…` call here; the logic lives in plain
 * modules that take their Electron pieces as parameters and are tested
 * without the Electron binary.
 */
import { app, screen, shell, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { registerAppProtocol, registerAppScheme, hardenSession } from './app-protocol';
import { createNativeDialogs, createTemplateDialogs } from './dialogs';
import { guardClose, type CloseGuard } from './close-guard';
import { ChosenPaths } from './documents/chosen-paths';
import { OpenDocuments } from './documents/open-documents';
import { writeRecoveryCopies } from './documents/recovery-copies';
import { RecoveryStore } from './documents/recovery-store';
import { askForceClose, probePage } from './hung-window';
import { createDesktopExportDeps } from './export/desktop-export';
import { WORD_WORKER_LIMITS, workerDagsorden } from './import/word-reader';
import { createDispatch } from './ipc/dispatch';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpc, sendEvent } from './ipc/register-ipc';
import { installAppMenu, type AppMenu } from './menu/install-menu';
import { setupOpenFiles } from './open-files/setup-open-files';
import { APP_ENTRY_URL } from './security/app-origin';
import { loadSettingsFile, type SettingsFile } from './settings/settings-file';
import { SettingsStore } from './settings/settings-store';
import {
  sharedFolderFromArgv,
  TemplateLibraryFolders,
  USER_TEMPLATE_FOLDER,
} from './templates/template-library';
import { createMainWindow } from './window';
import { restoreWindowState, windowStateOf } from './window-state';

// Set by electron-vite during `npm run dev` only; production loads app://.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

app.enableSandbox();
// The UI is Danish, so Chromium's own parts (date pickers, the text context
// menu, number formats) should be too, whatever the OS language is.
// Windows/Linux only: macOS takes the language from the system.
app.commandLine.appendSwitch('lang', 'da');
// Must equal build/electron-builder.yml's appId: Windows groups the taskbar
// button, Start-menu shortcut and Jump List (recent meetings) by it.
if (process.platform === 'win32') app.setAppUserModelId('dk.referat.app');
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let appMenu: AppMenu | null = null;
let settings: SettingsStore | null = null;
let settingsFile: SettingsFile | null = null;
let closeGuard: CloseGuard | null = null;
// The meetings open in the window; the close guard saves them if the page hangs.
const documents = new OpenDocuments();
const recoveryContext = { appVersion: app.getVersion(), now: () => new Date() };

// Before `ready`: a second launch hands its files over and quits here, and
// macOS delivers a double-clicked file (`open-file`) before `ready`.
const openFiles = setupOpenFiles({
  argv: process.argv,
  cwd: process.cwd(),
  platform: process.platform,
  currentWindow: () => mainWindow,
  openWindow: () => openMainWindow(),
});

function start(): void {
  hardenSession(devServerUrl);
  registerAppProtocol(join(import.meta.dirname, '../renderer'));

  // electron-store finds and reads settings.json (userData/settings.json);
  // every write goes through the app's atomic writer (settings-file.ts).
  const stored = new Store({ name: 'settings' });
  settingsFile = loadSettingsFile({ path: stored.path, read: () => stored.store });
  settings = new SettingsStore(settingsFile);
  // IT's read-only template folder: the switch (set in the shortcut or the
  // installer) wins over settings.json, so one deployment covers every user.
  const sharedTemplateSwitch = sharedFolderFromArgv(process.argv);
  const store = settings;
  const templateLibrary = new TemplateLibraryFolders({
    userFolder: join(app.getPath('userData'), USER_TEMPLATE_FOLDER),
    sharedFolder: () => sharedTemplateSwitch ?? store.sharedTemplateFolder(),
    sharedFolderLocked: () => sharedTemplateSwitch !== null,
    // To the OS trash, not gone: a template deleted by mistake can be taken back there.
    discard: (path) => shell.trashItem(path),
  });
  // Files the user opened through the OS or the native menu: the page may open these by path.
  const chosenPaths = new ChosenPaths();
  const handlers = createIpcHandlers({
    chosenPaths,
    documents,
    appVersion: app.getVersion(),
    platform: process.platform,
    now: () => new Date(),
    settings,
    dialogs: createNativeDialogs(
      () => mainWindow,
      () => app.getPath('documents'),
    ),
    onDocumentUsed: (path) => {
      app.addRecentDocument(path);
      appMenu?.refresh();
    },
    takePendingFiles: () =>
      openFiles?.takePending((path) => {
        chosenPaths.add(path);
        if (mainWindow) sendEvent(mainWindow.webContents, 'app:open-file', { path });
      }) ?? [],
    confirmClose: (answer) => closeGuard?.answer(answer),
    onUiState: (state) => appMenu?.setState(state),
    dataFolder: app.getPath('userData'),
    // Built beside index.js as a main entry (electron.vite.config.ts), like the export worker.
    openDagsorden: workerDagsorden(
      () =>
        new Worker(join(import.meta.dirname, 'word-worker.js'), {
          resourceLimits: WORD_WORKER_LIMITS,
        }),
    ),
    templates: {
      library: templateLibrary,
      ...createTemplateDialogs(
        () => mainWindow,
        () => app.getPath('documents'),
      ),
      setSharedFolder: (folder) => store.setSharedTemplateFolder(folder),
    },
    exportDocx: createDesktopExportDeps(
      () => mainWindow,
      settings,
      () => app.getPath('documents'),
      // The PDF's fonts: shipped beside app.asar (extraResources), in the repository when unpackaged.
      app.isPackaged
        ? join(process.resourcesPath, 'fonts')
        : join(app.getAppPath(), 'resources', 'fonts'),
    ),
  });
  registerIpc(createDispatch(handlers), devServerUrl);
  appMenu = installAppMenu({
    platform: process.platform,
    isDev: !app.isPackaged,
    recentFiles: () => settings?.recentFiles() ?? [],
    mainWindow: () => mainWindow,
    openFile: (path) => openFiles?.open(path),
  });
  openMainWindow();
}

function openMainWindow(): void {
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const window = createMainWindow(preload, devServerUrl ?? APP_ENTRY_URL, devServerUrl);
  mainWindow = window;
  restoreWindowState(window, settings?.windowState() ?? null, screen, { width: 1280, height: 860 });
  const guard = guardClose(window, {
    askPage: (quitting) => sendEvent(window.webContents, 'app:close-requested', { quitting }),
    quit: () => app.quit(),
    beforeClose: () => settings?.saveWindowState(windowStateOf(window)),
    probePage: () => probePage(window.webContents),
    writeRecoveryCopy: () =>
      writeRecoveryCopies(
        documents,
        new RecoveryStore(join(app.getPath('userData'), 'recovery'), recoveryContext),
        recoveryContext,
      ),
    askForceClose: (saved) => askForceClose(window, saved),
  });
  window.on('unresponsive', () => guard.unresponsive());
  window.on('responsive', () => guard.responsive());
  closeGuard = guard;
  // A reloading or closed page no longer listens: queue files until it asks
  // again, and let the window close until it re-arms the close guard.
  window.webContents.on('did-start-loading', () => {
    openFiles?.rendererGone();
    guard.pageGone();
  });
  window.webContents.on('render-process-gone', () => guard.pageGone());
  window.on('closed', () => {
    openFiles?.rendererGone();
    if (mainWindow === window) mainWindow = null;
    if (closeGuard === guard) closeGuard = null;
  });
}

// Quitting closes the window through the guard, which asks the page first.
app.on('before-quit', () => closeGuard?.quitRequested());

// Settings are written after each change returns; the last change (the
// window position, saved as the window closes) must reach the disk before exit.
let settingsFlushed = false;
app.on('will-quit', (event) => {
  if (settingsFlushed || !settingsFile?.hasPendingWrites()) return;
  event.preventDefault();
  void settingsFile.flush().finally(() => {
    settingsFlushed = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// macOS: clicking the Dock icon with no window open opens one.
app.on('activate', () => {
  if (mainWindow === null && app.isReady()) openMainWindow();
});

if (openFiles) void app.whenReady().then(start);
