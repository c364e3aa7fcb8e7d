import { memo, useCallback, useRef, useState, type DragEvent } from 'react';
import { itemNumber } from '../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { isRichTextEmpty } from '../../../shared/model/rich-text';

import type { Selection } from './selection';

interface Props {
  meeting: Meeting;
  selected: Selection;
  onSelect: (selection: Selection) => void;
  onAdd: () => void;
  onMove: (id: string, to: number) => void;
}

function hasDecision(item: AgendaItem): boolean {
  return item.decisions.some((decision) => !isRichTextEmpty(decision.text));
}

interface RowProps {
  item: AgendaItem;
  index: number;
  number: number;
  selected: boolean;
  dragging: boolean;
  onSelect: (selection: Selection) => void;
  onDragStart: (id: string) => void;
  onDrop: (event: DragEvent, index: number) => void;
}

/** One agenda entry; memoized so typing in one item re-renders only its own row. */
const SidebarRow = memo(function SidebarRow(props: RowProps) {
  const { item, index, number, selected } = props;
  const decided = hasDecision(item);
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
        <span
          className={`mark${decided ? ' decided' : ' undecided'}`}
          role="img"
          aria-label={decided ? 'beslutning skrevet' : 'ingen beslutning endnu'}
          title={decided ? 'Beslutning skrevet' : 'Ingen beslutning endnu'}
        >
          {decided ? '✓' : '○'}
        </span>
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
      <ol className="sidebar-items" aria-labelledby="agenda-title">
        {meeting.items.map((item, index) => (
          <SidebarRow
            key={item.id}
            item={item}
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
