import type { Deleted } from './deletion';

/**
 * The deletion and a "Fortryd sletning" button (Ctrl+Z does the same). It
 * stays until the next change to the meeting's structure, however long the
 * secretary takes to notice: a timer would take it away mid-discussion.
 */
export function UndoBar({ deleted, onUndo }: { deleted: Deleted; onUndo: () => void }) {
  return (
    <div className="undo-bar" role="status">
      <span>{deleted.message}</span>
      <button type="button" onClick={onUndo}>
        Fortryd sletning
      </button>
    </div>
  );
}
