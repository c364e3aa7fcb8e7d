import type { ReferatBlocks } from '../build-blocks';
import { flowOf } from './flow';
import { countPages } from './paginate';

/**
 * The page each item's heading lands on. Every item starts on a new page,
 * so item k starts after the opening pages and the pages of items before
 * it; each part is paginated on its own (which is also what keeps this fast
 * for a 300-page meeting: one linear pass, no re-layout).
 */
export function contentsPageNumbers(blocks: ReferatBlocks): number[] {
  let page = countPages(flowOf(blocks.opening)) + 1;
  return blocks.items.map((item) => {
    const start = page;
    page += countPages(flowOf(item));
    return start;
  });
}
