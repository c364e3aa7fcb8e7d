import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  absentOnItem,
  attendanceOnItem,
  inhabilOnItem,
  type Presence,
} from '../../../../shared/model/attendance';
import { itemNumber } from '../../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../../shared/model/meeting';
import type { DocumentSession } from '../state/document-session';
import type { AttendanceChange } from '../state/meeting-actions';
import { useLiveRequest } from './live-requests';
import { shortcutHint } from './shortcut-hint';
import { SubstituteForm } from './SubstituteForm';
import '../live-meeting.css';

/** How a participant's part in this item reads in the panel. */
const PRESENCE_TEXT: Record<Presence, string> = {
  present: 'Til stede',
  absent: 'Afbud',
  left: 'Gået',
  'not-yet': 'Ikke kommet endnu',
  away: 'Ude under punktet',
  inhabil: 'Inhabil',
};

/**
 * The choices for "what happened here". Each starts with its own letter
 * (U, F, A, I, D), so on a focused list one letter picks it.
 */
const CHANGES: { value: AttendanceChange['kind'] | ''; label: (n: number) => string }[] = [
  { value: '', label: () => 'Uændret' },
  { value: 'left', label: (n) => `Forlod mødet før punkt ${n}` },
  { value: 'arrived', label: (n) => `Ankom under punkt ${n}` },
  { value: 'inhabil', label: () => 'Inhabil' },
  { value: 'away', label: () => 'Deltog ikke i punktet' },
];

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  session: DocumentSession;
}

/**
 * "Fremmøde på punktet": who took part in this item, inherited from the
 * meeting and the items before, and what changed here (left, arrived,
 * inhabil with the reason, stepped out), plus adding a stedfortræder.
 * Closed it is a one-line summary; Ctrl+Skift+M opens it with the keyboard
 * on the first member, ↑/↓ move between members and one letter records.
 */
export function ItemAttendancePanel({ meeting, item, session }: Props) {
  const [open, setOpen] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const number = itemNumber(meeting, index);
  const rows = attendanceOnItem(meeting, index);
  const absent = absentOnItem(meeting, item);
  const inhabil = inhabilOnItem(meeting, item);
  const present = rows.filter((row) => row.presence === 'present').length;

  const focusRow = (at: number) =>
    table.current?.querySelectorAll<HTMLSelectElement>('select')[at]?.focus();
  // Each Ctrl+Skift+M asks anew; a layout effect puts the keyboard on the
  // first member before the next key arrives.
  const [focusAsked, setFocusAsked] = useState(0);
  useLiveRequest('attendance', () => {
    setOpen(true);
    setFocusAsked((n) => n + 1);
  });
  useLayoutEffect(() => {
    if (focusAsked > 0) focusRow(0);
  }, [focusAsked]);

  const record = (participantId: string, kind: AttendanceChange['kind'] | '', reason?: string) =>
    session.dispatch({
      type: 'item-attendance',
      itemId: item.id,
      participantId,
      kind: kind || null,
      reason,
    });
  // Plain ↑/↓ move between members instead of changing the choice (as
  // Chromium does on a closed list): the letters choose, the arrows walk.
  const walk = (event: KeyboardEvent<HTMLSelectElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      // Done: fold the table and leave the keyboard on its button.
      setOpen(false);
      toggle.current?.focus();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(at + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  const summary = [
    `Til stede: ${present} af ${rows.length}`,
    absent.length ? `Fraværende: ${absent.map((p) => p.name).join(', ')}` : '',
    inhabil.length ? `Inhabil: ${inhabil.map((e) => e.participant.name).join(', ')}` : '',
  ].filter(Boolean);

  return (
    <section className="item-section live-attendance" aria-labelledby="attendance-heading">
      <div className="live-row">
        <h3 id="attendance-heading">Fremmøde på punktet</h3>
        <p className="live-summary" id="attendance-summary">
          {summary.join(' · ')}
        </p>
        <button
          type="button"
          ref={toggle}
          aria-expanded={open}
          aria-controls="attendance-table"
          {...shortcutHint('meeting.itemAttendance')}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Skjul' : 'Ret fremmøde'}
        </button>
        {/* Before the table: from the first member, Skift+Tab reaches it. */}
        {open && <SubstituteForm meeting={meeting} item={item} session={session} />}
      </div>
      {open && (
        <>
          <table className="live-table" id="attendance-table" ref={table}>
            <thead>
              <tr>
                <th scope="col">Deltager</th>
                <th scope="col">På punktet</th>
                <th scope="col">Sket her</th>
                <th scope="col">Begrundelse</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ participant, presence }, at) => {
                const change = item.attendance.find((c) => c.participantId === participant.id);
                const name = participant.name.trim() || 'Uden navn';
                const replaced = participant.substituteFor
                  ? meeting.participants.find((p) => p.id === participant.substituteFor)
                  : undefined;
                return (
                  <tr key={participant.id} className={`presence-${presence}`}>
                    <th scope="row">
                      {name}
                      {participant.party.trim() && ` (${participant.party.trim()})`}
                      {replaced && (
                        <span className="muted"> stedfortræder for {replaced.name}</span>
                      )}
                    </th>
                    <td>{PRESENCE_TEXT[presence]}</td>
                    <td>
                      <select
                        aria-label={`Sket på punktet, ${name}`}
                        value={change?.kind ?? ''}
                        disabled={participant.attendance === 'absent'}
                        onKeyDown={(event) => walk(event, at)}
                        onChange={(event) =>
                          record(participant.id, event.target.value as AttendanceChange['kind'])
                        }
                      >
                        {CHANGES.map((choice) => (
                          <option key={choice.value} value={choice.value}>
                            {choice.label(number)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {change?.kind === 'inhabil' && (
                        <input
                          aria-label={`Begrundelse for inhabilitet, ${name}`}
                          placeholder="fx nær familie til ansøger"
                          value={change.reason}
                          onChange={(event) =>
                            record(participant.id, 'inhabil', event.target.value)
                          }
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
