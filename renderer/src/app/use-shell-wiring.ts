import { useEffect, useRef } from 'react';
import { invoke } from '../common/api';
import type { DocumentSession } from '../editor/state/document-session';

/**
 * The page's side of the window lifecycle:
 * - closing: main asks ('app:close-requested'); the page hands over every
 *   editor's text and saves it to its file; a meeting without a file yet
 *   asks where to save it (Gem som…). It answers 'close', or 'stay' when the
 *   save failed or the dialog was cancelled, so closing never drops text;
 * - files the OS asked to open before the page was ready ('app:pending-files');
 * - whether a meeting is open, for greying out menu items ('app:ui-state').
 */
export function useShellWiring(
  session: DocumentSession | null,
  openPath: (path: string) => void,
): void {
  const current = useRef(session);
  const open = useRef(openPath);
  useEffect(() => {
    current.current = session;
    open.current = openPath;
  });

  useEffect(() => {
    const off = window.referat.on('app:close-requested', () => {
      const active = current.current;
      void (async () => {
        let saved = true;
        if (active?.getSnapshot().fileName) saved = await active.saveNow();
        else if (active) {
          // Into the recovery area first, so nothing is lost even if the
          // dialog is cancelled or the app is killed while it is open.
          await active.saveNow();
          saved = (await active.saveAs()) !== null;
        }
        await invoke('app:confirm-close', { answer: saved ? 'close' : 'stay' });
      })();
    });
    void invoke('app:confirm-close', { answer: 'listening' });
    void invoke('app:pending-files').then((result) => {
      const first = result.ok ? result.value[0] : undefined;
      if (first) open.current(first);
    });
    return off;
  }, []);

  const meetingOpen = session !== null;
  useEffect(() => {
    void invoke('app:ui-state', { meetingOpen });
  }, [meetingOpen]);
}
