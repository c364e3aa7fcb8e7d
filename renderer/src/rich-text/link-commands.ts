import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND, type LinkNode } from '@lexical/link';
import { $findMatchingParent, $unwrapNode } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';

/** The link around the caret (or the selection's start), if any. Call inside a read or update. */
export function $linkAtSelection(): LinkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link : null;
}

/**
 * Links the selection to `url`. In a link, its address changes (the text
 * stays); with nothing selected, the address itself becomes the link text;
 * otherwise the selected text becomes the link. A text that never had the
 * caret (Ctrl+K on its toolbar) gets the link at its end. `url` must
 * already be validated (normalizeTypedUrl).
 */
export function setLinkAtSelection(editor: LexicalEditor, url: string, typed: string): void {
  let done = false;
  editor.update(
    () => {
      const link = $linkAtSelection();
      if (link) {
        link.setURL(url);
        done = true;
        return;
      }
      if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed()) {
        selection.insertNodes([$createLinkNode(url).append($createTextNode(typed.trim()))]);
        done = true;
      }
    },
    { discrete: true },
  );
  if (!done) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
}

/** Removes the link around the caret, keeping its text and formatting. */
export function removeLinkAtSelection(editor: LexicalEditor): void {
  editor.update(() => {
    const link = $linkAtSelection();
    if (link) $unwrapNode(link);
  });
}
