import type { RichText, RichTextNode } from './rich-text';

/**
 * What a sanitizing pass changed, per kind, for the repair notice. A fresh
 * tally starts at zero; passes add to it.
 */
export interface SanitizeTally {
  /** Inline CSS removed (text `style`, element `textStyle`, cell colours and alignment). */
  styles: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): SanitizeTally {
  return { styles: 0 };
}

/**
 * Fields whose value Lexical turns into inline CSS on the page. The editor
 * itself never sets any of them (no font, colour or cell-colour tools), so
 * any value came from another program or a crafted file: a text `style` of
 * `position:fixed;inset:0` puts a full-window fake message over the app.
 * Cleared to the value Lexical uses for "none".
 */
const STYLE_FIELDS: Readonly<Record<string, '' | null>> = {
  style: '',
  textStyle: '',
  backgroundColor: null,
  verticalAlign: null,
};

function isUnset(key: string, value: unknown): boolean {
  return value === undefined || value === STYLE_FIELDS[key];
}

/**
 * One node and its descendants with everything the editor would not have
 * written removed (see STYLE_FIELDS). Copy on write: an unchanged node is
 * returned as is, so a clean 290-page meeting costs one walk and no copies.
 */
export function sanitizeNode(node: RichTextNode, tally: SanitizeTally): RichTextNode {
  let copy: RichTextNode | null = null;
  for (const key in STYLE_FIELDS) {
    if (isUnset(key, node[key])) continue;
    copy ??= { ...node };
    copy[key] = STYLE_FIELDS[key];
    tally.styles++;
  }
  const children = node.children;
  if (Array.isArray(children)) {
    let cleaned: RichTextNode[] | null = null;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as RichTextNode;
      const next = sanitizeNode(child, tally);
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
  return copy ?? node;
}

/** A rich-text field with sanitizeNode applied to its root; the same object when clean. */
export function sanitizeRichText(value: RichText, tally: SanitizeTally): RichText {
  const root = sanitizeNode(value.root, tally);
  return root === value.root ? value : { ...value, root: root as RichText['root'] };
}
