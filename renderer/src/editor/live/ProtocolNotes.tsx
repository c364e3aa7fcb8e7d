import { Fragment, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { votersOnItem } from '../../../../shared/model/attendance';
import type {
  AgendaItem,
  Decision,
  Meeting,
  Participant,
  ProtocolNote,
} from '../../../../shared/model/meeting';
import { protocolNoteParagraphs } from '../../../../shared/template/render';
import type { DocumentSession } from '../state/document-session';
import '../live-meeting.css';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  decision: Decision;
  session: DocumentSession;
  /** The note that takes the keyboard, and a count so each request focuses anew. */
  focus: { id: string; asked: number } | null;
  onRemove: (noteId: string) => void;
}

/**
 * Who may be picked: the members present on the item (those who could ask
 * for a note), then anyone picked before who is not among them now, so a
 * pick can always be taken back.
 */
function pickable(meeting: Meeting, item: AgendaItem, note: ProtocolNote): Participant[] {
  const present = votersOnItem(meeting, item);
  const others = note.by
    .filter((id) => !present.some((p) => p.id === id))
    .map((id) => meeting.participants.find((p) => p.id === id))
    .filter((p): p is Participant => p !== undefined);
  return [...present, ...others];
}

function memberName(p: Participant): string {
  const name = p.name.trim() || 'Uden navn';
  return p.party.trim() ? `${name} (${p.party.trim()})` : name;
}

/**
 * The members as one stop for Tab: ↑/↓ (and ←/→) walk, a letter jumps to
 * the next member whose name starts with it, Space picks. A byråd has 31
 * members; the secretary should not Tab through all of them to reach the
 * statement.
 */
function MemberPicker({
  members,
  picked,
  label,
  onToggle,
}: {
  members: Participant[];
  picked: readonly string[];
  label: string;
  onToggle: (id: string, on: boolean) => void;
}) {
  const [active, setActive] = useState(0);
  const group = useRef<HTMLDivElement>(null);
  const boxes = () => [...(group.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
  const move = (to: number) => {
    const all = boxes();
    const target = all[Math.max(0, Math.min(all.length - 1, to))];
    target?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const at = Math.min(active, members.length - 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move(at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(members.length - 1);
    else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const letter = event.key.toLocaleLowerCase('da');
      const order = [...members.slice(at + 1), ...members.slice(0, at + 1)];
      const next = order.find((p) => p.name.trim().toLocaleLowerCase('da').startsWith(letter));
      if (next) move(members.indexOf(next));
    } else return;
    event.preventDefault();
  };
  return (
    <div
      className="live-note-members"
      role="group"
      aria-label={label}
      ref={group}
      onKeyDown={onKeyDown}
    >
      {members.map((p, i) => (
        <label key={p.id} className="checkbox">
          <input
            type="checkbox"
            tabIndex={i === Math.min(active, members.length - 1) ? 0 : -1}
            checked={picked.includes(p.id)}
            onFocus={() => setActive(i)}
            onChange={(e) => onToggle(p.id, e.target.checked)}
          />{' '}
          {memberName(p)}
        </label>
      ))}
    </div>
  );
}

function NoteEditor({
  meeting,
  item,
  decision,
  session,
  note,
  number,
  focusAsked,
  onRemove,
}: Omit<Props, 'focus'> & { note: ProtocolNote; number: number | null; focusAsked: number }) {
  const root = useRef<HTMLFieldSetElement>(null);
  // Each request (the button, Ctrl+Skift+P) puts the keyboard on the note's first control.
  useLayoutEffect(() => {
    if (focusAsked > 0) root.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [focusAsked]);
  const update = (patch: Partial<Omit<ProtocolNote, 'id'>>) =>
    session.dispatch({
      type: 'protocol-note-update',
      itemId: item.id,
      decisionId: decision.id,
      id: note.id,
      patch,
    });
  const members = pickable(meeting, item, note);
  const title = number === null ? 'Protokolbemærkning' : `Protokolbemærkning ${number}`;
  // As the export prints it, a paragraph a line; "…" stands for a statement not yet written.
  const printed = protocolNoteParagraphs({ ...note, text: note.text.trim() || '…' }, meeting);
  return (
    <fieldset className="live-note" ref={root} data-row-id={note.id}>
      <legend>{title}</legend>
      <div className="live-note-from">
        {/* Seen, not read: the group's own name says it, with which note. */}
        <span className="live-note-label" aria-hidden="true">
          Fra medlemmer
        </span>
        {members.length > 0 ? (
          <MemberPicker
            members={members}
            picked={note.by}
            label={`Fra medlemmer, ${title.toLowerCase()}`}
            onToggle={(id, on) =>
              update({ by: on ? [...note.by, id] : note.by.filter((picked) => picked !== id) })
            }
          />
        ) : (
          <p className="muted">Ingen medlemmer til stede på punktet; skriv hvem i «Fra».</p>
        )}
      </div>
      <label className="live-note-by">
        Fra (parti eller gruppe){' '}
        <input
          value={note.byText}
          maxLength={500}
          placeholder="fx Enhedslisten"
          onChange={(e) => update({ byText: e.target.value })}
        />
      </label>
      <label className="live-wording">
        Bemærkning
        <textarea
          rows={3}
          value={note.text}
          maxLength={20000}
          onChange={(e) => update({ text: e.target.value })}
        />
      </label>
      {/* After the statement, so Tab runs from who to what without a stop at «Fjern». */}
      <div className="live-row">
        <p className="muted live-note-printed">
          I referatet: «
          {printed.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && <br />}
              {line}
            </Fragment>
          ))}
          »
        </p>
        <button
          type="button"
          aria-label={`Fjern ${title.toLowerCase()}`}
          onClick={() => onRemove(note.id)}
        >
          Fjern
        </button>
      </div>
    </fieldset>
  );
}

/**
 * A decision's protokolbemærkninger (styrelseslovens §11), each with who it
 * is from (members picked from those present, and/or a party or group as
 * text) and the statement, shown as the referat will print it.
 */
export function ProtocolNotes({ meeting, item, decision, session, focus, onRemove }: Props) {
  const notes = decision.protocolNotes;
  if (notes.length === 0) return null;
  return (
    <div className="live-notes">
      {notes.map((note, i) => (
        <NoteEditor
          key={note.id}
          meeting={meeting}
          item={item}
          decision={decision}
          session={session}
          note={note}
          number={notes.length > 1 ? i + 1 : null}
          focusAsked={focus?.id === note.id ? focus.asked : 0}
          onRemove={onRemove}
        />
      ))}
    </div>
  );
}
