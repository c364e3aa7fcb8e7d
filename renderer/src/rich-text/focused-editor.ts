import type { LexicalEditor } from 'lexical';
import { activeEditor, editorWithRoot } from './editor-registry';

/** The rich-text editor that has keyboard focus now, if any: formatting acts only there. */
export function focusedEditor(): LexicalEditor | null {
  const editor = activeEditor();
  const root = editor?.getRootElement();
  return root && root.contains(document.activeElement) ? editor : null;
}

/**
 * The editor whose toolbar has focus, if any: Ctrl+K on a toolbar button
 * means that section's text, not the one that last had the caret.
 */
export function toolbarEditor(): LexicalEditor | null {
  const toolbar = document.activeElement?.closest('[role="toolbar"][aria-controls]');
  const text = toolbar && document.getElementById(toolbar.getAttribute('aria-controls') ?? '');
  return text ? editorWithRoot(text) : null;
}
