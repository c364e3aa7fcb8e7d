import type { AgendaItem } from '../../model/meeting';
import type { Template } from '../../template/schema';
import type { ExportOptions } from '../options';

/** How much of an item a version shows. */
export type ItemVisibility = 'full' | 'title-and-decision' | 'closed';

/**
 * The public version hides closed items the way the template says: only the
 * number, number and case number, or title and decision. The
 * `publicShowsClosedTitles` option (a setting) can still ask for title and
 * decision.
 */
export function visibilityOf(
  item: AgendaItem,
  options: ExportOptions,
  template: Template,
): ItemVisibility {
  if (!item.closed || options.version === 'internal') return 'full';
  const shows = options.publicShowsClosedTitles
    ? 'title-and-decision'
    : template.closedItems.publicShows;
  return shows === 'title-and-decision' ? 'title-and-decision' : 'closed';
}

/** The title a version prints for an item: the template's label (e.g. "Lukket") for a hidden closed item. */
export function visibleTitle(item: AgendaItem, options: ExportOptions, template: Template): string {
  const visibility = visibilityOf(item, options, template);
  if (visibility === 'closed') return template.closedItems.label;
  if (visibility === 'title-and-decision')
    return `${item.title.trim()}${template.closedItems.titleSuffix}`;
  return item.title;
}

/** Bookmark on item `index`'s heading: short, starts with a letter, [A-Za-z0-9_] only, as Word requires. */
export function itemBookmark(index: number): string {
  return `punkt_${index + 1}`;
}
