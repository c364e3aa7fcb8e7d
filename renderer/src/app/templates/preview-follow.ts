/**
 * The preview follows the form: when a setting gets the focus, the preview
 * pane scrolls to the part of the printed referat its group is about
 * (`data-preview` on the group, `data-preview-part` in the preview), so a
 * change to, say, the closed items is seen as it is typed. The part goes to
 * the top of the pane, so what follows it (the public version after the
 * closed item) is in view too; a part already whole in the pane's upper
 * half is left still, so tabbing through a group does not jolt the pane.
 */
export function followInPreview(target: EventTarget, dialog: HTMLElement | null): void {
  if (!(target instanceof Element) || !dialog) return;
  const part = target.closest<HTMLElement>('[data-preview]')?.dataset.preview;
  if (!part) return;
  const pane = dialog.querySelector<HTMLElement>('.te-preview');
  const shown = dialog.querySelector<HTMLElement>(`[data-preview-part="${part}"]`);
  if (!pane || !shown) return;
  const paneBox = pane.getBoundingClientRect();
  const box = shown.getBoundingClientRect();
  const whole = box.top >= paneBox.top && box.bottom <= paneBox.bottom;
  if (whole && box.top < paneBox.top + paneBox.height / 2) return;
  pane.scrollTo({ top: pane.scrollTop + box.top - paneBox.top - 8 });
}
