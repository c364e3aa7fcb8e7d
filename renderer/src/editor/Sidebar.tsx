import { useState, type DragEvent } from 'react';
import { itemNumber } from '../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { isRichTextEmpty } from '../../../shared/model/rich-text';

/** What the main panel shows: 'header' (the header form) or an item's id. */
export type Selection = string;

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

/**
 * The meeting overview: header entry and agenda with numbers, lock and
 * decision marks. Items reorder by drag, or by Alt+Skift+Pil op/ned.
 */
export function Sidebar({ meeting, selected, onSelect, onAdd, onMove }: Props) {
  const [dragged, setDragged] = useState<string | null>(null);
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged) onMove(dragged, index);
    setDragged(null);
  };
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
        {meeting.items.map((item, index) => {
          const number = itemNumber(meeting, index);
          const decided = hasDecision(item);
          return (
            <li
              key={item.id}
              draggable
              onDragStart={() => setDragged(item.id)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => drop(event, index)}
              className={dragged === item.id ? 'dragging' : undefined}
            >
              <button
                type="button"
                className={`sidebar-entry${selected === item.id ? ' selected' : ''}`}
                aria-current={selected === item.id ? 'page' : undefined}
                onClick={() => onSelect(item.id)}
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
        })}
      </ol>
      <button type="button" className="sidebar-add" onClick={onAdd}>
        + Tilføj punkt
      </button>
    </nav>
  );
}
