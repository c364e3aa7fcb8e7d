import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Misspelling } from '../misspelling';

/** What the menu offers for a word. */
export interface SpellingActions {
  suggest(word: string): Promise<string[]>;
  addToDictionary(word: string): void;
  ignore(word: string): void;
}

interface Props {
  /** The flagged word, or null when Ctrl+. found none in the field. */
  target: Misspelling | null;
  /** Gives focus back to the text (used when `target` is null). */
  restoreFocus: () => void;
  /** Where to open: the pointer for a right-click, else under the word (or field). */
  at: { x: number; y: number };
  actions: SpellingActions;
  onClose: () => void;
}

interface Item {
  /** Stable while the suggestions arrive, so focus stays on the same item. */
  key: string;
  label: string;
  run?: () => void;
}

const MAX_SUGGESTIONS = 6;

/**
 * The suggestion menu for a misspelled word: Hunspell's suggestions, then
 * "Tilføj til ordbog" and "Ignorér". Arrow keys, Home and End move, Enter
 * picks, Escape (or Tab) closes; focus goes back to the text either way.
 */
export function SpellingMenu({ target, restoreFocus, at, actions, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [suggestions, setSuggestions] = useState<string[] | null>(target ? null : []);
  const [active, setActive] = useState('');
  const [moved, setMoved] = useState(false);
  const [position, setPosition] = useState(at);

  useEffect(() => {
    if (!target) return;
    let live = true;
    void actions.suggest(target.word).then((words) => {
      if (live) setSuggestions(words.slice(0, MAX_SUGGESTIONS));
    });
    return () => {
      live = false;
    };
  }, [target, actions]);

  const close = (refocus: boolean) => {
    onClose();
    if (!refocus) return;
    if (target) target.restoreFocus();
    else restoreFocus();
  };

  const items: Item[] = target
    ? [
        ...(suggestions === null
          ? [{ key: 'note', label: 'Søger forslag…' }]
          : suggestions.length === 0
            ? [{ key: 'note', label: 'Ingen forslag' }]
            : suggestions.map((word) => ({
                key: `suggestion:${word}`,
                label: word,
                run: () => target.replace(word),
              }))),
        {
          key: 'add',
          label: 'Tilføj til ordbog',
          run: () => {
            actions.addToDictionary(target.word);
            target.restoreFocus();
          },
        },
        {
          key: 'ignore',
          label: 'Ignorér',
          run: () => {
            actions.ignore(target.word);
            target.restoreFocus();
          },
        },
      ]
    : [{ key: 'note', label: 'Ingen stavefejl i feltet' }];
  const enabled = items.flatMap((item, index) => (item.run ? [index] : []));
  const first = enabled[0] ?? 0;

  // Focus the first thing that can be picked; when the suggestions arrive
  // and the user has not moved yet, the first suggestion.
  const chosen = items.findIndex((item) => item.key === active);
  const focusIndex = moved && chosen >= 0 ? chosen : first;
  // Before the menu is painted, so keys pressed right after Ctrl+. reach it.
  useLayoutEffect(() => {
    const buttons = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    buttons?.[focusIndex]?.focus();
  }, [focusIndex, suggestions]);

  // Keep the menu inside the window: flip above the word when there is no room below.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const x = Math.max(4, Math.min(at.x, window.innerWidth - box.width - 4));
    const below = at.y + box.height + 4 <= window.innerHeight;
    const y = below ? at.y : Math.max(4, at.y - box.height - (target?.rect()?.height ?? 0) - 4);
    setPosition({ x, y });
  }, [at, target, items.length]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  const move = (to: number) => {
    setMoved(true);
    setActive(items[to]?.key ?? '');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = enabled.indexOf(focusIndex);
    const step = (delta: number) =>
      move(enabled[(at + delta + enabled.length) % enabled.length] ?? first);
    switch (event.key) {
      case 'ArrowDown':
        step(1);
        break;
      case 'ArrowUp':
        step(-1);
        break;
      case 'Home':
        move(first);
        break;
      case 'End':
        move(enabled.at(-1) ?? first);
        break;
      case 'Escape':
      case 'Tab':
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const label = target ? `Stavning: ${target.word}` : 'Stavning';
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="spelling-menu"
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
        <Fragment key={item.key}>
          {target && index === items.length - 2 && <div role="separator" />}
          <button
            type="button"
            role="menuitem"
            tabIndex={index === focusIndex ? 0 : -1}
            aria-disabled={item.run ? undefined : true}
            className={item.run ? undefined : 'spelling-menu-note'}
            onClick={() => {
              if (!item.run) return;
              onClose();
              item.run();
            }}
          >
            {item.label}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
