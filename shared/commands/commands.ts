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
  /** Where the shortcut overview lists it. */
  group: CommandGroup;
  /** 'app' commands work on the start screen too; 'meeting' ones act on the open meeting. */
  scope: 'app' | 'meeting';
}

/** The shortcut overview's groups, in the order shown. */
export const COMMAND_GROUPS = {
  items: 'Punkter',
  text: 'Tekst',
  decisions: 'Beslutninger',
  file: 'Fil',
  help: 'Hjælp',
} as const;

/** A group of the shortcut overview. */
export type CommandGroup = keyof typeof COMMAND_GROUPS;

export const COMMANDS = {
  'file.new': {
    label: 'Nyt møde',
    accelerator: 'CmdOrCtrl+N',
    menu: 'file',
    group: 'file',
    scope: 'app',
  },
  'file.newFromThis': {
    label: 'Nyt møde ud fra dette',
    accelerator: 'CmdOrCtrl+Shift+N',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.open': {
    label: 'Åbn…',
    accelerator: 'CmdOrCtrl+O',
    menu: 'file',
    group: 'file',
    scope: 'app',
  },
  // A dagsorden written in Word (or exported from the case system) becomes a new meeting.
  'file.importAgenda': {
    label: 'Importér dagsorden fra Word…',
    menu: 'file',
    group: 'file',
    scope: 'app',
  },
  'file.save': {
    label: 'Gem',
    accelerator: 'CmdOrCtrl+S',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.saveAs': {
    label: 'Gem som…',
    accelerator: 'CmdOrCtrl+Shift+S',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.exportWord': {
    label: 'Eksportér til Word…',
    accelerator: 'CmdOrCtrl+E',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.exportPublic': {
    label: 'Eksportér offentlig version…',
    accelerator: 'CmdOrCtrl+Shift+E',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  // No shortcuts: the PDF is made once, for publishing, after the Word file.
  'file.exportPdf': { label: 'Eksportér PDF…', menu: 'file', group: 'file', scope: 'meeting' },
  'file.exportPublicPdf': {
    label: 'Eksportér offentlig PDF…',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  // Before the meeting: the items without decisions, for sending out.
  'file.exportAgenda': {
    label: 'Eksportér dagsorden…',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.close': {
    label: 'Luk',
    accelerator: 'CmdOrCtrl+W',
    menu: 'file',
    group: 'file',
    scope: 'meeting',
  },
  'file.settings': { label: 'Indstillinger…', menu: 'file', group: 'file', scope: 'app' },
  // The template library: choose, import, export, and open the editor (renderer/src/app/templates).
  'file.templates': { label: 'Skabeloner…', menu: 'file', group: 'file', scope: 'app' },
  // With a meeting open: its own template; on the start screen: a new one.
  'meeting.editTemplate': {
    label: 'Rediger skabelon…',
    menu: 'meeting',
    group: 'file',
    scope: 'app',
  },
  'meeting.switchTemplate': {
    label: 'Skift skabelon…',
    menu: 'meeting',
    group: 'file',
    scope: 'meeting',
  },
  // Text formatting in the focused rich-text field. Menus may show these;
  // the renderer runs them on the editor that has focus.
  'format.bold': {
    label: 'Fed',
    accelerator: 'CmdOrCtrl+B',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.italic': {
    label: 'Kursiv',
    accelerator: 'CmdOrCtrl+I',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.underline': {
    label: 'Understreget',
    accelerator: 'CmdOrCtrl+U',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.bulletList': {
    label: 'Punktopstilling',
    accelerator: 'CmdOrCtrl+Shift+8',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.numberedList': {
    label: 'Nummereret liste',
    accelerator: 'CmdOrCtrl+Shift+7',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.subheading': {
    label: 'Underoverskrift',
    accelerator: 'CmdOrCtrl+Alt+3',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.link': {
    label: 'Indsæt link…',
    accelerator: 'CmdOrCtrl+K',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'format.table': { label: 'Indsæt tabel', menu: 'edit', group: 'text', scope: 'meeting' },
  // The one formatting toolbar, from the text (the convention of Word and web editors).
  'format.toolbar': {
    label: 'Gå til formateringslinjen',
    accelerator: 'Alt+F10',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'edit.undo': {
    label: 'Fortryd',
    accelerator: 'CmdOrCtrl+Z',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'edit.redo': {
    label: 'Gentag',
    accelerator: 'CmdOrCtrl+Y',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  // The spellchecker's menu for the flagged word at the caret (renderer/src/spelling).
  'edit.spellingSuggestions': {
    label: 'Stavning: forslag',
    accelerator: 'CmdOrCtrl+.',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'meeting.addItem': {
    label: 'Tilføj punkt',
    accelerator: 'CmdOrCtrl+Shift+Enter',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.duplicateItem': {
    label: 'Duplikér punkt',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.deleteItem': {
    label: 'Slet punkt',
    accelerator: 'CmdOrCtrl+Shift+Delete',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.moveItemUp': {
    label: 'Flyt punkt op',
    accelerator: 'Alt+Shift+Up',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.moveItemDown': {
    label: 'Flyt punkt ned',
    accelerator: 'Alt+Shift+Down',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.nextItem': {
    label: 'Næste punkt',
    accelerator: 'Alt+Down',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.previousItem': {
    label: 'Forrige punkt',
    accelerator: 'Alt+Up',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.header': {
    label: 'Mødeoplysninger',
    accelerator: 'CmdOrCtrl+0',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.goToDecision': {
    label: 'Gå til beslutning',
    accelerator: 'CmdOrCtrl+D',
    menu: 'meeting',
    group: 'decisions',
    scope: 'meeting',
  },
  'meeting.newDecision': {
    label: 'Ny beslutning',
    accelerator: 'CmdOrCtrl+Shift+D',
    menu: 'meeting',
    group: 'decisions',
    scope: 'meeting',
  },
  'meeting.standardPhrases': {
    label: 'Standardformuleringer…',
    accelerator: 'CmdOrCtrl+Shift+F',
    menu: 'meeting',
    group: 'decisions',
    scope: 'meeting',
  },
  // The live meeting (issue 10): what happens to an item, recorded from the keyboard.
  'meeting.itemAttendance': {
    label: 'Fremmøde på punktet',
    accelerator: 'CmdOrCtrl+Shift+M',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.itemStatus': {
    label: 'Punktets status…',
    accelerator: 'CmdOrCtrl+Shift+T',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.openItem': {
    label: 'Åbn punkt (noter tid)',
    accelerator: 'CmdOrCtrl+Shift+O',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.closeItem': {
    label: 'Afslut punkt (noter tid)',
    accelerator: 'CmdOrCtrl+Shift+L',
    menu: 'meeting',
    group: 'items',
    scope: 'meeting',
  },
  'meeting.vote': {
    label: 'Afstemning',
    accelerator: 'CmdOrCtrl+Shift+A',
    menu: 'meeting',
    group: 'decisions',
    scope: 'meeting',
  },
  // Styrelseslovens §11: a member's statement entered under the decision (P for protokol).
  'meeting.protocolNote': {
    label: 'Protokolbemærkning',
    accelerator: 'CmdOrCtrl+Shift+P',
    menu: 'meeting',
    group: 'decisions',
    scope: 'meeting',
  },
  // "kl. 10.42" where the caret is, in a text section or a plain field.
  'edit.insertTime': {
    label: 'Indsæt klokkeslæt',
    accelerator: 'CmdOrCtrl+Shift+K',
    menu: 'edit',
    group: 'text',
    scope: 'meeting',
  },
  'help.shortcuts': {
    label: 'Tastaturgenveje',
    accelerator: 'F1',
    menu: 'help',
    group: 'help',
    scope: 'app',
  },
  'help.about': { label: 'Om Referat', menu: 'help', group: 'help', scope: 'app' },
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

/** Enabled-when: true when `id` can run in `state` (menus grey out the rest). */
export function isCommandEnabled(id: CommandId, state: CommandState): boolean {
  const spec: CommandSpec = COMMANDS[id];
  return spec.scope === 'app' || state.meetingOpen;
}
