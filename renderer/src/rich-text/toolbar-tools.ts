import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { COMMANDS, type CommandSpec } from '../../../shared/commands/commands';
import { acceleratorLabel } from '../common/keymap';
import { runEditorCommand, type EditorCommandId, type FormatState } from './format-commands';
import { removeLinkAtSelection } from './link-commands';

/** One toolbar button. */
export interface Tool {
  /** Stable id: the roving tab stop remembers it while buttons come and go. */
  id: string;
  text: string;
  label: string;
  title: string;
  pressed?: boolean;
  run: () => void;
}

function titleOf(id: keyof typeof COMMANDS, label?: string): string {
  const spec: CommandSpec = COMMANDS[id];
  const name = label ?? spec.label;
  return spec.accelerator ? `${name} (${acceleratorLabel(spec.accelerator)})` : name;
}

function command(
  editor: LexicalEditor,
  id: EditorCommandId,
  text: string,
  pressed?: boolean,
): Tool {
  const label = COMMANDS[id].label;
  return { id, text, label, title: titleOf(id), pressed, run: () => runEditorCommand(editor, id) };
}

/**
 * The formatting buttons for the format at the caret; in a link, "Redigér
 * link…" and "Fjern link". `openLinkForm` shows the address box.
 */
export function formatTools(
  editor: LexicalEditor,
  state: FormatState | null,
  openLinkForm: () => void,
): Tool[] {
  const inLink = Boolean(state?.link);
  const linkLabel: string = inLink ? 'Redigér link…' : COMMANDS['format.link'].label;
  const link: Tool = {
    id: 'format.link',
    // Short on the button (one toolbar line at 1280 px); its name (which holds the visible
    // word, for speech input) and tooltip have the full words.
    text: inLink ? 'Redigér link…' : 'Link…',
    label: linkLabel,
    title: titleOf('format.link', linkLabel),
    run: openLinkForm,
  };
  const unlink: Tool = {
    id: 'link.remove',
    text: 'Fjern link',
    label: 'Fjern link',
    title: 'Fjern link',
    run: () => {
      removeLinkAtSelection(editor);
      editor.focus();
    },
  };
  return [
    command(editor, 'format.bold', 'F', Boolean(state?.bold)),
    command(editor, 'format.italic', 'K', Boolean(state?.italic)),
    command(editor, 'format.underline', 'U', Boolean(state?.underline)),
    command(editor, 'format.subheading', 'Underoverskrift', Boolean(state?.subheading)),
    command(editor, 'format.bulletList', 'Punktopstilling', state?.list === 'bullet'),
    command(editor, 'format.numberedList', 'Nummereret liste', state?.list === 'number'),
    link,
    ...(inLink ? [unlink] : []),
    command(editor, 'format.table', 'Tabel'),
    command(editor, 'edit.undo', '↶'),
    command(editor, 'edit.redo', '↷'),
  ];
}

const TABLE_ACTIONS: [string, () => void][] = [
  ['Indsæt række under', () => void $insertTableRowAtSelection(true)],
  ['Indsæt kolonne til højre', () => void $insertTableColumnAtSelection(true)],
  ['Slet række', () => $deleteTableRowAtSelection()],
  ['Slet kolonne', () => $deleteTableColumnAtSelection()],
];

/** Row and column buttons, offered while the caret is in a table (figures, Økonomi). */
export function tableTools(editor: LexicalEditor): Tool[] {
  return TABLE_ACTIONS.map(([label, action]) => ({
    id: `table.${label}`,
    text: label,
    label,
    title: label,
    run: () => {
      editor.update(action);
      editor.focus();
    },
  }));
}
