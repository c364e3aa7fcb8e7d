import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { MAX_INDENT } from '../../../shared/model/rich-text-limits';

/**
 * Tab / Shift+Tab nest and un-nest list items, at most MAX_INDENT levels deep. Everywhere else Tab keeps its
 * normal meaning (next field), so the keyboard never gets trapped in a text
 * section (WCAG 2.1.2).
 */
export function ListTabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const inList = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
          if (!inList) return false;
          event.preventDefault();
          // Deeper than Word's nine levels helps nobody, and the file format bounds it.
          if (!event.shiftKey && inList.getIndent() >= MAX_INDENT) return true;
          return editor.dispatchCommand(
            event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
            undefined,
          );
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
