/**
 * A misspelled word somewhere on the page, as the suggestion menu acts on
 * it, and the registry of text fields that can name one at the caret (for
 * Ctrl+.). Rich-text editors and plain inputs each implement these.
 */

/** One flagged word and what can be done to it. */
export interface Misspelling {
  word: string;
  /** Where the word is on screen, to place the menu under it. */
  rect(): DOMRect | null;
  /** Replaces the word with `text`, puts the caret after it and gives the text focus back. */
  replace(text: string): void;
  /** Gives the text focus back, with the caret where it was. */
  restoreFocus(): void;
}

/** A kind of text field the spellchecker marks. */
export interface SpellingField {
  /** The flagged word at the caret of the focused `element`, else the next one after it, else the first. */
  misspellingNear(element: Element): Misspelling | null | undefined;
}

const fields = new Set<SpellingField>();

/** Registers a kind of field; returns the unregister function. */
export function registerSpellingField(field: SpellingField): () => void {
  fields.add(field);
  return () => void fields.delete(field);
}

/**
 * The misspelling for Ctrl+. in the focused `element`: a Misspelling; null
 * when the element is a checked field without flagged words; undefined when
 * no registered field owns the element.
 */
export function misspellingNear(element: Element): Misspelling | null | undefined {
  for (const field of fields) {
    const found = field.misspellingNear(element);
    if (found !== undefined) return found;
  }
  return undefined;
}
