import type { AgendaItem } from '../../model/meeting';
import type { ExportOptions } from '../options';

/** How much of an item a version shows. */
export type ItemVisibility = 'full' | 'title-and-decision' | 'closed';

/** The public version hides closed items (or shows title and decision when the setting says so). */
export function visibilityOf(item: AgendaItem, options: ExportOptions): ItemVisibility {
  if (!item.closed || options.version === 'internal') return 'full';
  return options.publicShowsClosedTitles ? 'title-and-decision' : 'closed';
}

/** The title a version prints for an item: "Lukket" for a hidden closed item. */
export function visibleTitle(item: AgendaItem, options: ExportOptions): string {
  return visibilityOf(item, options) === 'closed' ? 'Lukket' : item.title;
}

/** Bookmark on item `index`'s heading: short, starts with a letter, [A-Za-z0-9_] only, as Word requires. */
export function itemBookmark(index: number): string {
  return `punkt_${index + 1}`;
}
