import { isKnownNodeKind } from '../../../shared/model/rich-text-kinds';
import { emptyTally, sanitizeRichText } from '../../../shared/model/rich-text-sanitize';
import {
  paragraphNode as paragraphOf,
  plainTextOf,
  textNode,
  type RichText,
  type RichTextNode,
} from '../../../shared/model/rich-text';

const INLINE_PARENTS = new Set(['paragraph', 'heading', 'listitem', 'link', 'autolink']);

function clean(node: RichTextNode, inline: boolean): RichTextNode {
  if (!isKnownNodeKind(node.type)) {
    // A kind from a newer or foreign editor: keep its words, lose its shape.
    const text = textNode(plainTextOf(node));
    return inline ? text : paragraphOf([text]);
  }
  if (!node.children) return node;
  const childInline = INLINE_PARENTS.has(node.type);
  return { ...node, children: node.children.map((child) => clean(child, childInline)) };
}

const INLINE_KINDS = new Set(['text', 'linebreak', 'tab', 'link', 'autolink']);

/**
 * Stored rich text made safe for `parseEditorState`, which throws on a node
 * type it has no class for and on text lying directly in the root: unknown
 * kinds become their plain text and loose inline nodes get a paragraph, so
 * an old or hand-edited file still opens and no words are lost. Inline
 * styles are dropped too (main's read pipeline already did; this is the
 * renderer's own guard). Returns `value` itself when nothing needed doing.
 */
export function editableJson(value: RichText): RichText {
  return sanitizeRichText(editableShape(value), emptyTally());
}

function editableShape(value: RichText): RichText {
  const needsCleaning = (node: RichTextNode): boolean =>
    !isKnownNodeKind(node.type) || (node.children ?? []).some(needsCleaning);
  const looseInline = value.root.children.some((child) => INLINE_KINDS.has(child.type));
  if (!looseInline && !needsCleaning(value.root)) return value;
  const children = value.root.children.map((child) =>
    INLINE_KINDS.has(child.type) ? paragraphOf([clean(child, true)]) : clean(child, false),
  );
  return { root: { ...value.root, children } };
}
