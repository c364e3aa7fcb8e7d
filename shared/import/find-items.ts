/**
 * Where the items start: by the template's item heading pattern, by Heading
 * styles, by bold numbered lines, or by numbered-list paragraphs standing
 * alone — the first way that finds any (real dagsordener use all of them).
 */
import type { Template } from '../template/schema';
import { elementsOf } from './html-tree';
import { patternMatcher } from './match-pattern';
import { classOf, type Block } from './blocks';

/** How the items were found, for the preview ("fundet ved …"). */
export type ItemRule = 'pattern' | 'headings' | 'bold' | 'numbered-list' | 'none';

export const GENERIC_ITEM = /^(?:(?:punkt|pkt\.?|nr\.?|sag)\s*)?(\d{1,4})\s*[.:)\-–]?\s+(.+)$/i;
export const GENERIC_ITEM_NUMBER_ONLY = /^(?:(?:punkt|pkt\.?|nr\.?)\s*)(\d{1,4})\.?$/i;

/** Number and title of a heading line, by the template's pattern or a common form. */
export function readHeading(
  text: string,
  template: Template,
): { number: number | null; title: string } {
  const byPattern = patternMatcher(template.item.heading)(text);
  if (byPattern && (byPattern.nr || byPattern.titel)) {
    return { number: byPattern.nr ? Number(byPattern.nr) : null, title: byPattern.titel ?? '' };
  }
  const generic = GENERIC_ITEM.exec(text);
  if (generic) return { number: Number(generic[1]), title: (generic[2] ?? '').trim() };
  const numberOnly = GENERIC_ITEM_NUMBER_ONLY.exec(text);
  if (numberOnly) return { number: Number(numberOnly[1]), title: '' };
  return { number: null, title: text };
}

/** "Åbne punkter", "Lukket dagsorden": a heading that groups items, not an item. */
export const GROUP_HEADING =
  /^(åbne|lukkede|offentlige)\s+(punkter|sager)$|^(åben|lukket|offentlig)\s+(dagsorden|del)$/i;

/**
 * The headings that start items: Heading 1, unless a deeper level holds more
 * numbered headings ("1. Budget" under Heading 1 "Åbne punkter").
 */
function headingLevelOfItems(candidates: { block: Block; index: number }[]) {
  const levels = [1, 2, 3].map((level) =>
    candidates.filter(({ block }) => block.heading === level && !GROUP_HEADING.test(block.text)),
  );
  const numbered = levels.map(
    (level) => level.filter(({ block }) => GENERIC_ITEM.test(block.text)).length,
  );
  const best = numbered.indexOf(Math.max(...numbered));
  return numbered[best] ? (levels[best] ?? []) : (levels[0] ?? []);
}

/** Indexes of the blocks that start items, and by which rule. */
export function findItemStarts(
  blocks: readonly Block[],
  template: Template,
): { starts: number[]; rule: ItemRule } {
  const candidates = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => {
      const cls = classOf(block);
      return (
        block.text !== '' &&
        !cls.includes('toc') &&
        !cls.includes('title') &&
        block.element.tag !== 'table'
      );
    });
  const matcher = patternMatcher(template.item.heading);
  // A pattern without a word of its own ("{nr}. {titel}") also fits numbered body text: only headings and bold lines.
  const patternHasWords = /[A-Za-zÆØÅæøå]/.test(template.item.heading.replace(/\{[^}]*\}/g, ''));
  const byPattern = candidates.filter(({ block }) => {
    if (!(block.heading > 0 || block.bold || patternHasWords)) return false;
    if (block.element.tag === 'ul' || block.element.tag === 'ol') return false;
    const values = matcher(block.text);
    return values !== null && values.nr !== undefined;
  });
  if (byPattern.length > 0) return { starts: byPattern.map((c) => c.index), rule: 'pattern' };
  const headings = headingLevelOfItems(candidates);
  if (headings.length > 0) return { starts: headings.map((c) => c.index), rule: 'headings' };
  const bold = candidates.filter(
    ({ block }) =>
      block.element.tag === 'p' &&
      block.bold &&
      (GENERIC_ITEM.test(block.text) || GENERIC_ITEM_NUMBER_ONLY.test(block.text)),
  );
  if (bold.length > 0) return { starts: bold.map((c) => c.index), rule: 'bold' };
  // Numbered headings: each a one-entry numbered list, short, with other text after it.
  const numbered = candidates.filter(({ block, index }) => {
    if (block.element.tag !== 'ol') return false;
    const entries = elementsOf(block.element).filter((e) => e.tag === 'li');
    const next = blocks[index + 1];
    return (
      entries.length === 1 &&
      block.text.length <= 200 &&
      next !== undefined &&
      next.element.tag !== 'ol'
    );
  });
  if (numbered.length >= 2) return { starts: numbered.map((c) => c.index), rule: 'numbered-list' };
  return { starts: [], rule: 'none' };
}
