import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { activeEditor, subscribeActiveEditor } from './editor-registry';

/**
 * Where the one formatting toolbar is shown. The screen provides an
 * element (a bar above the form); each field renders its toolbar there,
 * through a portal, only while it is the active field, so the eye sees one
 * toolbar instead of one per section, and the toolbar keeps its field's
 * Lexical context (state, link form) without a second wiring. Without a
 * host (a field on its own) the toolbar sits above its field as before.
 */
export const ToolbarHostContext = createContext<HTMLElement | null | undefined>(undefined);

/** The element the toolbar goes to; null while the screen's bar is mounting; undefined without one. */
export function useToolbarHost(): HTMLElement | null | undefined {
  return useContext(ToolbarHostContext);
}

/** The editor that last had focus, re-rendering when it changes. */
export function useActiveEditor(): LexicalEditor | null {
  return useSyncExternalStore(subscribeActiveEditor, activeEditor);
}

/** Moves focus to the shown toolbar's current button (Alt+F10); false when no toolbar is shown. */
export function focusFormatToolbar(): boolean {
  const button = document.querySelector<HTMLElement>(
    '.format-bar [role="toolbar"] button[tabindex="0"]',
  );
  button?.focus();
  return button !== null;
}
