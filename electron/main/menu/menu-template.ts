/**
 * The native menu bar, built from the shared command registry. Pure: it
 * takes the platform, the recent files and two callbacks, and returns an
 * Electron template, so it is tested and snapshotted without Electron.
 *
 * Every item either runs a registry command (the renderer does the work,
 * the menu only sends the id) or is an Electron role (clipboard, zoom,
 * window, quit) that needs no page code. Labels are Danish.
 */
import {
  COMMANDS,
  isCommandEnabled,
  type CommandId,
  type CommandState,
} from '../../../shared/commands/commands';

type MenuItem = Electron.MenuItemConstructorOptions;
type Role = NonNullable<MenuItem['role']>;

/** What the menu shows and does; callbacks are wired to the focused window by install-menu.ts. */
export interface MenuContext {
  platform: NodeJS.Platform;
  /** Development builds add reload and developer tools to Vis. */
  isDev: boolean;
  /** Recently used meetings for Filer › Seneste (Windows/Linux; macOS shows the OS list). */
  recentFiles: ReadonlyArray<{ path: string; title: string }>;
  /** What the page reported; commands that need an open meeting are greyed out without one. */
  state: CommandState;
  onCommand(id: CommandId): void;
  onOpenRecent(path: string): void;
}

const SEPARATOR: MenuItem = { type: 'separator' };

/** Where commands go, in order; a command not placed here is appended to its registry menu. */
const LAYOUT: Record<
  'file' | 'edit' | 'meeting' | 'view' | 'help',
  ReadonlyArray<CommandId | '-'>
> = {
  file: [
    'file.new',
    'file.newFromThis',
    '-',
    'file.open',
    'file.importAgenda',
    '-',
    'file.save',
    'file.saveAs',
    '-',
    'file.exportWord',
    'file.exportPublic',
    'file.exportPdf',
    'file.exportPublicPdf',
    'file.exportAgenda',
    '-',
    'file.templates',
    'file.settings',
    '-',
    'file.close',
  ],
  edit: ['edit.undo', 'edit.redo'],
  meeting: [
    'meeting.header',
    '-',
    'meeting.addItem',
    'meeting.duplicateItem',
    'meeting.deleteItem',
    'meeting.moveItemUp',
    'meeting.moveItemDown',
    '-',
    'meeting.previousItem',
    'meeting.nextItem',
    'meeting.goToDecision',
    'meeting.newDecision',
    '-',
    'meeting.standardPhrases',
    '-',
    'meeting.switchTemplate',
    'meeting.editTemplate',
  ],
  view: [],
  help: ['help.shortcuts', 'help.about'],
};

/** Electron roles with Danish labels and explicit accelerators (so duplicates are visible in tests). */
function role(name: Role, label: string, accelerator?: string): MenuItem {
  return accelerator ? { role: name, label, accelerator } : { role: name, label };
}

/** The commands of one registry menu, in layout order, then any the layout does not name. */
function commandsOf(
  menu: keyof typeof LAYOUT,
  skip: ReadonlySet<CommandId>,
): Array<CommandId | '-'> {
  const placed = new Set<string>(LAYOUT[menu]);
  const rest = (Object.keys(COMMANDS) as CommandId[]).filter(
    (id) => COMMANDS[id].menu === menu && !placed.has(id),
  );
  const items = [...LAYOUT[menu], ...(rest.length > 0 ? ['-' as const, ...rest] : [])];
  return items.filter((item) => item === '-' || !skip.has(item));
}

