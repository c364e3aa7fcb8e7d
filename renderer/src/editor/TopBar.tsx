import { documentHeading } from '../../../shared/model/derived';
import type { DocumentSnapshot } from './state/document-session';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  snapshot: DocumentSnapshot;
  onSave: () => void;
  onSaveAs: () => void;
  onNewFromThis: () => void;
  onClose: () => void;
  onShortcuts: () => void;
  onExport: () => void;
  onReload: () => void;
}

/** The meeting's name, where it is saved, and the file actions. */
export function TopBar(props: Props) {
  const { snapshot, onSave, onSaveAs, onNewFromThis, onClose, onShortcuts } = props;
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <h1 id="meeting-title">{documentHeading(snapshot.meeting)}</h1>
        <span className="muted">{snapshot.fileName ?? 'Ikke gemt under et navn endnu'}</span>
      </div>
      <SaveIndicator
        state={snapshot.saveState}
        hasPath={snapshot.fileName !== null}
        onSaveAs={onSaveAs}
        onReload={props.onReload}
      />
      <div className="top-bar-actions">
        <button type="button" onClick={onSave}>
          Gem
        </button>
        <button type="button" onClick={onSaveAs}>
          Gem som…
        </button>
        <button type="button" onClick={props.onExport}>
          Eksportér til Word…
        </button>
        <button type="button" onClick={onNewFromThis}>
          Nyt møde ud fra dette
        </button>
        <button type="button" onClick={onShortcuts} aria-label="Tastaturgenveje">
          ?
        </button>
        <button type="button" onClick={onClose}>
          Luk møde
        </button>
      </div>
    </header>
  );
}
