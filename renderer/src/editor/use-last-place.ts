import { useEffect, useRef } from 'react';
import type { LastPlace } from '../../../shared/ipc/contract';
import type { Meeting } from '../../../shared/model/meeting';
import { invoke } from '../common/api';
import { editorWithRoot } from '../rich-text/editor-registry';
import type { Selection } from './selection';

/** How a field is found again: its element id, or its label for fields without one (a participant's name). */
function fieldKey(target: HTMLElement): string | null {
  const field = target.closest<HTMLElement>('[contenteditable="true"]') ?? target;
  if (field.id) return field.id;
  const label = field.getAttribute('aria-label');
  return label ? `label:${label}` : null;
}

function findField(key: string): HTMLElement | null {
  if (key.startsWith('label:'))
    return document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(key.slice(6))}"]`);
  const element = document.getElementById(key);
  if (element) return element;
  // A long section not mounted yet: its placeholder mounts the editor when focused.
  const labelledBy = key.replace(/-text$/, '');
  return document.querySelector<HTMLElement>(
    `.rt-placeholder[aria-labelledby="${CSS.escape(labelledBy)}"]`,
  );
}

/** Puts the caret in `key`'s field: at the end of a text section, where it was in a plain field. */
export function focusField(key: string): boolean {
  const element = findField(key);
  if (!element) return false;
  const editor = element.isContentEditable ? editorWithRoot(element) : null;
  if (editor) editor.focus(undefined, { defaultSelection: 'rootEnd' });
  else element.focus();
  return true;
}

/** Keys that write: a character, or deleting and breaking lines. */
function writes(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || ['Backspace', 'Delete', 'Enter'].includes(event.key);
}

/**
 * Opening a meeting puts the caret where the secretary last wrote in it,
 * also after a restart: the place is kept per meeting id in the settings
 * (settings-store.ts), remembered whenever writing moves to another field.
 * A meeting with no remembered place opens at Organ when it has no items
 * yet (a new meeting), else at the first item's title.
 *
 * `show(selection, field)` switches the panel and focuses the field after it rendered.
 */
export function useLastPlace(
  meeting: Meeting,
  selection: Selection,
  show: (selection: Selection, field: string) => void,
): void {
  const meetingId = meeting.id;
  const latest = useRef({ meeting, selection, show });
  useEffect(() => {
    latest.current = { meeting, selection, show };
  });

  // Restore once per opened meeting. The usual place is focused at once, so
  // keys typed right after Ctrl+N land in Organ; the remembered place (an
  // IPC round trip away) takes over only if nothing was typed meanwhile.
  useEffect(() => {
    let cancelled = false;
    let typed = false;
    const onKey = () => {
      typed = true;
    };
    window.addEventListener('keydown', onKey, true);
    const { meeting: m, show: go } = latest.current;
    if (m.items.length === 0 || !m.body) go('header', 'meeting-body');
    else go(m.items[0]!.id, 'item-title');
    void invoke('place:get', { meetingId }).then((result) => {
      window.removeEventListener('keydown', onKey, true);
      if (cancelled || typed || !result.ok || !result.value) return;
      const place = result.value;
      const { meeting: now, show } = latest.current;
      if (place.itemId === null || now.items.some((i) => i.id === place.itemId))
        show(place.itemId ?? 'header', place.field);
    });
    return () => {
      cancelled = true;
      window.removeEventListener('keydown', onKey, true);
    };
  }, [meetingId]);

  // Remember where writing happens; only a change of field is sent (settings are written to disk).
  useEffect(() => {
    let last: LastPlace | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !writes(event)) return;
      if (!target.closest('.editor-main')) return;
      const field = fieldKey(target);
      if (!field) return;
      const { selection: current } = latest.current;
      const place: LastPlace = { itemId: current === 'header' ? null : current, field };
      if (last && last.itemId === place.itemId && last.field === place.field) return;
      last = place;
      void invoke('place:remember', { meetingId, place });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [meetingId]);
}
