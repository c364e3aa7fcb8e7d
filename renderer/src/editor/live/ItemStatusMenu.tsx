import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ITEM_STATUS_LABELS, type ItemStatus } from '../../../../shared/model/item-status';
import type { AgendaItem } from '../../../../shared/model/meeting';
import type { DocumentSession } from '../state/document-session';
import { useLiveRequest } from './live-requests';
import { shortcutHint } from './shortcut-hint';
import '../live-meeting.css';

/** The statuses in the order offered; the digit before each picks it. */
export const STATUS_CHOICES: { status: ItemStatus; key: string }[] = [
  { status: 'approved', key: '1' },
  { status: 'noted', key: '2' },
  { status: 'postponed', key: '3' },
  { status: 'not-treated', key: '4' },
  { status: 'withdrawn', key: '5' },
  { status: 'none', key: '0' },
];

/**
 * The item's status (Godkendt, Taget til efterretning, Udsat, Ikke
 * behandlet, Trukket), apart from the decision's words. Ctrl+Skift+T opens
 * the menu from anywhere in the item; a digit chooses and the keyboard goes
 * back to where it was, so recording a status costs two keys.
 */
export function ItemStatusMenu({ item, session }: { item: AgendaItem; session: DocumentSession }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Where the keyboard was when the menu opened: it goes back there.
  const returnTo = useRef<HTMLElement | null>(null);

  // Set at once, not at the next render: a digit typed right after
  // Ctrl+Skift+T must reach the menu even on a busy machine.
  const isOpen = useRef(false);
  const show = () => {
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    isOpen.current = true;
    setOpen(true);
  };
  useLiveRequest('status', show);
  // Layout effect: the menu has the keyboard before the next key arrives.
  useLayoutEffect(() => {
    if (!open) return;
    // The whole menu in view (the item's head may be scrolled away while
    // the secretary writes further down), then the keyboard on the current status.
    menu.current?.scrollIntoView({ block: 'nearest' });
    const current = menu.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (current ?? menu.current?.querySelector<HTMLElement>('[role="menuitemradio"]'))?.focus({
      preventScroll: true,
    });
  }, [open]);

  const close = () => {
    isOpen.current = false;
    setOpen(false);
    const back = returnTo.current;
    returnTo.current = null;
    (back && back.isConnected ? back : button.current)?.focus();
  };
  const choose = (status: ItemStatus) => {
    session.dispatch({ type: 'item-update', id: item.id, patch: { status } });
    close();
  };
  const latestChoose = useRef(choose);
  const latestClose = useRef(close);
  useEffect(() => {
    latestChoose.current = choose;
    latestClose.current = close;
  });
  // Digits and Escape while the menu is open, wherever the keyboard is.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isOpen.current || event.ctrlKey || event.altKey || event.metaKey) return;
      const byDigit = STATUS_CHOICES.find((choice) => choice.key === event.key);
      if (byDigit) latestChoose.current(byDigit.status);
      else if (event.key === 'Escape') latestClose.current();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [
      ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []),
    ];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Tab') close();
    else if (event.key === 'Enter' || event.key === ' ') {
      const status = STATUS_CHOICES[at]?.status;
      if (status) choose(status);
    } else if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === 'Home') entries[0]?.focus();
    else if (event.key === 'End') entries[entries.length - 1]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div className="live-status">
      <button
        type="button"
        ref={button}
        className={`status-button status-${item.status}`}
        aria-haspopup="menu"
        {...shortcutHint('meeting.itemStatus')}
        aria-expanded={open}
        onClick={() => (open ? close() : show())}
      >
        Status: {ITEM_STATUS_LABELS[item.status]}
      </button>
      {open && (
        <ul
          className="live-menu"
          role="menu"
          aria-label="Punktets status"
          ref={menu}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // A click elsewhere closes the menu and leaves the keyboard where it went.
            if (!menu.current?.contains(event.relatedTarget)) {
              isOpen.current = false;
              setOpen(false);
            }
          }}
        >
          {STATUS_CHOICES.map(({ status, key }) => (
            <li
              key={status}
              role="menuitemradio"
              aria-checked={item.status === status}
              tabIndex={-1}
              onClick={() => choose(status)}
            >
              <kbd aria-hidden="true">{key}</kbd> {ITEM_STATUS_LABELS[status]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
