import { useEffect } from 'react';
import type { AgendaItem } from '../../../shared/model/meeting';

/** A deleted item and where it was, for "Fortryd". */
export interface Deleted {
  item: AgendaItem;
  index: number;
  number: number;
}

/** "Punkt 3 er slettet. Fortryd" — shown for 15 seconds after a deletion. */
export function UndoBar({
  deleted,
  onUndo,
  onDismiss,
}: {
  deleted: Deleted;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, 15_000);
    return () => clearTimeout(timer);
  }, [deleted, onDismiss]);
  return (
    <div className="undo-bar" role="status">
      <span>
        Punkt {deleted.number} «{deleted.item.title || 'Uden titel'}» er slettet.
      </span>
      <button type="button" onClick={onUndo}>
        Fortryd sletning
      </button>
    </div>
  );
}
