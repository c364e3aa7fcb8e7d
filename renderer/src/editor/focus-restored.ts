/**
 * Where keyboard focus goes after "Fortryd sletning": onto the thing that
 * came back, instead of the page body (the undo button itself disappears).
 * Each runs once the restored thing is on screen again.
 */
import { editorAt } from '../rich-text/editor-registry';

/** The first field of the list row (participant, bilag) with this `data-row-id`. */
export function focusRow(id: string): void {
  document
    .querySelector(`[data-row-id="${CSS.escape(id)}"]`)
    ?.querySelector<HTMLElement>('input, select, button')
    ?.focus();
}

/** The restored decision's text, caret at its end. */
export function focusDecision(id: string): void {
  editorAt(`decision:${id}`)?.focus(undefined, { defaultSelection: 'rootEnd' });
}

/** The title field of the item form on screen (the restored item's). */
export function focusItemTitle(): void {
  document.getElementById('item-title')?.focus();
}
