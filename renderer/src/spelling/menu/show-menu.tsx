/**
 * Opens the suggestion menu in its own small React root, outside the
 * editor's tree, so any field (a Lexical editor, a plain input) can open it
 * and it never re-renders the editor screen.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { Misspelling } from '../misspelling';
import { spelling } from '../spelling-service';
import { SpellingMenu, type SpellingActions } from './SpellingMenu';

let root: Root | null = null;
let opened = 0;

const actions: SpellingActions = {
  suggest: (word) => spelling.client.suggest(word),
  addToDictionary: (word) => spelling.addToDictionary(word),
  ignore: (word) => spelling.ignore(word),
};

function menuRoot(): Root {
  if (root) return root;
  const container = document.createElement('div');
  container.className = 'spelling-menu-root';
  document.body.append(container);
  root = createRoot(container);
  return root;
}

/** Closes the menu if it is open. */
export function closeSpellingMenu(): void {
  root?.render(null);
}

/**
 * Opens the menu for `target` at `at` (a right-click's pointer) or under the
 * word. With `target` null it says there is nothing to correct, and gives
 * focus back with `restoreFocus`.
 */
export function showSpellingMenu(
  target: Misspelling | null,
  at?: { x: number; y: number },
  options: { fallbackRect?: DOMRect | null; restoreFocus?: () => void } = {},
): void {
  const rect = target?.rect() ?? options.fallbackRect ?? null;
  const place = at ?? { x: rect?.left ?? 0, y: (rect?.bottom ?? 0) + 2 };
  opened++;
  menuRoot().render(
    <SpellingMenu
      key={opened}
      target={target}
      restoreFocus={options.restoreFocus ?? (() => undefined)}
      at={place}
      actions={actions}
      onClose={closeSpellingMenu}
    />,
  );
}
