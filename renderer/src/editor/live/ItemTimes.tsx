import { useEffect, useRef, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../../shared/model/meeting';
import type { DocumentSession } from '../state/document-session';
import { clockTime } from './clock';
import { useLiveRequest } from './live-requests';
import { shortcutHint } from './shortcut-hint';
import '../live-meeting.css';

const shown = (time: string) => `kl. ${time.replace(':', '.')}`;

/**
 * When the template records times (item.recordTimes): "Åbn punkt" and
 * "Afslut punkt" note the clock on the item ("Behandlet kl. 10.05-10.32" in
 * the referat). Closing the last item asks whether the meeting ended then;
 * the end time is never set behind the secretary's back.
 */
export function ItemTimes({
  meeting,
  item,
  session,
  now = () => new Date(),
}: {
  meeting: Meeting;
  item: AgendaItem;
  session: DocumentSession;
  now?: () => Date;
}) {
  const [endPrompt, setEndPrompt] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const isLast = meeting.items[meeting.items.length - 1]?.id === item.id;

  const openItem = () =>
    session.dispatch({
      type: 'item-update',
      id: item.id,
      patch: { openedAt: clockTime(now()), closedAt: null },
    });
  const closeItem = () => {
    const time = clockTime(now());
    session.dispatch({ type: 'item-update', id: item.id, patch: { closedAt: time } });
    if (isLast) {
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setEndPrompt(time);
    }
  };
  useLiveRequest('open-item', openItem);
  useLiveRequest('close-item', closeItem);
  useEffect(() => {
    if (endPrompt) confirm.current?.focus();
  }, [endPrompt]);

  const answer = (setEnd: boolean) => {
    if (setEnd && endPrompt) session.dispatch({ type: 'header', patch: { endTime: endPrompt } });
    setEndPrompt(null);
    returnTo.current?.focus();
    returnTo.current = null;
  };

  return (
    <div className="live-times">
      <span className="muted" id="item-times">
        {item.openedAt ? `Åbnet ${shown(item.openedAt)}` : 'Ikke åbnet'}
        {item.closedAt && ` · afsluttet ${shown(item.closedAt)}`}
      </span>
      {item.openedAt && !item.closedAt ? (
        <button type="button" onClick={closeItem} {...shortcutHint('meeting.closeItem')}>
          Afslut punkt
        </button>
      ) : (
        <button type="button" onClick={openItem} {...shortcutHint('meeting.openItem')}>
          Åbn punkt
        </button>
      )}
      {endPrompt && (
        <div className="live-prompt" role="alertdialog" aria-labelledby="end-time-question">
          <p id="end-time-question">
            Det sidste punkt er afsluttet. Sæt mødets sluttidspunkt til {shown(endPrompt)}?
          </p>
          <button type="button" ref={confirm} className="primary" onClick={() => answer(true)}>
            Sæt sluttid {shown(endPrompt)}
          </button>
          <button type="button" onClick={() => answer(false)}>
            Ikke nu
          </button>
        </div>
      )}
    </div>
  );
}
