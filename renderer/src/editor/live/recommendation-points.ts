/**
 * "Ad 1.", "Ad 2.": when the Indstilling is a numbered list, decisions can
 * answer its points one by one. These helpers find how many points it has
 * and which section is the Indstilling.
 */
import type { AgendaItem } from '../../../../shared/model/meeting';
import type { RichTextNode } from '../../../../shared/model/rich-text';
import type { Template } from '../../../../shared/template/schema';

/** The template's Indstilling: the rich-text section called so (by id or label). */
export function recommendationSectionId(template: Pick<Template, 'sections'>): string | null {
  const section = template.sections.find(
    (s) => s.kind === 'rich-text' && (s.id === 'indstilling' || /^indstilling/i.test(s.label)),
  );
  return section?.id ?? null;
}

/** A list item that only holds a nested list is Lexical's way to indent, not a point of its own. */
function isPoint(node: RichTextNode): boolean {
  const children = node.children ?? [];
  return !(children.length > 0 && children.every((child) => child.type === 'list'));
}

/** The number of points in the first top-level numbered list of the item's Indstilling (0 for none). */
export function recommendationPoints(
  item: Pick<AgendaItem, 'sections'>,
  template: Pick<Template, 'sections'>,
): number {
  const id = recommendationSectionId(template);
  const text = id ? item.sections[id] : undefined;
  const list = text?.root.children.find(
    (node) => node.type === 'list' && node.listType === 'number',
  );
  return (list?.children ?? []).filter((node) => node.type === 'listitem' && isPoint(node)).length;
}
