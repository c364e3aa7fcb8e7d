import { useEffect, useRef } from 'react';
import { isCommandId, type CommandId } from '../../../../shared/commands/commands';
import { commandForKey } from '../../common/keymap';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Runs commands from the keyboard (shortcuts from the registry, "?" for the
 * overview outside text fields) and from the native menu ('app:command').
 * A key that an editor already handled (defaultPrevented, e.g. Ctrl+B in
 * Lexical) is left alone; a menu echo of a key just handled here is
 * ignored, so nothing runs twice.
 */
export function useCommandKeys(run: (id: CommandId) => boolean): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);

  useEffect(() => {
    let lastByKey: { id: CommandId; at: number } | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      let id = commandForKey(event);
      if (!id && event.key === '?' && !isTextEntry(event.target)) id = 'help.shortcuts';
      if (!id) return;
      if (latest.current(id)) {
        event.preventDefault();
        lastByKey = { id, at: performance.now() };
      }
    };
    const offMenu = window.referat.on('app:command', ({ command }) => {
      if (!isCommandId(command)) return;
      if (lastByKey && lastByKey.id === command && performance.now() - lastByKey.at < 300) return;
      latest.current(command);
    });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, []);
}
