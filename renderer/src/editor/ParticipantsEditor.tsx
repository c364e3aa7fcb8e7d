import { Fragment, useLayoutEffect, useRef } from 'react';
import type { Participant } from '../../../shared/model/meeting';
import { useRefocusAfterRemoval } from './use-refocus-after-removal';
import type { MeetingAction } from './state/meeting-actions';

interface Props {
  participants: Participant[];
  dispatch: (action: MeetingAction) => void;
  /** Removes a participant, with undo. */
  onRemove: (id: string) => void;
}

type Attendance = Participant['attendance'];

const ATTENDANCE_LABEL: Record<Attendance, string> = {
  present: 'Til stede',
  absent: 'Afbud',
  partial: 'Delvis',
};

/** Space or Enter on the attendance button steps through the states in this order. */
const NEXT_ATTENDANCE: Record<Attendance, Attendance> = {
  present: 'absent',
  absent: 'partial',
  partial: 'present',
};

/**
 * Mødedeltagere as a compact table, one line per person: name, initials,
 * role and party letter, attendance. Attendance is one button that steps
 * Til stede → Afbud → Delvis with Space, so marking an absentee during the
 * roll call is Tab, Tab, … Space. A partly present member gets a note on a
 * line of its own under the row, the table's full width, growing with its
 * text instead of being cut off.
 */
export function ParticipantsEditor({ participants, dispatch, onRemove }: Props) {
  const rows = useRef<HTMLTableSectionElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const willRemove = useRefocusAfterRemoval(rows, addButton, participants.length);
  const focusNewRow = useRef(false);
  const update = (id: string, patch: Partial<Omit<Participant, 'id'>>) =>
    dispatch({ type: 'participant-update', id, patch });

  // "+ Tilføj deltager" → the caret waits in the new person's name.
  useLayoutEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    const all = rows.current?.querySelectorAll('tr[data-row-id]');
    all?.[all.length - 1]?.querySelector<HTMLInputElement>('input')?.focus();
  }, [participants.length]);

  return (
    <section aria-labelledby="participants-title" className="participants-section">
      <h3 id="participants-title">Mødedeltagere</h3>
      <datalist id="roles">
        <option value="formand" />
        <option value="næstformand" />
        <option value="sekretær" />
      </datalist>
      {participants.length > 0 && (
        <table className="participants" aria-labelledby="participants-title">
          <colgroup>
            <col className="col-name" />
            <col className="col-initials" />
            <col className="col-role" />
            <col className="col-attendance" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Initialer</th>
              <th scope="col">Rolle/parti</th>
              <th scope="col">Fremmøde</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody ref={rows}>
            {participants.map((p, index) => {
              const who = p.name || `deltager ${index + 1}`;
              return (
                <Fragment key={p.id}>
                  <tr className="participant" data-row-id={p.id}>
                    <td>
                      <input
                        aria-label={`Navn, ${who}`}
                        value={p.name}
                        onKeyDown={(e) => {
                          // Roll call from the keyboard: Enter goes to the next name, or adds one.
                          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
                          e.preventDefault();
                          const next = rows.current?.querySelectorAll('tr[data-row-id]')[index + 1];
                          if (next) next.querySelector<HTMLInputElement>('input')?.focus();
                          else {
                            focusNewRow.current = true;
                            dispatch({ type: 'participant-add' });
                          }
                        }}
                        onChange={(e) => update(p.id, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Initialer, ${who}`}
                        value={p.initials}
                        onChange={(e) => update(p.id, { initials: e.target.value })}
                      />
                    </td>
                    <td>
                      <div className="participant-role">
                        <input
                          aria-label={`Rolle, ${who}`}
                          list="roles"
                          value={p.role}
                          onChange={(e) => update(p.id, { role: e.target.value })}
                        />
                        <input
                          aria-label={`Parti, ${who}`}
                          title="Partibogstav, fx A eller V"
                          className="party"
                          spellCheck={false}
                          maxLength={3}
                          value={p.party}
                          onChange={(e) => update(p.id, { party: e.target.value })}
                        />
                      </div>
                    </td>
                    <td>
                      <button
                        type="button"
                        className={`attendance attendance-${p.attendance}`}
                        aria-label={`Fremmøde, ${who}: ${ATTENDANCE_LABEL[p.attendance]}`}
                        title="Skift fremmøde (mellemrum)"
                        onClick={() => update(p.id, { attendance: NEXT_ATTENDANCE[p.attendance] })}
                      >
                        {ATTENDANCE_LABEL[p.attendance]}
                      </button>
                    </td>
                    <td>
                      <div className="participant-actions">
                        <button
                          type="button"
                          aria-label={`Flyt ${who} op`}
                          disabled={index === 0}
                          onClick={() =>
                            dispatch({ type: 'participant-move', id: p.id, to: index - 1 })
                          }
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          aria-label={`Flyt ${who} ned`}
                          disabled={index === participants.length - 1}
                          onClick={() =>
                            dispatch({ type: 'participant-move', id: p.id, to: index + 1 })
                          }
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          aria-label={`Fjern ${who}`}
                          onClick={() => {
                            willRemove(index);
                            onRemove(p.id);
                          }}
                        >
                          Fjern
                        </button>
                      </div>
                    </td>
                  </tr>
                  {p.substituteFor !== null && (
                    <tr className="participant-note">
                      <td colSpan={5}>
                        <label className="participant-substitute">
                          Stedfortræder for{' '}
                          <select
                            aria-label={`Stedfortræder for, ${who}`}
                            value={p.substituteFor}
                            onChange={(e) =>
                              update(p.id, { substituteFor: e.target.value || null })
                            }
                          >
                            {/* Clearing makes an ordinary member of the substitute. */}
                            <option value="">(ingen – almindeligt medlem)</option>
                            {participants
                              .filter((other) => other.id !== p.id)
                              .map((other) => (
                                <option key={other.id} value={other.id}>
                                  {other.name || '(uden navn)'}
                                </option>
                              ))}
                          </select>
                        </label>
                      </td>
                    </tr>
                  )}
                  {p.attendance === 'partial' && (
                    <tr className="participant-note">
                      <td colSpan={5}>
                        <textarea
                          rows={1}
                          aria-label={`Note om fremmøde, ${who}`}
                          placeholder="Note om fremmøde, fx fra kl. 10.15, punkt 3-4"
                          value={p.attendanceNote}
                          onChange={(e) => update(p.id, { attendanceNote: e.target.value })}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          focusNewRow.current = true;
          dispatch({ type: 'participant-add' });
        }}
      >
        + Tilføj deltager
      </button>
    </section>
  );
}
