import type { LexicalEditor } from 'lexical';

/**
 * Mounted rich-text editors by address ("<itemId>:background",
 * "decision:<id>"), so commands can reach a field that does not have focus
 * (standard phrases into the Beslutning, "Gå til beslutning"), plus the
 * editor that last had focus, for formatting commands sent from the menu.
 */
const editors = new Map<string, LexicalEditor>();
let active: LexicalEditor | null = null;
const activeListeners = new Set<() => void>();

function setActive(editor: LexicalEditor | null): void {
  if (active === editor) return;
  active = editor;
  for (const listener of activeListeners) listener();
}

/** Registers a mounted editor; returns the unregister function. */
export function registerEditor(address: string, editor: LexicalEditor): () => void {
  editors.set(address, editor);
  return () => {
    if (editors.get(address) === editor) editors.delete(address);
    if (active === editor) setActive(null);
  };
}

/** The mounted editor at `address`, if any. */
export function editorAt(address: string): LexicalEditor | undefined {
  return editors.get(address);
}

/** Remembers the editor that has focus. */
export function setActiveEditor(editor: LexicalEditor): void {
  setActive(editor);
}

/** Calls `listener` when another editor becomes the active one; returns the unsubscribe function. */
export function subscribeActiveEditor(listener: () => void): () => void {
  activeListeners.add(listener);
  return () => void activeListeners.delete(listener);
}

/** The editor that last had focus, while it is still mounted. */
export function activeEditor(): LexicalEditor | null {
  return active;
}

/** The mounted editor whose text is `root` (found from a toolbar's aria-controls), if any. */
export function editorWithRoot(root: Element): LexicalEditor | null {
  for (const editor of editors.values()) if (editor.getRootElement() === root) return editor;
  return null;
}
