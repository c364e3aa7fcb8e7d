import type { CommandId } from '../../../shared/commands/commands';
import { documentTitle } from '../../../shared/template/render';
import { memo, useSyncExternalStore } from 'react';
import type { DocumentSession } from './state/document-session';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  /** The top bar follows the save state itself: the rest of the screen does not render for it. */
  session: DocumentSession;
  /** Runs a registry command: every button here is one. */
  onCommand: (id: CommandId) => void;
  onReload: () => void;
}

/**
 * The meeting's name, whether it is saved, and the file actions, on one
 * line at 1280 px: the title takes what is left and ends in "…" rather than
 * wrapping (the full title is its tooltip); a save error, which needs room
 * for its explanation, gets a row of its own underneath.
 */
export const TopBar = memo(function TopBar({ session, onCommand, onReload }: Props) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const title = documentTitle(snapshot.meeting);
  const error = snapshot.saveState.kind === 'error';
  const indicator = (
    <SaveIndicator
      state={snapshot.saveState}
      hasPath={snapshot.fileName !== null}
      onSaveAs={() => onCommand('file.saveAs')}
      onReload={onReload}
    />
  );
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <h1 id="meeting-title" title={title}>
          {title}
        </h1>
        {snapshot.fileName && (
          <span className="top-bar-file muted" title={snapshot.fileName}>
            {snapshot.fileName}
          </span>
        )}
      </div>
      {!error && indicator}
      <div className="top-bar-actions">
        <button type="button" onClick={() => onCommand('file.save')}>
          Gem
        </button>
        <button type="button" onClick={() => onCommand('file.saveAs')}>
          Gem som…
        </button>
        <button type="button" onClick={() => onCommand('file.exportWord')}>
          Eksportér til Word…
        </button>
        <button type="button" onClick={() => onCommand('file.newFromThis')}>
          Nyt møde ud fra dette
        </button>
        <button
          type="button"
          onClick={() => onCommand('help.shortcuts')}
          aria-label="Tastaturgenveje"
          title="Tastaturgenveje (F1)"
        >
          ?
        </button>
        <button type="button" onClick={() => onCommand('file.close')}>
          Luk møde
        </button>
      </div>
      {error && <div className="top-bar-alert">{indicator}</div>}
    </header>
  );
});
