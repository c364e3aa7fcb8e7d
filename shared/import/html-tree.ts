/**
 * A small reader for the HTML mammoth writes (electron/main/import/): a tree
 * of elements and text, without a DOM, so the recogniser stays pure and runs
 * the same in main, the CLI and tests. Mammoth's output is regular — every
 * element closed, attributes double-quoted, only &amp; &lt; &gt; &quot;
 * escaped — so this is no general HTML parser and does not try to be; an
 * unexpected end tag is ignored rather than trusted.
 */

/** An element: lower-case tag, attributes, children in order. */
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}

/** A run of text, entities decoded. */
export interface HtmlText {
  kind: 'text';
  text: string;
}

/** A node of the tree. */
export type HtmlNode = HtmlElement | HtmlText;

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|<[^>]*>|[^<]+/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*"([^"]*)")?/g;

/** Decodes the entities mammoth writes, and numeric ones for safety. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    if (lower === 'nbsp') return '\u00a0';
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** Parses `html` into the children of a root element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as HtmlElement;
    const [whole, closing, rawTag, rawAttributes, selfClosing] = match;
    if (rawTag === undefined) {
      // Text, or a comment/doctype (a tag-like token that is not an element).
      if (!whole.startsWith('<')) top.children.push({ kind: 'text', text: decodeEntities(whole) });
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (rawAttributes ?? '').matchAll(ATTRIBUTE)) {
      attributes[(attribute[1] ?? '').toLowerCase()] = decodeEntities(attribute[2] ?? '');
    }
    const element: HtmlElement = { kind: 'element', tag, attributes, children: [] };
    top.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

/** The text of a node, as a reader sees it (a line break as "\n", an image as nothing). */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.tag === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** The element children of `element`. */
export function elementsOf(element: HtmlElement): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => child.kind === 'element');
}
