/**
 * The marks under misspelled words in rich text: one CSS Custom Highlight
 * ("spelling-error", styled in styles.css) holding DOM ranges. A highlight
 * is painted by the browser over the text without touching the DOM or the
 * editor state, so the marks can never reach a saved file or an export.
 */
const NAME = 'spelling-error';

let shared: Highlight | null = null;

/** The page's spelling highlight, registered on first use. */
function highlight(): Highlight | null {
  if (shared) return shared;
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return null;
  shared = new Highlight();
  // Tells assistive technology what the marks mean (where supported).
  (shared as Highlight & { type?: string }).type = 'spelling-error';
  CSS.highlights.set(NAME, shared);
  return shared;
}

/** Marks `range` as misspelled. */
export function addMark(range: Range): void {
  highlight()?.add(range);
}

/** Removes a mark. */
export function removeMark(range: Range): void {
  highlight()?.delete(range);
}

/** How many marks are on the page (tests and the benchmark read this). */
export function markCount(): number {
  return shared?.size ?? 0;
}
