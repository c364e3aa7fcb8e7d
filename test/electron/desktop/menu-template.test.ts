import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, isCommandId, type CommandId } from '../../../shared/commands/commands';
import { acceleratorKey } from '../../../electron/main/menu/accelerators';
import { buildMenuTemplate, type MenuContext } from '../../../electron/main/menu/menu-template';

type MenuItem = Electron.MenuItemConstructorOptions;

const PLATFORMS = ['win32', 'darwin', 'linux'] as const;

function context(platform: NodeJS.Platform, overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform,
    isDev: false,
    recentFiles: [{ path: 'C:\\Møder\\Løn & Personale.referat', title: 'Løn & Personale' }],
    state: { meetingOpen: true },
    onCommand: vi.fn(),
    onOpenRecent: vi.fn(),
    ...overrides,
  };
}

/** Every item at any depth, with the path of menu labels leading to it. */
function flatten(items: readonly MenuItem[], path: string[] = []): Array<[string[], MenuItem]> {
  return items.flatMap((item) => {
    const here = [...path, item.label ?? item.type ?? '?'];
    const sub = Array.isArray(item.submenu) ? flatten(item.submenu, here) : [];
    return [[here, item] as [string[], MenuItem], ...sub];
  });
}

/** The template as data: what a snapshot can show (functions dropped). */
function describeTemplate(items: readonly MenuItem[]): unknown {
  return items.map((item) => {
    const { click: _click, submenu, ...rest } = item;
    return Array.isArray(submenu) ? { ...rest, submenu: describeTemplate(submenu) } : rest;
  });
}

describe.each(PLATFORMS)('menu template on %s', (platform) => {
  const template = buildMenuTemplate(context(platform));
  const items = flatten(template);

  it('has the Danish top-level menus', () => {
    const expected =
      platform === 'darwin'
        ? ['Referat', 'Filer', 'Rediger', 'Møde', 'Vis', 'Vindue', 'Hjælp']
        : ['Filer', 'Rediger', 'Møde', 'Vis', 'Hjælp'];
    expect(template.map((menu) => menu.label)).toEqual(expected);
  });

  it('maps every clickable item to a registry command with its label, or to a labelled role', () => {
    for (const [path, item] of items) {
      if (item.type === 'separator' || Array.isArray(item.submenu)) continue;
      if (item.role) {
        expect(item.label, path.join(' › ')).toMatch(/\S/);
      } else if (item.id !== undefined) {
        expect(isCommandId(item.id), path.join(' › ')).toBe(true);
        expect(item.label).toBe(COMMANDS[item.id as CommandId].label);
      } else {
        // Only recent files and the "none" placeholder are neither.
        expect(path.slice(0, 2)).toEqual(['Filer', 'Seneste']);
      }
    }
  });

  it('shows every registry command exactly once', () => {
    const ids = items.map(([, item]) => item.id).filter((id) => id !== undefined);
    expect([...ids].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('uses no accelerator twice', () => {
    const seen = new Map<string, string>();
    for (const [path, item] of items) {
      if (!item.accelerator) continue;
      const key = acceleratorKey(item.accelerator, platform);
      expect(seen.get(key), `${path.join(' › ')} reuses ${item.accelerator}`).toBeUndefined();
      seen.set(key, path.join(' › '));
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('sends the command id when an item is clicked', () => {
    const onCommand = vi.fn();
    const save = flatten(buildMenuTemplate(context(platform, { onCommand }))).find(
      ([, item]) => item.id === 'file.save',
    )?.[1];
    (save?.click as () => void)();
    expect(onCommand).toHaveBeenCalledWith('file.save');
  });
});

describe('recent files', () => {
  it('Windows lists them, escaping & so it is not taken as an access key, and opens the path', () => {
    const onOpenRecent = vi.fn();
    const recent = flatten(buildMenuTemplate(context('win32', { onOpenRecent }))).find(
      ([path]) => path.join(' › ') === 'Filer › Seneste › Løn && Personale',
    )?.[1];
    (recent?.click as () => void)();
    expect(onOpenRecent).toHaveBeenCalledWith('C:\\Møder\\Løn & Personale.referat');
  });

  it('says so when there are none', () => {
    const seneste = flatten(buildMenuTemplate(context('linux', { recentFiles: [] }))).find(
      ([path]) => path.join(' › ') === 'Filer › Seneste',
    )?.[1];
    expect(seneste?.submenu).toEqual([{ label: 'Ingen seneste møder', enabled: false }]);
  });

  it('macOS uses the OS list that app.addRecentDocument fills', () => {
    const seneste = flatten(buildMenuTemplate(context('darwin'))).find(
      ([path]) => path.join(' › ') === 'Filer › Seneste',
    )?.[1];
    expect(seneste?.role).toBe('recentDocuments');
  });
});

describe('enabled-when', () => {
  const enabled = (meetingOpen: boolean) =>
    new Map(
      flatten(buildMenuTemplate(context('win32', { state: { meetingOpen } })))
        .filter(([, item]) => item.id !== undefined)
        .map(([, item]) => [item.id, item.enabled]),
    );

  it('on the start screen only new, open, import, settings, templates and help are available', () => {
    const available = [...enabled(false)].filter(([, on]) => on).map(([id]) => id);
    expect(available.sort()).toEqual([
      'file.importAgenda',
      'file.new',
      'file.open',
      'file.settings',
      'file.templates',
      'help.about',
      'help.shortcuts',
      'meeting.editTemplate',
    ]);
  });

  it('with a meeting open every command is available', () => {
    expect([...enabled(true).values()].every(Boolean)).toBe(true);
  });
});

describe('developer items', () => {
  it('appear only in development builds', () => {
    const roles = (isDev: boolean) =>
      flatten(buildMenuTemplate(context('win32', { isDev }))).map(([, item]) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('acceleratorKey', () => {
  it.each([
    ['CmdOrCtrl+Shift+S', 'CommandOrControl+Shift+S', 'win32', true],
    ['CmdOrCtrl+S', 'Ctrl+S', 'win32', true],
    ['CmdOrCtrl+S', 'Ctrl+S', 'darwin', false],
    ['CmdOrCtrl+S', 'Command+S', 'darwin', true],
    ['Alt+Shift+Up', 'Shift+Alt+Up', 'linux', true],
    ['CmdOrCtrl+D', 'CmdOrCtrl+Shift+D', 'linux', false],
  ] as const)('%s vs %s on %s: same = %s', (a, b, platform, same) => {
    expect(acceleratorKey(a, platform) === acceleratorKey(b, platform)).toBe(same);
  });
});

describe('snapshots', () => {
  it.each(['win32', 'darwin'] as const)('%s template', (platform) => {
    expect(describeTemplate(buildMenuTemplate(context(platform)))).toMatchSnapshot();
  });
});
