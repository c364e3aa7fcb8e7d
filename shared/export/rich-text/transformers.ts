import { isKnownNodeKind, type RichTextNodeKind } from '../../model/rich-text-kinds';
import { TEXT_FORMAT, type RichTextNode } from '../../model/rich-text';
import type { Alignment, ParagraphBlock, RunFormat, TableBlock } from '../blocks';
import { isSafeLinkUrl, xmlSafe } from '../sanitize';
import { BlockWriter } from './block-writer';
import { BULLET_REFERENCE, MAX_LIST_LEVEL, type ListNumbering } from './context';

/** What a transformer knows about where it is in the tree. */
export interface Env {
  writer: BlockWriter;
  numbering: ListNumbering;
  format: RunFormat;
  /** The enclosing link's URL, when it is one the export keeps. */
  link?: string;
  /** The enclosing list: its reference, instance and nesting depth. */
  list?: { reference: string; instance: number; depth: number };
  /** True inside a table cell: a nested table degrades to text. */
  inCell: boolean;
}

/**
 * The one traversal: every node goes through here. The switch is exhaustive
 * over the kinds the editor produces (`assertNever` fails the typecheck when
 * a kind is added to RICH_TEXT_NODE_KINDS without a transformer); a kind the
 * editor does not produce (an old or foreign file) degrades to its text.
 */
export function transformNode(node: RichTextNode, env: Env): void {
  if (!isKnownNodeKind(node.type)) return unknownNode(node, env);
  const kind: RichTextNodeKind = node.type;
  switch (kind) {
    case 'root':
    case 'tablerow':
    case 'tablecell':
      // Rows and cells outside a table (malformed input): keep their content.
      return children(node, env);
    case 'paragraph':
      return paragraph(node, env);
    case 'heading':
      return heading(node, env);
    case 'text':
      return text(node, env);
    case 'linebreak':
      return env.writer.inline({ kind: 'break', link: env.link });
    case 'tab':
      return env.writer.inline({ kind: 'tab', format: env.format, link: env.link });
    case 'link':
    case 'autolink':
      return link(node, env);
    case 'list':
      return list(node, env);
    case 'listitem':
      return listItem(node, env);
    case 'table':
      return table(node, env);
    default:
      return assertNever(kind);
  }
}

function assertNever(kind: never): never {
  throw new Error(`No Word transformer for node kind ${String(kind)}`);
}

function children(node: RichTextNode, env: Env): void {
  for (const child of node.children ?? []) transformNode(child, env);
}

function alignmentOf(node: RichTextNode): Alignment | undefined {
  const format = node.format;
  return format === 'center' || format === 'right' || format === 'justify' ? format : undefined;
}

function indentOf(node: RichTextNode): number | undefined {
  const indent = node.indent;
  return typeof indent === 'number' && indent > 0 ? Math.min(Math.floor(indent), 8) : undefined;
}

function paragraph(node: RichTextNode, env: Env): void {
  env.writer.open(undefined, { align: alignmentOf(node), indent: indentOf(node) });
  children(node, env);
  env.writer.close();
}

/** Subheadings inside a section ("2. Organiseringen"): Heading 3, below the section labels. */
function heading(node: RichTextNode, env: Env): void {
  env.writer.open(env.inCell ? undefined : 'Heading3', { align: alignmentOf(node) });
  children(node, env);
  env.writer.close();
}

function formatOf(node: RichTextNode, inherited: RunFormat): RunFormat {
  const bits = typeof node.format === 'number' ? node.format : 0;
  const format: RunFormat = { ...inherited };
  if (bits & TEXT_FORMAT.bold) format.bold = true;
  if (bits & TEXT_FORMAT.italic) format.italic = true;
  if (bits & TEXT_FORMAT.underline) format.underline = true;
  if (bits & TEXT_FORMAT.strikethrough) format.strike = true;
  return format;
}

/** Text: literal tabs and newlines (pasted text) become Word tabs and breaks, as docx writes them literally. */
function text(node: RichTextNode, env: Env): void {
  const value = typeof node.text === 'string' ? node.text : '';
  writeText(value, formatOf(node, env.format), env);
}

