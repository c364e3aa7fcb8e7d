import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isVotingMember } from '../../../../shared/model/attendance';
import { itemNumber } from '../../../../shared/model/derived';
import { createParticipant, type AgendaItem, type Meeting } from '../../../../shared/model/meeting';
import type { DocumentSession } from '../state/document-session';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  session: DocumentSession;
}

/**
 * "+ Stedfortræder": a substitute takes a member's seat from this item on.
 * On the first item the member is noted with afbud for the meeting; later,
 * the member left before this item and the substitute arrived during it, so
 * the header, the "Fraværende:" lines and the vote count all agree.
 */
export function SubstituteForm({ meeting, item, session }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const members = meeting.participants.filter(
    (p) => isVotingMember(p) && !p.substituteFor && p.name.trim(),
  );
  const [replaces, setReplaces] = useState('');
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const member = members.find((m) => m.id === replaces);
    if (!member || !name.trim()) return;
    const substitute = {
      ...createParticipant(name.trim()),
      party: member.party,
      substituteFor: member.id,
    };
    const at = meeting.participants.findIndex((p) => p.id === member.id) + 1;
    session.dispatch({ type: 'participant-add', participant: substitute, at });
    if (index <= 0) {
      session.dispatch({
        type: 'participant-update',
        id: member.id,
        patch: { attendance: 'absent' },
      });
    } else {
      if (member.attendance !== 'absent') {
        session.dispatch({
          type: 'item-attendance',
          itemId: item.id,
          participantId: member.id,
          kind: 'left',
        });
      }
      session.dispatch({
        type: 'item-attendance',
        itemId: item.id,
        participantId: substitute.id,
        kind: 'arrived',
      });
    }
    setName('');
    setReplaces('');
    setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className="live-add" onClick={() => setOpen(true)}>
        + Stedfortræder
      </button>
    );
  }
  const from = index <= 0 ? 'hele mødet' : `fra punkt ${itemNumber(meeting, index)}`;
  return (
    <form className="live-substitute" aria-label="Ny stedfortræder" onSubmit={add}>
      <label>
        Stedfortræder for{' '}
        <select value={replaces} onChange={(e) => setReplaces(e.target.value)} required ref={first}>
          <option value="">(vælg medlem)</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.party.trim() && ` (${m.party.trim()})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Navn <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <span className="muted">Deltager {from}.</span>
      <button type="submit">Tilføj</button>
      <button type="button" onClick={() => setOpen(false)}>
        Annullér
      </button>
    </form>
  );
}
