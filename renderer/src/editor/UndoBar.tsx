import { useEffect } from 'react';

/** Something just deleted, and how to bring it back. */
export interface Deleted {
  /** "Punkt 3 «…» er slettet." */
  message: string;
  restore: () => void;
  /** Where the restored thing is shown: 'header' or its item's id. */
  shownIn: string;
  /** Puts keyboard focus on the restored thing, once it is on screen again. */
  focus: () => void;
}

/** The deletion and a "Fortryd sletning" button, shown for 15 seconds. */
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
      <span>{deleted.message}</span>
      <button type="button" onClick={onUndo}>
        Fortryd sletning
      </button>
    </div>
  );
}
