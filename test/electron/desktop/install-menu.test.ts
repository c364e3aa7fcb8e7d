import { beforeEach, describe, expect, it, vi } from 'vitest';

type Template = Electron.MenuItemConstructorOptions[];

/** Menu records each template it is given; BrowserWindow reports a focused window or none. */
const electron = vi.hoisted(() => ({
  templates: [] as unknown[],
  focused: null as null | {
    webContents: { send: (...args: unknown[]) => void; isDestroyed: () => boolean };
  },
}));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => electron.templates.push(menu.template),
  },
  BrowserWindow: { getFocusedWindow: () => electron.focused },
  ipcMain: { handle: vi.fn() },
}));

const { installAppMenu } = await import('../../../electron/main/menu/install-menu');

function fakeWindow() {
  const sent: unknown[][] = [];
  return {
    sent,
    webContents: { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => false },
  };
}

function find(template: Template, id: string): Electron.MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
}

const lastTemplate = () => electron.templates.at(-1) as Template;
const click = (item: Electron.MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

beforeEach(() => {
  electron.templates.length = 0;
  electron.focused = null;
});

describe('installAppMenu', () => {
  const options = (main: ReturnType<typeof fakeWindow> | null, openFile = vi.fn()) => ({
    platform: 'win32' as const,
    isDev: false,
    recentFiles: () => [{ path: 'C:\\m\\a.referat', title: 'Direktionen' }],
    mainWindow: () => main as unknown as Electron.BrowserWindow,
    openFile,
  });

  it('sends a command to the focused window', () => {
    const focused = fakeWindow();
    electron.focused = focused;
    installAppMenu(options(fakeWindow()));
    click(find(lastTemplate(), 'file.new'));
    expect(focused.sent).toEqual([['app:command', { command: 'file.new' }]]);
  });

  it('falls back to the main window when no window has focus', () => {
    const main = fakeWindow();
    installAppMenu(options(main));
    click(find(lastTemplate(), 'help.shortcuts'));
    expect(main.sent).toEqual([['app:command', { command: 'help.shortcuts' }]]);
  });

  it('starts with meeting commands greyed out and rebuilds only when the state changes', () => {
    const menu = installAppMenu(options(fakeWindow()));
    expect(find(lastTemplate(), 'file.save')?.enabled).toBe(false);
    menu.setState({ meetingOpen: true });
    expect(find(lastTemplate(), 'file.save')?.enabled).toBe(true);
    menu.setState({ meetingOpen: true });
    expect(electron.templates).toHaveLength(2);
  });

  it('opens a recent meeting through the same path as a double-clicked file', () => {
    const openFile = vi.fn();
    installAppMenu(options(fakeWindow(), openFile));
    const file = lastTemplate().find((menu) => menu.label === 'Filer');
    const recent = (file?.submenu as Template).find((item) => item.label === 'Seneste');
    click((recent?.submenu as Template)[0]);
    expect(openFile).toHaveBeenCalledWith('C:\\m\\a.referat');
  });
});
