import type { ReferatBlocks } from '../build-blocks';
import { flowOf, type FlowUnit } from './flow';
import { countPages } from './paginate';

/**
 * The page each item's heading lands on.
 *
 * When every item starts on a new page (most templates), item k starts
 * after the opening pages and the pages of items before it; each part is
 * paginated on its own, which keeps this one linear pass for a 300-page
 * meeting. When items run on, the whole document is paginated in one go
 * and each heading's page is read off as it is placed.
 *
 * The opening's length can depend on the numbers themselves (a wider
 * number can push a contents entry onto another line), so the layout is
 * repeated until the numbers settle.
 */
export function contentsPageNumbers(blocks: ReferatBlocks): number[] {
  const separatePages = blocks.items.every((item) => {
    const first = item[0];
    return first?.kind === 'paragraph' && first.pageBreakBefore === true;
  });
  const layout = separatePages ? itemsOnTheirOwnPages(blocks) : itemsRunningOn(blocks);
  let numbers: number[] | undefined;
  for (let pass = 0; pass < 4; pass++) {
    const next = layout(numbers);
    const settled = numbers !== undefined && next.every((n, i) => n === numbers?.[i]);
    numbers = next;
    if (settled) break;
  }
  return numbers ?? [];
}

function itemsOnTheirOwnPages(blocks: ReferatBlocks) {
  const itemPages = blocks.items.map((item) => countPages(flowOf(item)));
  return (numbers: number[] | undefined) => {
    let page = countPages(flowOf(blocks.opening, numbers)) + 1;
    return itemPages.map((pages) => {
      const start = page;
      page += pages;
      return start;
    });
  };
}

function itemsRunningOn(blocks: ReferatBlocks) {
  const itemUnits = blocks.items.map((item) => flowOf(item));
  return (numbers: number[] | undefined) => {
    const units: FlowUnit[] = flowOf(blocks.opening, numbers);
    const headings = itemUnits.map((item) => {
      const at = units.length;
      units.push(...item);
      return at;
    });
    // A page that ends while unit u is placed moves u (or its rest) to the next page.
    const pageEnds: number[] = [];
    countPages(units, (end) => pageEnds.push(end.unit));
    return headings.map((unit) => 1 + pageEnds.filter((ended) => ended <= unit).length);
  };
}
