/**
 * Commands for the item on screen (attendance panel, status menu, vote,
 * open/close times) reach the components that own that state through a
 * window event, as Ctrl+K reaches a link editor: the editor screen need not
 * hold every panel's open/closed state. A listener that acts cancels the
 * event, so the command knows whether anyone was there to handle it (on the
 * header form nobody is, and the key goes on to the page).
 */
import { useEffect, useRef } from 'react';

/** What a live command asks of the item form. */
export type LiveRequest =
  'attendance' | 'status' | 'vote' | 'protocol-note' | 'open-item' | 'close-item';

const eventName = (request: LiveRequest) => `referat:live:${request}`;

/** Asks the item on screen to do `request`; true when a component handled it. */
export function requestLive(request: LiveRequest): boolean {
  return !window.dispatchEvent(new Event(eventName(request), { cancelable: true }));
}

/** Handles `request` while the calling component is mounted. */
export function useLiveRequest(request: LiveRequest, handle: () => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  }, [handle]);
  useEffect(() => {
    const listener = (event: Event) => {
      event.preventDefault();
      latest.current();
    };
    window.addEventListener(eventName(request), listener);
    return () => window.removeEventListener(eventName(request), listener);
  }, [request]);
}
