/**
 * Mammoth's HTML → the editor's rich text (Lexical's serialized JSON, the
 * node kinds of ../model/rich-text-kinds.ts): paragraphs, subheadings,
 * bulleted and numbered lists (nested), bold, italic, underline,
 * strikethrough, sub- and superscript, links (http, https, mailto only,
 * as on paste) and tables. An image becomes the notice "[billede udeladt]";
 * anything else keeps its text.
 */
import { MAX_SPAN } from '../model/rich-text-limits';
import {
  paragraphNode,
  textNode,
  TEXT_FORMAT,
  type RichText,
  type RichTextNode,
} from '../model/rich-text';
import { elementsOf, textOf, type HtmlElement, type HtmlNode } from './html-tree';
import { IMAGE_NOTICE } from './style-map';

const INLINE_FORMAT: Record<string, number> = {
  strong: TEXT_FORMAT.bold,
  b: TEXT_FORMAT.bold,
  em: TEXT_FORMAT.italic,
  i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  sup: TEXT_FORMAT.superscript,
  sub: TEXT_FORMAT.subscript,
};

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
]);

/** Links the editor keeps (the same rule as paste): web and mail addresses only. */
function safeUrl(href: string | undefined): string | null {
  const url = (href ?? '').trim();
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : null;
}

function element(type: string, children: RichTextNode[], extra: Record<string, unknown> = {}) {
  return { type, version: 1, direction: null, format: '', indent: 0, children, ...extra };
}

/** A run of text: tabs become tab nodes, as the editor stores them. */
function textRuns(text: string, format: number): RichTextNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/(\t|\n)/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '\t'
        ? { type: 'tab', version: 1, text: '\t', format, detail: 2, mode: 'normal', style: '' }
        : part === '\n'
          ? { type: 'linebreak', version: 1 }
          : textNode(part, format),
    );
}

/** The inline content of `node`: text, formats, links, line breaks. */
export function inlineNodes(node: HtmlNode, format = 0): RichTextNode[] {
  if (node.kind === 'text') return textRuns(node.text, format);
  if (node.tag === 'br') return [{ type: 'linebreak', version: 1 }];
  if (node.tag === 'img') return [textNode(IMAGE_NOTICE, format)];
  const inner = format | (INLINE_FORMAT[node.tag] ?? 0);
  const children = node.children.flatMap((child) => inlineNodes(child, inner));
  if (node.tag === 'a') {
    const url = safeUrl(node.attributes.href);
    if (url && children.length > 0) {
      return [element('link', children, { rel: null, target: null, title: null, url })];
    }
  }
  return children;
}

/** Merges neighbouring text runs of one format, so "Bud" + "get" reads as Word shows it. */
function merged(nodes: RichTextNode[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    } else out.push(node.children ? { ...node, children: merged(node.children) } : node);
  }
  return out;
}

function paragraph(children: RichTextNode[]) {
  return paragraphNode(merged(children));
}

function listNode(list: HtmlElement, start: number): RichTextNode {
  const numbered = list.tag === 'ol';
  const items = elementsOf(list).filter((child) => child.tag === 'li');
  return element(
    'list',
    items.map((item, i) => {
      const inline: HtmlNode[] = [];
      const nested: RichTextNode[] = [];
      const content: RichTextNode[] = [];
      for (const child of item.children) {
        if (child.kind === 'element' && (child.tag === 'ul' || child.tag === 'ol')) {
          nested.push(listNode(child, 1));
        } else if (child.kind === 'element' && BLOCK_TAGS.has(child.tag)) {
          // A paragraph inside an item: its text joins the item's line.
          if (inline.length > 0 || content.length > 0)
            content.push({ type: 'linebreak', version: 1 });
          content.push(...child.children.flatMap((c) => inlineNodes(c)));
        } else inline.push(child);
      }
      const own = merged([...inline.flatMap((c) => inlineNodes(c)), ...content]);
      const children = own.length > 0 ? own : [];
      // Lexical keeps a nested list in its own list item after the parent's text.
      return element('listitem', [...children, ...nested], { value: start + i });
    }),
    { listType: numbered ? 'number' : 'bullet', start, tag: numbered ? 'ol' : 'ul' },
  );
}

function tableNode(table: HtmlElement): RichTextNode {
  const rows = elementsOf(table).flatMap((child) =>
    child.tag === 'tr'
      ? [child]
      : ['thead', 'tbody', 'tfoot'].includes(child.tag)
        ? elementsOf(child).filter((r) => r.tag === 'tr')
        : [],
  );
  return element(
    'table',
    rows.map((row) =>
      element(
        'tablerow',
        elementsOf(row)
          .filter((cell) => cell.tag === 'td' || cell.tag === 'th')
          .map((cell) => {
            const blocks = blocksToNodes(cell.children, true);
            const span = (name: string) =>
              Math.min(MAX_SPAN, Math.max(1, Number(cell.attributes[name] ?? '1') || 1));
            return element('tablecell', blocks.length > 0 ? blocks : [paragraph([])], {
              colSpan: span('colspan'),
              rowSpan: span('rowspan'),
              headerState: cell.tag === 'th' ? 1 : 0,
              backgroundColor: null,
            });
          }),
        { height: 0 },
      ),
    ),
    { colWidths: undefined },
  );
}

/**
 * Block-level HTML → rich-text nodes. Inline content between blocks becomes
 * a paragraph; a table inside a table keeps its text (the exporter has no
 * nested tables).
 */
export function blocksToNodes(nodes: readonly HtmlNode[], inCell = false): RichTextNode[] {
  const out: RichTextNode[] = [];
  let loose: HtmlNode[] = [];
  const flush = () => {
    if (
      loose.some(
        (node) => textOf(node).trim() !== '' || (node.kind === 'element' && node.tag === 'img'),
      )
    ) {
      out.push(paragraph(loose.flatMap((node) => inlineNodes(node))));
    }
    loose = [];
  };
  for (const node of nodes) {
    if (node.kind === 'text' || !BLOCK_TAGS.has(node.tag)) {
      loose.push(node);
      continue;
    }
    flush();
    out.push(...blockNode(node, inCell));
  }
  flush();
  return out;
}

/** One block element → its rich-text nodes. */
export function blockNode(node: HtmlElement, inCell = false): RichTextNode[] {
  switch (node.tag) {
    case 'ul':
    case 'ol':
      return [listNode(node, 1)];
    case 'table':
      return inCell
        ? [paragraph(textRuns(textOf(node).replace(/\s+/g, ' ').trim(), 0))]
        : [tableNode(node)];
    case 'blockquote':
      return blocksToNodes(node.children, inCell);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      // The editor's subheading is h3 (rich-text-kinds.ts).
      return [
        element('heading', merged(node.children.flatMap((c) => inlineNodes(c))), { tag: 'h3' }),
      ];
    default:
      return [paragraph(node.children.flatMap((c) => inlineNodes(c)))];
  }
}

/** Rich text of the given nodes; empty (one empty paragraph) when there are none. */
export function richTextOf(nodes: RichTextNode[]): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: nodes.length > 0 ? nodes : [paragraphNode([])],
    },
  };
}