/** Builds the whole menu bar for `context.platform`. */
export function buildMenuTemplate(context: MenuContext): MenuItem[] {
  const mac = context.platform === 'darwin';
  const command = (id: CommandId): MenuItem => {
    const spec: { label: string; accelerator?: string } = COMMANDS[id];
    const item: MenuItem = {
      id,
      label: spec.label,
      enabled: isCommandEnabled(id, context.state),
      click: () => context.onCommand(id),
    };
    return spec.accelerator ? { ...item, accelerator: spec.accelerator } : item;
  };
  const items = (
    list: ReadonlyArray<CommandId | '-'>,
    insert: Partial<Record<CommandId, MenuItem[]>> = {},
  ) =>
    list.flatMap((entry) =>
      entry === '-' ? [SEPARATOR] : [command(entry), ...(insert[entry] ?? [])],
    );
  // On macOS "Om Referat" lives in the app menu, where Mac users look for it.
  const skip = new Set<CommandId>(mac ? ['help.about'] : []);

  const appMenu: MenuItem = {
    label: 'Referat',
    submenu: [
      command('help.about'),
      SEPARATOR,
      role('services', 'Tjenester'),
      SEPARATOR,
      role('hide', 'Skjul Referat', 'Command+H'),
      role('hideOthers', 'Skjul andre', 'Command+Alt+H'),
      role('unhide', 'Vis alle'),
      SEPARATOR,
      role('quit', 'Afslut Referat', 'Command+Q'),
    ],
  };

  const file: MenuItem = {
    label: 'Filer',
    submenu: [
      ...items(commandsOf('file', skip), { 'file.open': [recentMenu(context)] }),
      // Windows: Alt+F4 closes the window natively; Linux apps use Ctrl+Q.
      ...(mac
        ? []
        : [SEPARATOR, role('quit', 'Afslut', context.platform === 'linux' ? 'Ctrl+Q' : undefined)]),
    ],
  };

  const edit: MenuItem = {
    label: 'Rediger',
    submenu: [
      ...items(commandsOf('edit', skip).slice(0, LAYOUT.edit.length)),
      SEPARATOR,
      role('cut', 'Klip', 'CmdOrCtrl+X'),
      role('copy', 'Kopiér', 'CmdOrCtrl+C'),
      role('paste', 'Sæt ind', 'CmdOrCtrl+V'),
      role(
        'pasteAndMatchStyle',
        'Sæt ind som ren tekst',
        mac ? 'Command+Alt+Shift+V' : 'CmdOrCtrl+Shift+V',
      ),
      role('selectAll', 'Markér alt', 'CmdOrCtrl+A'),
      ...items(commandsOf('edit', skip).slice(LAYOUT.edit.length)),
    ],
  };

  const view: MenuItem = {
    label: 'Vis',
    submenu: [
      ...items(commandsOf('view', skip)),
      role('zoomIn', 'Zoom ind', 'CmdOrCtrl+Plus'),
      role('zoomOut', 'Zoom ud', 'CmdOrCtrl+-'),
      SEPARATOR,
      role('togglefullscreen', 'Fuld skærm', mac ? 'Control+Command+F' : 'F11'),
      ...(context.isDev
        ? [
            SEPARATOR,
            role('reload', 'Genindlæs', 'CmdOrCtrl+R'),
            role('toggleDevTools', 'Udviklerværktøjer', 'CmdOrCtrl+Alt+I'),
          ]
        : []),
    ],
  };

  const windowMenu: MenuItem = {
    label: 'Vindue',
    submenu: [
      role('minimize', 'Minimér', 'Command+M'),
      role('zoom', 'Zoom'),
      SEPARATOR,
      role('front', 'Anbring alle forrest'),
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    { label: 'Møde', submenu: items(commandsOf('meeting', skip)) },
    view,
    ...(mac ? [windowMenu] : []),
    { label: 'Hjælp', role: 'help', submenu: items(commandsOf('help', skip)) },
  ];
}

/** Filer › Seneste: the OS-managed list on macOS, our own list elsewhere. */
function recentMenu(context: MenuContext): MenuItem {
  if (context.platform === 'darwin') {
    return {
      label: 'Seneste',
      role: 'recentDocuments',
      submenu: [role('clearRecentDocuments', 'Ryd menu')],
    };
  }
  const files = context.recentFiles.map((file): MenuItem => ({
    // "&" marks an access key in Windows menus; a title like "Løn & Personale" must show it.
    label: (file.title || file.path).replaceAll('&', '&&'),
    toolTip: file.path,
    click: () => context.onOpenRecent(file.path),
  }));
  return {
    label: 'Seneste',
    submenu: files.length > 0 ? files : [{ label: 'Ingen seneste møder', enabled: false }],
  };
}
