/**
 * The executable half of the command registry: for every command in
 * shared/commands/commands.ts (label, keys, menu, scope), how it runs.
 * `satisfies Record<CommandId, …>` makes a command without an
 * implementation a type error, so a menu item can never do nothing. Menus
 * (through 'app:command'), keys, buttons and the shortcut overview all go
 * through `runCommand`.
 */
import { COMMANDS, type CommandId, type CommandSpec } from '../../../../shared/commands/commands';
import type { EditorActions } from '../../editor/editor-actions';
import { insertTimeAtFocus } from '../../editor/live/clock';
import { requestLive, type LiveRequest } from '../../editor/live/live-requests';
import { focusedEditor, toolbarEditor } from '../../rich-text/focused-editor';
import { focusFormatToolbar } from '../../rich-text/toolbar-host';
import { runEditorCommand, type EditorCommandId } from '../../rich-text/format-commands';
import { openSpellingSuggestions } from '../../spelling/use-spelling';
import type { CommandContext } from './command-context';

/** How a command runs; `false` means it did not apply (the key goes on to the page). */
interface Implementation {
  run(context: CommandContext): boolean | void;
}

/** A command that acts on the open meeting's editor. */
function onEditor(run: (editor: EditorActions) => void): Implementation {
  return { run: ({ editor }) => (editor ? run(editor) : false) };
}

/** Formatting acts on the focused text field only; elsewhere the key is not ours. */
function format(id: EditorCommandId): Implementation {
  return {
    run: () => {
      const editor = focusedEditor();
      if (!editor) return false;
      runEditorCommand(editor, id);
    },
  };
}

/** Ctrl+Z / Ctrl+Y: a deletion on offer first, then the focused text field, else the browser's own undo for plain fields. */
function history(id: 'edit.undo' | 'edit.redo'): Implementation {
  return {
    run: ({ editor }) => {
      if (id === 'edit.undo' && editor?.undoDeletion()) return;
      const text = focusedEditor();
      if (text) runEditorCommand(text, id);
      // Undo in a plain field (title, Sagsnummer): that field's own history,
      // never a hidden change in a text section.
      else document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
    },
  };
}

/** A live-meeting command for the item on screen; not ours where no item is shown. */
function onItem(request: LiveRequest): Implementation {
  return { run: ({ editor }) => (editor ? requestLive(request) : false) };
}

const IMPLEMENTATIONS = {
  'file.new': { run: ({ shell }) => shell.newMeeting() },
  'file.newFromThis': { run: ({ shell }) => shell.newFromThis() },
  'file.open': { run: ({ shell }) => shell.open() },
  'file.save': { run: ({ shell }) => shell.save() },
  'file.saveAs': { run: ({ shell }) => shell.saveAs() },
  'file.exportWord': { run: ({ shell }) => shell.exportWord('internal') },
  'file.exportPublic': { run: ({ shell }) => shell.exportWord('public') },
  'file.exportPdf': { run: ({ shell }) => shell.exportPdf('internal') },
  'file.exportPublicPdf': { run: ({ shell }) => shell.exportPdf('public') },
  'file.exportAgenda': { run: ({ shell }) => shell.exportAgenda() },
  'file.importAgenda': { run: ({ shell }) => shell.importAgenda() },
  'file.close': { run: ({ shell }) => shell.close() },
  'file.settings': { run: ({ shell }) => shell.showDialog('settings') },
  'file.templates': { run: ({ shell }) => shell.showDialog('templates') },
  'meeting.editTemplate': { run: ({ shell }) => shell.showDialog('template-editor') },
  'meeting.switchTemplate': { run: ({ shell }) => shell.showDialog('switch-template') },
  'format.bold': format('format.bold'),
  'format.italic': format('format.italic'),
  'format.underline': format('format.underline'),
  'format.bulletList': format('format.bulletList'),
  'format.numberedList': format('format.numberedList'),
  'format.subheading': format('format.subheading'),
  'format.table': format('format.table'),
  'format.toolbar': { run: () => focusFormatToolbar() },
  'format.link': {
    run: () => {
      const editor = focusedEditor() ?? toolbarEditor();
      if (!editor) return false;
      window.dispatchEvent(new Event(`referat:link:${editor.getKey()}`));
    },
  },
  'edit.undo': history('edit.undo'),
  'edit.redo': history('edit.redo'),
  'edit.spellingSuggestions': { run: () => openSpellingSuggestions() },
  'meeting.addItem': onEditor((e) => e.addItem()),
  'meeting.duplicateItem': onEditor((e) => e.duplicateItem()),
  'meeting.deleteItem': onEditor((e) => e.deleteItem()),
  'meeting.moveItemUp': onEditor((e) => e.moveItem(-1)),
  'meeting.moveItemDown': onEditor((e) => e.moveItem(1)),
  'meeting.nextItem': onEditor((e) => e.nextItem()),
  'meeting.previousItem': onEditor((e) => e.previousItem()),
  'meeting.header': onEditor((e) => e.showHeader()),
  'meeting.goToDecision': onEditor((e) => e.goToDecision()),
  'meeting.newDecision': onEditor((e) => e.newDecision()),
  'meeting.standardPhrases': onEditor((e) => e.standardPhrases()),
  'meeting.itemAttendance': onItem('attendance'),
  'meeting.itemStatus': onItem('status'),
  'meeting.openItem': onItem('open-item'),
  'meeting.closeItem': onItem('close-item'),
  'meeting.vote': onItem('vote'),
  'meeting.protocolNote': onItem('protocol-note'),
  'edit.insertTime': { run: () => insertTimeAtFocus() },
  'help.shortcuts': { run: ({ shell }) => shell.showDialog('shortcuts') },
  'help.about': { run: ({ shell }) => shell.showDialog('about') },
} satisfies Record<CommandId, Implementation>;

/** True when `id` can run now: meeting commands need an open meeting. */
export function isCommandEnabled(id: CommandId, context: CommandContext): boolean {
  const spec: CommandSpec = COMMANDS[id];
  return spec.scope === 'app' || context.editor !== null;
}

/** Runs `id` if it is enabled; true when it ran (a key that ran is not passed on). */
export function runCommand(id: CommandId, context: CommandContext): boolean {
  if (!isCommandEnabled(id, context)) return false;
  return IMPLEMENTATIONS[id].run(context) !== false;
}
