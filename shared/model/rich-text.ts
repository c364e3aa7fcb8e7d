/**
 * Rich text as stored in a meeting: Lexical's serialized editor state in its
 * full `editorState.toJSON()` form (not the compact form, which drops
 * defaults such as a list's `listType`).
 *
 * The types here are our own, deliberately loose view of that JSON: `shared/`
 * must not depend on the DOM-bound `lexical` package, and files written by a
 * newer editor may carry node kinds we do not know yet. Consumers (the Word
 * exporter) switch on `type` and degrade unknown kinds to their text.
 */

/** Any serialized Lexical node. Known kinds are narrowed by `type`. */
export interface RichTextNode {
  type: string;
  version?: number;
  children?: RichTextNode[];
  [key: string]: unknown;
}

/** The root of a serialized editor state. */
export interface RichTextRoot extends RichTextNode {
  type: 'root';
  children: RichTextNode[];
}

/** One rich-text field (Baggrund, Indstilling, Sagsfremstilling, a decision's text, …). */
export interface RichText {
  root: RichTextRoot;
}

/** Text format bitmask used by Lexical's TextNode (`format` field). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** A serialized text node (full `toJSON()` form); `format` is the TEXT_FORMAT bitmask. */
export function textNode(text: string, format = 0): RichTextNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

/** A serialized paragraph node (full `toJSON()` form). */
export function paragraphNode(children: RichTextNode[]): RichTextNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  };
}

/** An empty rich-text field: a root with one empty paragraph, as Lexical creates it. */
export function emptyRichText(): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [paragraphNode([])],
    },
  };
}

/** The plain text of a node and its descendants; paragraphs and list items are separated by newlines. */
export function plainTextOf(node: RichTextNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const children = node.children ?? [];
  const blockLike =
    node.type === 'root' ||
    node.type === 'list' ||
    node.type === 'table' ||
    node.type === 'tablerow';
  return children.map(plainTextOf).join(blockLike ? '\n' : '');
}

/**
 * True when a field holds no visible text (only empty paragraphs): what
 * `plainTextOf(…).trim() === ''` says (line breaks and tabs are white
 * space), without building the text; it stops at the first visible character.
 */
export function isRichTextEmpty(text: RichText): boolean {
  return !hasVisibleText(text.root);
}

function hasVisibleText(node: RichTextNode): boolean {
  if (node.type === 'text' && typeof node.text === 'string') return /\S/.test(node.text);
  if (node.type === 'linebreak' || node.type === 'tab') return false;
  return (node.children ?? []).some(hasVisibleText);
}

/** True for a rich-text value (`{ root: { type: 'root', … } }`), wherever it sits in a meeting. */
export function isRichText(value: unknown): value is RichText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const root = (value as { root?: { type?: unknown } }).root;
  return typeof root === 'object' && root !== null && root.type === 'root';
}

/** `first` followed by the paragraphs of `second` (moving text into another section keeps both). */
export function appendRichText(first: RichText, second: RichText): RichText {
  const keep = (text: RichText) => (isRichTextEmpty(text) ? [] : text.root.children);
  return { root: { ...first.root, children: [...keep(first), ...keep(second)] } };
}
