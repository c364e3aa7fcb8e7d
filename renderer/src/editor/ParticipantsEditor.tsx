import { useRef } from 'react';
import type { Participant } from '../../../shared/model/meeting';
import { useRefocusAfterRemoval } from './use-refocus-after-removal';
import type { MeetingAction } from './state/meeting-actions';

interface Props {
  participants: Participant[];
  dispatch: (action: MeetingAction) => void;
  /** Removes a participant, with undo. */
  onRemove: (id: string) => void;
}

const ATTENDANCE: { value: Participant['attendance']; label: string }[] = [
  { value: 'present', label: 'Til stede' },
  { value: 'absent', label: 'Afbud' },
  { value: 'partial', label: 'Fraværende under en del af mødet' },
];

/** Mødedeltagere: name, initials, role, attendance; add, remove, reorder. */
export function ParticipantsEditor({ participants, dispatch, onRemove }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const willRemove = useRefocusAfterRemoval(list, addButton, participants.length);
  const update = (id: string, patch: Partial<Omit<Participant, 'id'>>) =>
    dispatch({ type: 'participant-update', id, patch });
  return (
    <section aria-labelledby="participants-title">
      <h3 id="participants-title">Mødedeltagere</h3>
      <datalist id="roles">
        <option value="formand" />
        <option value="næstformand" />
        <option value="sekretær" />
      </datalist>
      <ol ref={list} className="participants">
        {participants.map((p, index) => {
          const who = p.name || `deltager ${index + 1}`;
          return (
            <li key={p.id} className="participant" data-row-id={p.id}>
              <input
                aria-label={`Navn, ${who}`}
                value={p.name}
                onChange={(e) => update(p.id, { name: e.target.value })}
              />
              <input
                aria-label={`Initialer, ${who}`}
                className="short"
                value={p.initials}
                onChange={(e) => update(p.id, { initials: e.target.value })}
              />
              <input
                aria-label={`Rolle, ${who}`}
                list="roles"
                value={p.role}
                onChange={(e) => update(p.id, { role: e.target.value })}
              />
              <select
                aria-label={`Fremmøde, ${who}`}
                value={p.attendance}
                onChange={(e) =>
                  update(p.id, { attendance: e.target.value as Participant['attendance'] })
                }
              >
                {ATTENDANCE.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
              {p.attendance === 'partial' && (
                <input
                  aria-label={`Note om fremmøde, ${who}`}
                  placeholder="fx fra kl. 10.15, punkt 3-4"
                  value={p.attendanceNote}
                  onChange={(e) => update(p.id, { attendanceNote: e.target.value })}
                />
              )}
              <button
                type="button"
                aria-label={`Flyt ${who} op`}
                disabled={index === 0}
                onClick={() => dispatch({ type: 'participant-move', id: p.id, to: index - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Flyt ${who} ned`}
                disabled={index === participants.length - 1}
                onClick={() => dispatch({ type: 'participant-move', id: p.id, to: index + 1 })}
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
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" onClick={() => dispatch({ type: 'participant-add' })}>
        + Tilføj deltager
      </button>
    </section>
  );
}
