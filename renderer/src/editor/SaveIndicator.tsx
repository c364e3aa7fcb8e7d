import { describeIpcError } from '../../../shared/ipc/describe-error';
import type { SaveState } from './state/document-session';

function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The indicator's sentence for a save state, in Danish. */
export function saveStateText(state: SaveState, hasPath: boolean): string {
  switch (state.kind) {
    case 'saved':
      if (!state.at) return hasPath ? 'Gemt' : 'Ikke gemt endnu';
      return state.where === 'file'
        ? `Gemt ${clock(state.at)}`
        : `Gemt midlertidigt ${clock(state.at)}. Vælg Gem som… for at give mødet et navn`;
    case 'pending':
    case 'saving':
      return 'Gemmer…';
    case 'error':
      return `Ikke gemt: ${describeIpcError(state.error)} Referat prøver igen automatisk.`;
  }
}

/** "Gemt 14:32", "Gemmer…", or what went wrong and what to do. */
export function SaveIndicator({
  state,
  hasPath,
  onSaveAs,
  onReload,
}: {
  state: SaveState;
  hasPath: boolean;
  onSaveAs: () => void;
  onReload: () => void;
}) {
  const error = state.kind === 'error';
  return (
    <div
      className={`save-indicator${error ? ' save-error' : ''}`}
      role={error ? 'alert' : 'status'}
      aria-live="polite"
    >
      <span>{saveStateText(state, hasPath)}</span>
      {error && state.error.code === 'changed-on-disk' && (
        <button type="button" onClick={onReload}>
          Genindlæs
        </button>
      )}
      {error && (
        <button type="button" onClick={onSaveAs}>
          Gem som…
        </button>
      )}
    </div>
  );
}
