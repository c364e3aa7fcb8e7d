/**
 * The time of day as the referat writes it, and "Indsæt klokkeslæt": the
 * current time at the caret of whatever text field has focus.
 */
import { focusedEditor } from '../../rich-text/focused-editor';
import { insertTextAtCaret } from '../../rich-text/insert-text';

/** "10:42" (the file format's clock time) for `date`. */
export function clockTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "kl. 10.42", as Danish text writes a time of day. */
export function clockText(date: Date): string {
  return `kl. ${clockTime(date).replace(':', '.')}`;
}

const TEXT_INPUTS = new Set(['text', 'search', '']);

/**
 * Inserts "kl. 10.42" at the caret: in a rich-text section through
 * Lexical, in a plain field through the browser's own insertText so React
 * and the field's undo history both see an ordinary typed change. False
 * when no text field has focus.
 */
export function insertTimeAtFocus(now: Date = new Date()): boolean {
  const text = clockText(now);
  const editor = focusedEditor();
  if (editor) {
    insertTextAtCaret(editor, text);
    return true;
  }
  const active = document.activeElement;
  const plain =
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && TEXT_INPUTS.has(active.getAttribute('type') ?? ''));
  if (!plain) return false;
  // execCommand is deprecated but still the only way to insert into a field
  // that keeps the field's own undo (Ctrl+Z) working; Chromium supports it.
  return document.execCommand('insertText', false, text);
}
