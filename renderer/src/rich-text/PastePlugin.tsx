import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import type { RichTextNode } from '../../../shared/model/rich-text';
import { emptyTally, sanitizeNode } from '../../../shared/model/rich-text-sanitize';
import { cleanPastedHtml, parseClipboardHtml } from './clean-pasted-html';
import { EDITOR_NAMESPACE } from './nodes';

const LEXICAL_FORMAT = 'application/x-lexical-editor';

/**
 * The nodes of Lexical's own clipboard format when it comes from one of our
 * editors (another Referat field or window), sanitized like a file; null
 * for anything else, which is then pasted as HTML.
 */
function lexicalClipboardNodes(data: string): RichTextNode[] | null {
  try {
    const payload = JSON.parse(data) as { namespace?: unknown; nodes?: unknown };
    if (payload.namespace !== EDITOR_NAMESPACE || !Array.isArray(payload.nodes)) return null;
    const tally = emptyTally();
    return (payload.nodes as RichTextNode[]).map((node) => sanitizeNode(node, tally));
  } catch {
    return null;
  }
}

/**
 * Every paste with more than plain text goes through here, so nothing
 * foreign reaches a field unfiltered: HTML (Word, web pages) through
 * cleanPastedHtml, so lists stay lists and foreign styling stays out;
 * Lexical's own clipboard format (copy between our fields) with its inline
 * styles removed. Plain text falls through to the default handler.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data) return false;
          const lexical = data.types.includes(LEXICAL_FORMAT)
            ? lexicalClipboardNodes(data.getData(LEXICAL_FORMAT))
            : null;
          const html = data.getData('text/html');
          if (!lexical && !html) return false;
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if (!selection) return;
            let nodes: LexicalNode[];
            if (lexical) {
              nodes = $generateNodesFromSerializedNodes(lexical);
            } else {
              const doc = parseClipboardHtml(html);
              cleanPastedHtml(doc);
              nodes = $generateNodesFromDOM(editor, doc);
            }
            $insertGeneratedNodes(editor, nodes, selection);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
