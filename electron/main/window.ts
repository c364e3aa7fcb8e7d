import { BrowserWindow, shell, type WebContents } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl } from './security/url-policy';

/** Options every Referat window is created with: the page gets no Node, no Electron, its own JS world. */
export function secureWindowOptions(preloadPath: string): Electron.BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Referat',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads dictionaries from the internet;
      // the app must make no network requests at run time.
      spellcheck: false,
    },
  };
}

/**
 * Locks down a window's page: no navigation away from the app, no new
 * windows (safe links go to the default browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, devServerUrl)) return;
    event.preventDefault();
    // A link clicked in the text: show it in the browser rather than replace the editor.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Creates the main window with the hardened options and loads `url`. */
export function createMainWindow(
  preloadPath: string,
  url: string,
  devServerUrl?: string,
): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath));
  hardenWebContents(window.webContents, devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
