import type { ReferatBlocks } from '../build-blocks';
import { flowOf, type FlowUnit } from './flow';
import { countPages } from './paginate';

/** A run of units laid out: the result, its page count, and the page each marked unit starts on. */
export interface LaidOutPart<Part> {
  part: Part;
  pages: number;
  /** 1-based, within the part, in the order of the marks. */
  marked: number[];
}

/**
 * How a run of units is laid out: the .docx only counts pages (below), the
 * PDF places every line (./place.ts). `marks` are units whose pages are
 * wanted (the item headings, when items run on).
 */
export type PartLayout<Part> = (units: FlowUnit[], marks: readonly number[]) => LaidOutPart<Part>;

/** The referat laid out: its parts in order, and the page each item's heading lands on. */
export interface PaginatedReferat<Part> {
  parts: Part[];
  numbers: number[];
}

/**
 * Paginates the referat and finds the page each item's heading lands on.
 *
 * When every item starts on a new page (most templates), item k starts
 * after the opening pages and the pages of items before it; each part is
 * paginated on its own, which keeps this one linear pass for a 300-page
 * meeting. When items run on, the whole document is paginated in one go
 * and each heading's page is read off as it is placed.
 *
 * The opening's length can depend on the numbers themselves (a wider
 * number can push a contents entry onto another line), so the layout is
 * repeated until the numbers settle. `detail` asks the flow for placed
 * lines (the PDF); the .docx and the PDF both go through here, so their
 * contents numbers are the same.
 */
export function paginateReferat<Part>(
  blocks: ReferatBlocks,
  layout: PartLayout<Part>,
  detail = false,
): PaginatedReferat<Part> {
  const separatePages = blocks.items.every((item) => {
    const first = item[0];
    return first?.kind === 'paragraph' && first.pageBreakBefore === true;
  });
  const pass = separatePages
    ? itemsOnTheirOwnPages(blocks, layout, detail)
    : itemsRunningOn(blocks, layout, detail);
  let numbers: number[] | undefined;
  let parts: Part[] = [];
  for (let round = 0; round < 4; round++) {
    const next = pass(numbers);
    parts = next.parts;
    const settled = numbers !== undefined && next.numbers.every((n, i) => n === numbers?.[i]);
    numbers = next.numbers;
    if (settled) break;
  }
  return { parts, numbers: numbers ?? [] };
}

function itemsOnTheirOwnPages<Part>(
  blocks: ReferatBlocks,
  layout: PartLayout<Part>,
  detail: boolean,
) {
  const items = blocks.items.map((item) => layout(flowOf(item, undefined, detail), []));
  return (numbers: number[] | undefined): PaginatedReferat<Part> => {
    const opening = layout(flowOf(blocks.opening, numbers, detail), []);
    let page = opening.pages + 1;
    return {
      parts: [opening.part, ...items.map((item) => item.part)],
      numbers: items.map((item) => {
        const start = page;
        page += item.pages;
        return start;
      }),
    };
  };
}

function itemsRunningOn<Part>(blocks: ReferatBlocks, layout: PartLayout<Part>, detail: boolean) {
  const itemUnits = blocks.items.map((item) => flowOf(item, undefined, detail));
  return (numbers: number[] | undefined): PaginatedReferat<Part> => {
    const units: FlowUnit[] = flowOf(blocks.opening, numbers, detail);
    const headings = itemUnits.map((item) => {
      const at = units.length;
      units.push(...item);
      return at;
    });
    const whole = layout(units, headings);
    return { parts: [whole.part], numbers: whole.marked };
  };
}

/** Counts pages, noting the page each marked unit starts on. */
const countLayout: PartLayout<number> = (units, marks) => {
  const marked = marks.map(() => 0);
  const index = new Map(marks.map((unit, i) => [unit, i]));
  const pages = countPages(
    units,
    undefined,
    marks.length === 0
      ? undefined
      : (placement) => {
          const i = index.get(placement.unit);
          if (i !== undefined && marked[i] === 0) marked[i] = placement.page;
        },
  );
  return { part: pages, pages, marked };
};

/** The page each item's heading lands on (see {@link paginateReferat}). */
export function contentsPageNumbers(blocks: ReferatBlocks): number[] {
  return paginateReferat(blocks, countLayout).numbers;
}
