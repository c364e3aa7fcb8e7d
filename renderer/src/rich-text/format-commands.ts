import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $isTableCellNode, INSERT_TABLE_COMMAND } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { CommandId } from '../../../shared/commands/commands';
import { $linkAtSelection } from './link-commands';

/** What the toolbar shows as pressed. */
export interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: 'bullet' | 'number' | null;
  subheading: boolean;
  /** The caret is in a table cell: row and column buttons are offered. */
  inTable: boolean;
  /** The address of the link at the caret: "Redigér link…" and "Fjern link" are offered. */
  link: string | null;
}

/** The format at the current selection. Call inside `editorState.read`. */
export function $readFormatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return {
      bold: false,
      italic: false,
      underline: false,
      list: null,
      subheading: false,
      inTable: false,
      link: null,
    };
  }
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const block = anchor.getTopLevelElement();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
    subheading: $isHeadingNode(block),
    inTable: $findMatchingParent(anchor, $isTableCellNode) !== null,
    link: $linkAtSelection()?.getURL() ?? null,
  };
}

/** Formatting commands that act on an editor without further input. */
export type EditorCommandId = Extract<
  CommandId,
  | 'format.bold'
  | 'format.italic'
  | 'format.underline'
  | 'format.bulletList'
  | 'format.numberedList'
  | 'format.subheading'
  | 'format.table'
  | 'edit.undo'
  | 'edit.redo'
>;

/** Runs a formatting command on `editor` (toolbar, menu, or shortcut). */
export function runEditorCommand(editor: LexicalEditor, id: EditorCommandId): void {
  const state = editor.getEditorState().read($readFormatState);
  switch (id) {
    case 'format.bold':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
      break;
    case 'format.italic':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic');
      break;
    case 'format.underline':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline');
      break;
    case 'format.bulletList':
      editor.dispatchCommand(
        state.list === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND,
        undefined,
      );
      break;
    case 'format.numberedList':
      editor.dispatchCommand(
        state.list === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
      break;
    case 'format.subheading':
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        $setBlocksType(selection, () =>
          state.subheading ? $createParagraphNode() : $createHeadingNode('h3'),
        );
      });
      break;
    case 'format.table':
      editor.dispatchCommand(INSERT_TABLE_COMMAND, {
        rows: '3',
        columns: '3',
        includeHeaders: false,
      });
      break;
    case 'edit.undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      break;
    case 'edit.redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      break;
  }
  editor.focus();
}