const TAB_OR_BREAK = /[\n\r\t\u2028\u2029]/;

function writeText(value: string, format: RunFormat, env: Env): void {
  const clean = xmlSafe(value);
  // Most text is one run: no split (and its array) for it.
  if (clean !== '' && !TAB_OR_BREAK.test(clean)) {
    env.writer.inline({ kind: 'text', text: clean, format, link: env.link });
    return;
  }
  const parts = clean.split(/(\r\n|[\n\r\t\u2028\u2029])/);
  for (const part of parts) {
    if (part === '') continue;
    if (part === '\t') env.writer.inline({ kind: 'tab', format, link: env.link });
    else if (/^(\r\n|[\n\r\u2028\u2029])$/.test(part))
      env.writer.inline({ kind: 'break', link: env.link });
    else env.writer.inline({ kind: 'text', text: part, format, link: env.link });
  }
}

function link(node: RichTextNode, env: Env): void {
  const url = isSafeLinkUrl(node.url) ? xmlSafe(node.url.trim()) : undefined;
  children(node, { ...env, link: url ?? env.link });
}

function list(node: RichTextNode, env: Env): void {
  env.writer.close();
  const start = typeof node.start === 'number' && node.start > 1 ? Math.floor(node.start) : 1;
  const reference =
    node.listType === 'number' ? env.numbering.numberedReference(start) : BULLET_REFERENCE;
  const depth = env.list ? env.list.depth + 1 : 0;
  // Every list node is its own Word list, so each restarts where the editor's does.
  const instance = env.numbering.newInstance();
  for (const child of node.children ?? []) {
    transformNode(child, { ...env, list: { reference, instance, depth } });
  }
  env.writer.close();
}

/** A list item: its own content in a numbered paragraph; a nested list (a child list) follows it. */
function listItem(node: RichTextNode, env: Env): void {
  const marker = env.list && {
    reference: env.list.reference,
    instance: env.list.instance,
    level: Math.min(env.list.depth, MAX_LIST_LEVEL),
  };
  let opened = false;
  for (const child of node.children ?? []) {
    if (child.type === 'list') {
      env.writer.close();
      transformNode(child, env);
      continue;
    }
    if (!env.writer.isOpen) {
      // Only the first paragraph of an item carries the bullet or number.
      env.writer.open(
        'ListParagraph',
        opened ? { indent: marker ? marker.level + 1 : 1 } : { list: marker },
      );
      opened = true;
    }
    transformNode(child, env);
  }
  env.writer.close();
}

function table(node: RichTextNode, env: Env): void {
  if (env.inCell) return unknownNode(node, env);
  const rows: TableBlock['rows'] = [];
  for (const row of node.children ?? []) {
    const cells = (row.type === 'tablerow' ? (row.children ?? []) : [row]).map((cell) => {
      const writer = new BlockWriter('TableText');
      // A cell's content is its children, as transformNode reads a cell.
      transformNode(cell, {
        ...env,
        writer,
        list: undefined,
        inCell: true,
      });
      const blocks = writer.finish().filter((b): b is ParagraphBlock => b.kind === 'paragraph');
      const header = typeof cell.headerState === 'number' && cell.headerState > 0;
      return { blocks, header };
    });
    if (cells.length > 0) rows.push({ cells });
  }
  if (rows.length > 0) env.writer.table({ kind: 'table', rows });
}

/** A node kind the editor does not produce: keep its text, lose only its formatting. */
function unknownNode(node: RichTextNode, env: Env): void {
  writeText(textOf(node), env.format, env);
}

// Children of these are separate blocks: their texts are joined by line breaks.
const BLOCK_CONTAINERS = new Set(['root', 'list', 'table', 'tablerow']);

/** Like plainTextOf, but also reads a `text` field on nodes of kinds it does not know. */
function textOf(node: RichTextNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(textOf).join(BLOCK_CONTAINERS.has(node.type) ? '\n' : '');
}
