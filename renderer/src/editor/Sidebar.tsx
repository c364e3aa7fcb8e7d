import { memo, useCallback, useRef, useState, type DragEvent } from 'react';
import { decisionDate } from '../../../shared/model/decisions';
import { itemNumber } from '../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { ITEM_STATUS_LABELS, isSettled, type ItemStatus } from '../../../shared/model/item-status';
import { isRichTextEmpty } from '../../../shared/model/rich-text';
import './live-meeting.css';

import type { Selection } from './selection';

interface Props {
  meeting: Meeting;
  selected: Selection;
  onSelect: (selection: Selection) => void;
  onAdd: () => void;
  onMove: (id: string, to: number) => void;
}

/**
 * A decision written at this meeting: one carried from an earlier meeting
 * (an item postponed there) does not make the item decided here.
 */
function hasDecision(item: AgendaItem, meetingDate: string): boolean {
  return item.decisions.some(
    (decision) =>
      decisionDate(decision, { date: meetingDate }) === meetingDate &&
      !isRichTextEmpty(decision.text),
  );
}

interface RowProps {
  item: AgendaItem;
  /** Decisions of this date count as made here. */
  meetingDate: string;
  index: number;
  number: number;
  selected: boolean;
  dragging: boolean;
  onSelect: (selection: Selection) => void;
  onDragStart: (id: string) => void;
  onDrop: (event: DragEvent, index: number) => void;
}

/** Statuses that say the item is not decided here, each with its short badge. */
const OPEN_STATUS_BADGES: Partial<Record<ItemStatus, string>> = {
  postponed: 'Udsat',
  'not-treated': 'Ikke beh.',
  withdrawn: 'Trukket',
};

/** The sidebar's filter: every item, or those with one status. */
type Filter = 'all' | ItemStatus;

/**
 * The mark after the title: a set status decides it (a postponed item with
 * a decision text "Udsat til …" is not decided, so it gets no ✓); without a
 * status, a written decision does, as before statuses existed.
 */
function itemMark(item: AgendaItem, meetingDate: string): { decided: boolean; label: string } {
  if (item.status !== 'none') {
    return { decided: isSettled(item.status), label: ITEM_STATUS_LABELS[item.status] };
  }
  return hasDecision(item, meetingDate)
    ? { decided: true, label: 'beslutning skrevet' }
    : { decided: false, label: 'ingen beslutning endnu' };
}

/** One agenda entry; memoized so typing in one item re-renders only its own row. */
const SidebarRow = memo(function SidebarRow(props: RowProps) {
  const { item, index, number, selected } = props;
  const mark = itemMark(item, props.meetingDate);
  const decided = mark.decided;
  const badge = OPEN_STATUS_BADGES[item.status];
  return (
    <li
      draggable
      onDragStart={() => props.onDragStart(item.id)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => props.onDrop(event, index)}
      className={props.dragging ? 'dragging' : undefined}
    >
      <button
        type="button"
        className={`sidebar-entry${selected ? ' selected' : ''}`}
        aria-current={selected ? 'page' : undefined}
        onClick={() => props.onSelect(item.id)}
      >
        <span className="item-number">{number}.</span>
        <span className="item-title">{item.title || 'Uden titel'}</span>
        {item.closed && (
          <span className="mark badge" title="Lukket punkt">
            lukket
          </span>
        )}
        {badge ? (
          <span className={`mark badge status-badge status-${item.status}`} title={mark.label}>
            {badge}
          </span>
        ) : (
          <span
            className={`mark${decided ? ' decided' : ' undecided'}`}
            role="img"
            aria-label={mark.label}
            title={mark.label.charAt(0).toUpperCase() + mark.label.slice(1)}
          >
            {decided ? '✓' : '○'}
          </span>
        )}
      </button>
    </li>
  );
});

/**
 * The meeting overview: header entry and agenda with numbers, lock and
 * decision marks. Items reorder by drag, or by Alt+Skift+Pil op/ned.
 */
export const Sidebar = memo(function Sidebar({
  meeting,
  selected,
  onSelect,
  onAdd,
  onMove,
}: Props) {
  const [dragged, setDraggedState] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  // A ref as well, so `drop` stays the same function and rows stay memoized.
  const draggedRef = useRef<string | null>(null);
  const setDragged = useCallback((id: string | null) => {
    draggedRef.current = id;
    setDraggedState(id);
  }, []);
  const drop = useCallback(
    (event: DragEvent, index: number) => {
      event.preventDefault();
      if (draggedRef.current) onMove(draggedRef.current, index);
      setDragged(null);
    },
    [onMove, setDragged],
  );
  const shown = meeting.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => filter === 'all' || item.status === filter);
  return (
    <nav className="sidebar" aria-label="Mødets indhold">
      <button
        type="button"
        className={`sidebar-entry${selected === 'header' ? ' selected' : ''}`}
        aria-current={selected === 'header' ? 'page' : undefined}
        onClick={() => onSelect('header')}
      >
        Mødeoplysninger
      </button>
      <h2 id="agenda-title" className="sidebar-heading">
        Dagsorden
      </h2>
      <label className="live-filter">
        Vis{' '}
        <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          <option value="all">Alle punkter</option>
          {(Object.keys(ITEM_STATUS_LABELS) as ItemStatus[]).map((status) => (
            <option key={status} value={status}>
              {status === 'none' ? 'Uden status' : ITEM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      {shown.length < meeting.items.length && (
        <p className="muted live-filter-note" role="status">
          Viser {shown.length} af {meeting.items.length} punkter.
        </p>
      )}
      <ol className="sidebar-items" aria-labelledby="agenda-title">
        {shown.map(({ item, index }) => (
          <SidebarRow
            key={item.id}
            item={item}
            meetingDate={meeting.date}
            index={index}
            number={itemNumber(meeting, index)}
            selected={selected === item.id}
            dragging={dragged === item.id}
            onSelect={onSelect}
            onDragStart={setDragged}
            onDrop={drop}
          />
        ))}
      </ol>
      <button type="button" className="sidebar-add" onClick={onAdd}>
        + Tilføj punkt
      </button>
    </nav>
  );
});
