import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keeps keyboard focus in place when a row's delete button removes its own
 * row: focus moves to the first field of the row that took its place (or
 * the new last row), or to `fallback` (the add button) when the list is
 * empty, instead of falling back to the page body.
 * Returns `willRemove(index)`, to call just before removing row `index`.
 */
export function useRefocusAfterRemoval(
  list: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  count: number,
): (index: number) => void {
  const pending = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = pending.current;
    if (index === null) return;
    pending.current = null;
    // Rows are the elements with data-row-id (a table may have note rows between them).
    const rows = list.current?.querySelectorAll(':scope > [data-row-id]');
    const row = rows?.[Math.min(index, rows.length - 1)];
    const target = row?.querySelector<HTMLElement>('input, select, button') ?? fallback.current;
    target?.focus();
  }, [count, list, fallback]);
  return (index) => {
    pending.current = index;
  };
}
