/**
 * Deepest nesting a meeting file can need: the envelope and an item's
 * fields take ten levels, and rich text at most 200 nodes deep, two levels
 * each (the node and its `children` list). Anything deeper is not a meeting.
 */
export const MAX_JSON_DEPTH = 500;

/**
 * True when `value` nests objects or arrays deeper than `limit`. Walks with
 * its own stack, never recursion: a file may hold 100 000 levels inside a
 * field nobody reads, and every recursive step later (JSON.stringify on
 * save, the structured clone that sends it to the page) would throw
 * "Maximum call stack size exceeded". About 2 ms for a 290-page meeting.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    if (Array.isArray(current)) {
      for (const child of current as unknown[]) {
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const child = (current as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}
