import type { ReferatBlocks } from '../build-blocks';
import { flowOf } from './flow';
import { countPages } from './paginate';

/**
 * The page each item's heading lands on. Every item starts on a new page,
 * so item k starts after the opening pages and the pages of items before
 * it; each part is paginated on its own (which is also what keeps this fast
 * for a 300-page meeting: one linear pass, no re-layout). The opening's
 * length can depend on the numbers themselves (a wider number can push a
 * contents entry onto another line), so only the opening is laid out again
 * until the numbers settle.
 */
export function contentsPageNumbers(blocks: ReferatBlocks): number[] {
  const itemPages = blocks.items.map((item) => countPages(flowOf(item)));
  let numbers: number[] | undefined;
  for (let pass = 0; pass < 4; pass++) {
    let page = countPages(flowOf(blocks.opening, numbers)) + 1;
    const next = itemPages.map((pages) => {
      const start = page;
      page += pages;
      return start;
    });
    const settled = numbers !== undefined && next.every((n, i) => n === numbers?.[i]);
    numbers = next;
    if (settled) break;
  }
  return numbers ?? [];
}
