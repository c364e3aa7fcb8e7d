import type { RichText, RichTextNode } from './rich-text';
import { boundTableSpans, clampNumbers } from './rich-text-limits';

/**
 * What a sanitizing pass changed, per kind, for the repair notice. A fresh
 * tally starts at zero; passes add to it.
 */
export interface SanitizeTally {
  /** Inline CSS removed (text `style`, element `textStyle`, cell colours and alignment). */
  styles: number;
  /** Numbers brought within bounds (see rich-text-limits.ts). */
  numbers: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): SanitizeTally {
  return { styles: 0, numbers: 0 };
}

/**
 * Fields whose value Lexical turns into inline CSS on the page. The editor
 * itself never sets any of them (no font, colour or cell-colour tools), so
 * any value came from another program or a crafted file: a text `style` of
 * `position:fixed;inset:0` puts a full-window fake message over the app.
 * Cleared to the value Lexical uses for "none".
 */
const STYLE_FIELDS: readonly (readonly [key: string, none: '' | null])[] = [
  ['style', ''],
  ['textStyle', ''],
  ['backgroundColor', null],
  ['verticalAlign', null],
];

/** Past this depth the schema refuses the text anyway (rich-text-schema.ts); no need to walk on. */
const MAX_WALK_DEPTH = 200;

function isNode(value: unknown): value is RichTextNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One node and its descendants with everything the editor would not have
 * written removed (see STYLE_FIELDS) and every number within bounds (see
 * rich-text-limits.ts). Works on unvalidated JSON too (the read pipeline
 * runs it before the schema): what is not a node is left for the schema to
 * refuse. Copy on write: an unchanged node is returned as is, so a clean
 * 290-page meeting costs one walk and no copies.
 */
export function sanitizeNode(node: RichTextNode, tally: SanitizeTally, depth = 0): RichTextNode {
  if (!isNode(node) || depth > MAX_WALK_DEPTH) return node;
  let copy: RichTextNode | null = null;
  for (const [key, none] of STYLE_FIELDS) {
    const value = node[key];
    if (value === undefined || value === none) continue;
    copy ??= { ...node };
    copy[key] = none;
    tally.styles++;
  }
  const numbers = clampNumbers(copy ?? node);
  if (numbers.changed > 0) {
    copy = numbers.node;
    tally.numbers += numbers.changed;
  }
  const children = node.children;
  if (Array.isArray(children)) {
    let cleaned: RichTextNode[] | null = null;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as RichTextNode;
      const next = sanitizeNode(child, tally, depth + 1);
      if (next !== child) {
        cleaned ??= children.slice();
        cleaned[i] = next;
      }
    }
    if (cleaned) {
      copy ??= { ...node };
      copy.children = cleaned;
    }
  }
  if (node.type === 'table') {
    const table = boundTableSpans(copy ?? node);
    if (table.changed > 0) {
      copy = table.node;
      tally.numbers += table.changed;
    }
  }
  return copy ?? node;
}

/** A rich-text field with sanitizeNode applied to its root; the same object when clean. */
export function sanitizeRichText(value: RichText, tally: SanitizeTally): RichText {
  if (!isNode(value) || !isNode(value.root)) return value;
  const root = sanitizeNode(value.root, tally);
  return root === value.root ? value : { ...value, root: root as RichText['root'] };
}
