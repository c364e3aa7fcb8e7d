import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from './clean-pasted-html';

/**
 * Pastes HTML (Word, web pages) through cleanPastedHtml, so lists stay lists
 * and foreign styling stays out. Plain-text pastes and Lexical's own
 * clipboard format fall through to the default handler.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (!data || !html || data.types.includes('application/x-lexical-editor')) return false;
          event.preventDefault();
          const doc = new DOMParser().parseFromString(html, 'text/html');
          cleanPastedHtml(doc);
          editor.update(() => {
            const selection = $getSelection();
            if (!selection) return;
            $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, doc), selection);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
