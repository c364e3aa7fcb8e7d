import { describeIpcError } from '../../../shared/ipc/describe-error';
import type { SaveState } from './state/document-session';

function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A meeting only in the recovery area; the "Gem som…" button beside it is the way out, so it needs no mention (the tooltip says more). */
const UNNAMED = 'Ikke gemt under et navn';

/**
 * The indicator's words for a save state, in Danish. Kept short on purpose:
 * it shares one line with the meeting's title and the file buttons at
 * 1280 px, and a glance must be enough ("Gemt 14:32").
 */
export function saveStateText(state: SaveState, hasPath: boolean): string {
  switch (state.kind) {
    case 'saved':
      if (!state.at) return hasPath ? 'Gemt' : UNNAMED;
      return state.where === 'file' ? `Gemt ${clock(state.at)}` : UNNAMED;
    case 'pending':
    case 'saving':
      return 'Gemmer…';
    case 'error':
      return `Ikke gemt: ${describeIpcError(state.error)} Referat prøver igen automatisk.`;
  }
}

/** The longer explanation shown as a tooltip: when the safety copy was written. */
function detail(state: SaveState): string | undefined {
  if (state.kind !== 'saved' || !state.at) return undefined;
  return state.where === 'file'
    ? `Gemt i filen kl. ${clock(state.at)}`
    : `Teksten er gemt midlertidigt kl. ${clock(state.at)}. Vælg Gem som… for at give mødet et navn.`;
}

/** "Gemt 14:32", "Gemmer…", or (as an alert under the top bar) what went wrong and what to do. */
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
      title={detail(state)}
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
