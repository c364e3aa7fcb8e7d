import { BrowserWindow, Menu } from 'electron';
import type { CommandId, CommandState } from '../../../shared/commands/commands';
import { sendEvent } from '../ipc/register-ipc';
import { buildMenuTemplate } from './menu-template';

/** What the menu needs from the rest of the main process. */
export interface InstallMenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  /** The meetings for Filer › Seneste, read each time the menu is rebuilt. */
  recentFiles(): ReadonlyArray<{ path: string; title: string }>;
  /** The main window, used when no window has focus (e.g. macOS with the app in front but no key window). */
  mainWindow(): BrowserWindow | null;
  /** Opens a file as if the OS asked (queued until the page listens; see open-files/). */
  openFile(path: string): void;
}

/** The installed menu; rebuild it when the recent-files list or the page's state changes. */
export interface AppMenu {
  refresh(): void;
  setState(state: CommandState): void;
}

/**
 * Sets the application menu. A command item sends `app:command` with its id
 * to the focused window's page, which runs it exactly as the toolbar or the
 * keyboard would. The page handles shortcut keys itself and calls
 * preventDefault, which keeps Electron from also firing the menu item
 * (menu accelerators only see key presses the page left unhandled).
 */
export function installAppMenu(options: InstallMenuOptions): AppMenu {
  const target = () => BrowserWindow.getFocusedWindow() ?? options.mainWindow();
  const onCommand = (id: CommandId) => {
    const window = target();
    if (window) sendEvent(window.webContents, 'app:command', { command: id });
  };
  // Until the page reports, it shows the start screen: no meeting open.
  let state: CommandState = { meetingOpen: false };
  const refresh = () => {
    const template = buildMenuTemplate({
      state,
      platform: options.platform,
      isDev: options.isDev,
      recentFiles: options.recentFiles(),
      onCommand,
      onOpenRecent: (path) => options.openFile(path),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  refresh();
  return {
    refresh,
    setState: (next) => {
      if (next.meetingOpen === state.meetingOpen) return;
      state = next;
      refresh();
    },
  };
}
