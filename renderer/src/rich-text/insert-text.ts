import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** Inserts `text` at the caret, or at the end when the editor has no caret, and focuses the editor. */
export function insertTextAtCaret(editor: LexicalEditor, text: string): void {
  editor.update(() => {
    let selection = $getSelection();
    if (!$isRangeSelection(selection)) {
      $getRoot().selectEnd();
      selection = $getSelection();
    }
    if ($isRangeSelection(selection)) selection.insertText(text);
  });
  editor.focus();
}
