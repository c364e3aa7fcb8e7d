import {
  ORDERED_LIST,
  UNORDERED_LIST,
  registerMarkdownShortcuts,
  type ElementTransformer,
} from '@lexical/markdown';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isParagraphNode, $isRootNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Only plain paragraphs of the text itself turn into lists: a subhead such as
 * "1. Fremdrift i programmet" is typed as a heading and must stay one; in a
 * table cell "- 5" is a negative figure (Økonomi), not a list; and nothing
 * else of Markdown (headings, quotes, code, `**bold**`) is wanted while
 * people talk.
 */
function paragraphsOnly(transformer: ElementTransformer, regExp: RegExp): ElementTransformer {
  return {
    ...transformer,
    regExp,
    // Enter on a line holding only "1. " would otherwise convert too; typing the space is the trigger.
    triggerOnEnter: false,
    replace: (parent, children, match, isImport) =>
      $isParagraphNode(parent) && $isRootNode(parent.getParent())
        ? transformer.replace(parent, children, match, isImport)
        : false,
  };
}

/** "- " and "* " start a bulleted list, "1. " a numbered one (same groups as Lexical's own patterns). */
export const LIST_SHORTCUTS: ElementTransformer[] = [
  paragraphsOnly(UNORDERED_LIST, /^(\s*)[-*]\s/),
  paragraphsOnly(ORDERED_LIST, /^(\s*)(\d{1,})\.\s/),
];

/**
 * Word-style list shortcuts at the start of a paragraph. The conversion is
 * its own undo step, so Ctrl+Z right after it gives back the typed "1. " as
 * plain text, as in Word.
 */
export function ListShortcutPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMarkdownShortcuts(editor, LIST_SHORTCUTS), [editor]);
  return null;
}
