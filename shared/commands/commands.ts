/**
 * The one registry of user commands, shared by the native menu (main
 * process), the toolbar and the keyboard (renderer). A menu item sends only
 * the command id to the renderer (`app:command`), which runs it; so a
 * command has one label, one shortcut and one implementation everywhere.
 *
 * Accelerators use Electron's syntax with CmdOrCtrl, so macOS gets ⌘ and
 * Windows/Linux get Ctrl from the same entry.
 */
export interface CommandSpec {
  /** Danish label as shown in menus and tooltips. */
  label: string;
  /** Electron accelerator, e.g. "CmdOrCtrl+S"; omitted for commands without a shortcut. */
  accelerator?: string;
  /** The menu it appears in. */
  menu: 'file' | 'edit' | 'meeting' | 'view' | 'help';
}

export const COMMANDS = {
  'file.new': { label: 'Nyt møde', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  'file.newFromThis': {
    label: 'Nyt møde ud fra dette',
    accelerator: 'CmdOrCtrl+Shift+N',
    menu: 'file',
  },
  'file.open': { label: 'Åbn…', accelerator: 'CmdOrCtrl+O', menu: 'file' },
  'file.save': { label: 'Gem', accelerator: 'CmdOrCtrl+S', menu: 'file' },
  'file.saveAs': { label: 'Gem som…', accelerator: 'CmdOrCtrl+Shift+S', menu: 'file' },
  'file.exportWord': { label: 'Eksportér til Word…', accelerator: 'CmdOrCtrl+E', menu: 'file' },
  'file.exportPublic': {
    label: 'Eksportér offentlig version…',
    accelerator: 'CmdOrCtrl+Shift+E',
    menu: 'file',
  },
  'file.close': { label: 'Luk', accelerator: 'CmdOrCtrl+W', menu: 'file' },
  // Text formatting in the focused rich-text field. Menus may show these;
  // the renderer runs them on the editor that last had focus.
  'format.bold': { label: 'Fed', accelerator: 'CmdOrCtrl+B', menu: 'edit' },
  'format.italic': { label: 'Kursiv', accelerator: 'CmdOrCtrl+I', menu: 'edit' },
  'format.underline': { label: 'Understreget', accelerator: 'CmdOrCtrl+U', menu: 'edit' },
  'format.bulletList': { label: 'Punktopstilling', accelerator: 'CmdOrCtrl+Shift+8', menu: 'edit' },
  'format.numberedList': {
    label: 'Nummereret liste',
    accelerator: 'CmdOrCtrl+Shift+7',
    menu: 'edit',
  },
  'format.subheading': { label: 'Underoverskrift', accelerator: 'CmdOrCtrl+Alt+3', menu: 'edit' },
  'format.link': { label: 'Indsæt link…', accelerator: 'CmdOrCtrl+K', menu: 'edit' },
  'format.table': { label: 'Indsæt tabel', menu: 'edit' },
  'edit.undo': { label: 'Fortryd', accelerator: 'CmdOrCtrl+Z', menu: 'edit' },
  'edit.redo': { label: 'Gentag', accelerator: 'CmdOrCtrl+Y', menu: 'edit' },
  'meeting.addItem': {
    label: 'Tilføj punkt',
    accelerator: 'CmdOrCtrl+Shift+Enter',
    menu: 'meeting',
  },
  'meeting.duplicateItem': { label: 'Duplikér punkt', menu: 'meeting' },
  'meeting.deleteItem': { label: 'Slet punkt', menu: 'meeting' },
  'meeting.moveItemUp': { label: 'Flyt punkt op', accelerator: 'Alt+Shift+Up', menu: 'meeting' },
  'meeting.moveItemDown': {
    label: 'Flyt punkt ned',
    accelerator: 'Alt+Shift+Down',
    menu: 'meeting',
  },
  'meeting.nextItem': { label: 'Næste punkt', accelerator: 'Alt+Down', menu: 'meeting' },
  'meeting.previousItem': { label: 'Forrige punkt', accelerator: 'Alt+Up', menu: 'meeting' },
  'meeting.goToDecision': {
    label: 'Gå til beslutning',
    accelerator: 'CmdOrCtrl+D',
    menu: 'meeting',
  },
  'meeting.newDecision': {
    label: 'Ny beslutning',
    accelerator: 'CmdOrCtrl+Shift+D',
    menu: 'meeting',
  },
  'meeting.standardPhrases': {
    label: 'Standardformuleringer…',
    accelerator: 'CmdOrCtrl+Shift+F',
    menu: 'meeting',
  },
  'meeting.header': { label: 'Mødeoplysninger', accelerator: 'CmdOrCtrl+0', menu: 'meeting' },
  'help.shortcuts': { label: 'Tastaturgenveje', accelerator: 'F1', menu: 'help' },
  'help.about': { label: 'Om Referat', menu: 'help' },
} as const satisfies Record<string, CommandSpec>;

/** Every command id. */
export type CommandId = keyof typeof COMMANDS;

/** True for a known command id (for validating `app:command` payloads). */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}

/** What enables a command: the state the renderer reports to main ('app:ui-state'). */
export interface CommandState {
  meetingOpen: boolean;
}

/**
 * Commands that also work on the start screen. Every other command acts on
 * the open meeting, so menus grey it out while none is open; a new command
 * is therefore disabled without a meeting unless it is listed here.
 */
const WITHOUT_MEETING: ReadonlySet<CommandId> = new Set<CommandId>([
  'file.new',
  'file.open',
  'help.shortcuts',
  'help.about',
]);

/** Enabled-when: true when `id` can run in `state`. */
export function isCommandEnabled(id: CommandId, state: CommandState): boolean {
  return state.meetingOpen || WITHOUT_MEETING.has(id);
}
