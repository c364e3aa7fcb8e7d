/**
 * The recogniser's view of mammoth's HTML: one Block per top-level element
 * (paragraph, heading, list, table) with its text and whether it reads as a
 * heading, and the small readers of labelled lines shared by the front
 * matter and the items.
 */
import { plainTextOf, type RichTextNode } from '../model/rich-text';
import { textOf, elementsOf, type HtmlElement } from './html-tree';

/** A top-level element of the document. */
export interface Block {
  element: HtmlElement;
  text: string;
  /** Every visible character is bold (a "heading" in Normal style). */
  bold: boolean;
  heading: number;
}

export function normalise(text: string): string {
  return text.replace(/[\u00a0\s]+/g, ' ').trim();
}

export function isAllBold(element: HtmlElement): boolean {
  let bold = true;
  let any = false;
  const walk = (node: HtmlElement, inBold: boolean) => {
    for (const child of node.children) {
      if (child.kind === 'text') {
        if (child.text.trim() === '') continue;
        any = true;
        if (!inBold) bold = false;
      } else walk(child, inBold || child.tag === 'strong' || child.tag === 'b');
    }
  };
  walk(element, false);
  return any && bold;
}

export function toBlock(element: HtmlElement): Block {
  const level = /^h([1-6])$/.exec(element.tag);
  return {
    element,
    text: normalise(textOf(element)),
    bold: isAllBold(element),
    heading: level ? Number(level[1]) : 0,
  };
}

export function classOf(block: Block): string {
  return block.element.attributes.class ?? '';
}

/** A label as `same` compares it: spaces normalised, no trailing colon, lower case. */
export function labelKey(text: string): string {
  return normalise(text).replace(/:$/, '').toLocaleLowerCase('da');
}

export function same(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** "Label<tab>value", "Label: value", or a bold label then the value; null for other lines. */
export function labelled(block: Block): { label: string; value: string } | null {
  if (block.element.tag !== 'p' && block.heading === 0) return null;
  const raw = textOf(block.element).replace(/\u00a0/g, ' ');
  const first = block.element.children.find((c) => c.kind === 'element' || c.text.trim() !== '');
  if (first?.kind === 'element' && first.tag === 'strong') {
    const label = normalise(textOf(first)).replace(/:$/, '');
    const value = normalise(raw.slice(raw.indexOf(textOf(first)) + textOf(first).length)).replace(
      /^:\s*/,
      '',
    );
    if (label && value) return { label, value };
  }
  const tab = /^([^\t]{1,60})\t+(.+)$/s.exec(raw.trim());
  if (tab)
    return { label: normalise(tab[1] ?? '').replace(/:$/, ''), value: normalise(tab[2] ?? '') };
  const colon = /^([^:]{1,40}):\s+(.+)$/s.exec(normalise(raw));
  if (colon) return { label: (colon[1] ?? '').trim(), value: (colon[2] ?? '').trim() };
  return null;
}

/** The label/value rows of a two-column table (metadata written as a table). */
export function tableRows(block: Block): { label: string; value: string }[] | null {
  if (block.element.tag !== 'table') return null;
  const rows = elementsOf(block.element).flatMap((child) =>
    child.tag === 'tr' ? [child] : elementsOf(child).filter((r) => r.tag === 'tr'),
  );
  const pairs = rows.map((row) => elementsOf(row).filter((c) => c.tag === 'td' || c.tag === 'th'));
  if (pairs.length === 0 || pairs.some((cells) => cells.length !== 2)) return null;
  return pairs.map(([label, value]) => ({
    label: normalise(textOf(label as HtmlElement)).replace(/:$/, ''),
    value: normalise(textOf(value as HtmlElement)),
  }));
}

/** An empty paragraph (Word's spacing): nothing to read, unless it holds an image. */
export function isEmptyBlock(block: Block): boolean {
  return (
    block.text === '' &&
    !block.element.children.some((child) => child.kind === 'element' && child.tag === 'img')
  );
}

/** The start of some text for a report line: «Baggrunden for punkt 1. Det …». */
export function excerpt(nodes: RichTextNode[]): string {
  const text = plainTextOf({ type: 'root', children: nodes }).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()} …` : text;
}

/** The element's children without its leading bold label ("Indstilling:"). */
export function stripLabel(element: HtmlElement): HtmlElement['children'] {
  const [, ...rest] = element.children;
  const first = rest[0];
  if (first?.kind === 'text')
    return [{ kind: 'text', text: first.text.replace(/^\s*:?\s*/, '') }, ...rest.slice(1)];
  return rest;
}
