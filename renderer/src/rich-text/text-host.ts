/**
 * What a rich-text field needs from the document it edits, and no more: so
 * rich-text/ does not depend on the editor's document session, and a field
 * can be used (and tested) with any host that keeps text.
 */
export interface TextHost {
  /** Registers how to hand over the field's pending text when the host asks; returns the unregister function. */
  registerFlusher(flush: () => void): () => void;
  /** The field's content changed (not yet handed over): the host schedules saving. */
  noteEditing(): void;
}
