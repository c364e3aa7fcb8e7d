import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, TabNode, TextNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/**
 * The last guard against inline CSS in a field: the editor sets no styles of
 * its own, so any `style` a node carries came from outside (a file, Lexical's
 * clipboard format, a drop from another app) and could, say, lay a
 * full-window fake message over the app. Files and pastes are cleaned before
 * they get here (shared/model/rich-text-sanitize.ts); these transforms run in
 * the same update as any other change, before anything reaches the page, so
 * a path nobody thought of cannot apply a style either.
 */
export function NoInlineStylePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNoInlineStyle(editor), [editor]);
  return null;
}

/** Registers the transforms on `editor`; returns the function that removes them. */
export function registerNoInlineStyle(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(TabNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
    }),
    // `textStyle` becomes the style of text typed next in the paragraph.
    editor.registerNodeTransform(ParagraphNode, (node) => {
      if (node.getTextStyle() !== '') node.setTextStyle('');
    }),
    editor.registerNodeTransform(HeadingNode, (node) => {
      if (node.getTextStyle() !== '') node.setTextStyle('');
    }),
    editor.registerNodeTransform(ListItemNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
      if (node.getTextStyle() !== '') node.setTextStyle('');
    }),
  );
}
