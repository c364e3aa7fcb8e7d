/**
 * What the editor screen can do for the command registry
 * (app/commands/implementations.ts): the registry runs menu items, keys and
 * buttons through these while a meeting is open.
 */
export interface EditorActions {
  nextItem(): void;
  previousItem(): void;
  showHeader(): void;
  /** After the item on screen, or at the end from the header form. */
  addItem(): void;
  duplicateItem(): void;
  deleteItem(): void;
  moveItem(step: -1 | 1): void;
  /** Focus the top decision, or make one when the item has none. */
  goToDecision(): void;
  newDecision(): void;
  standardPhrases(): void;
  /** Restores the deletion on offer if nothing changed since; false when there is none. */
  undoDeletion(): boolean;
}
