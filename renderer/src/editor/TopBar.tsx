import type { CommandId } from '../../../shared/commands/commands';
import { documentTitle } from '../../../shared/template/render';
import type { DocumentSnapshot } from './state/document-session';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  snapshot: DocumentSnapshot;
  /** Runs a registry command: every button here is one. */
  onCommand: (id: CommandId) => void;
  onReload: () => void;
}

/** The meeting's name, where it is saved, and the file actions. */
export function TopBar({ snapshot, onCommand, onReload }: Props) {
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <h1 id="meeting-title">{documentTitle(snapshot.meeting)}</h1>
        <span className="muted">{snapshot.fileName ?? 'Ikke gemt under et navn endnu'}</span>
      </div>
      <SaveIndicator
        state={snapshot.saveState}
        hasPath={snapshot.fileName !== null}
        onSaveAs={() => onCommand('file.saveAs')}
        onReload={onReload}
      />
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
        >
          ?
        </button>
        <button type="button" onClick={() => onCommand('file.close')}>
          Luk møde
        </button>
      </div>
    </header>
  );
}
