import type { RecentFile, RecoveryEntry } from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';

interface Props {
  recentFiles: RecentFile[];
  recovered: RecoveryEntry[];
  onNew: () => void;
  onOpen: () => void;
  onImport: () => void;
  onOpenRecent: (path: string) => void;
  onRestore: (id: string) => void;
  onDiscard: (id: string) => void;
  onSettings: () => void;
  /** The templates a new meeting can be written with (valid library entries), and the chosen one. */
  templates?: { key: string; label: string }[];
  templateKey?: string;
  onTemplateChange?: (key: string) => void;
  onTemplates?: () => void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'short' });
}

/** The empty state: start a meeting, open one, pick up a recent one, or restore unsaved work. */
export function StartScreen(props: Props) {
  const { recentFiles, recovered } = props;
  return (
    <main className="start-screen" aria-labelledby="start-title">
      <h1 id="start-title">Referat</h1>
      <p className="lead">
        Skriv referatet under mødet, og send det ud som Word-dokument bagefter.
      </p>
      {recovered.length > 0 && (
        <section aria-labelledby="recovery-title" className="recovery" role="region">
          <h2 id="recovery-title">Ikke-gemte møder fra sidst</h2>
          <p>Disse møder har ikke fået et navn endnu. Teksten er bevaret.</p>
          <ul>
            {recovered.map((entry) => (
              <li key={entry.id}>
                <span className="recent-title">{entry.title}</span>{' '}
                <span className="muted">(senest ændret {when(entry.savedAt)})</span>
                <button type="button" className="primary" onClick={() => props.onRestore(entry.id)}>
                  Gendan {entry.title}
                </button>
                <button type="button" onClick={() => props.onDiscard(entry.id)}>
                  Kassér {entry.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="start-actions">
        <button type="button" className="primary" onClick={props.onNew}>
          Nyt møde
        </button>
        {props.templates && props.templates.length > 0 && (
          <span className="new-meeting-template">
            <label htmlFor="new-meeting-template">med skabelonen</label>
            <select
              id="new-meeting-template"
              value={props.templateKey}
              onChange={(e) => props.onTemplateChange?.(e.target.value)}
            >
              {props.templates.map((template) => (
                <option key={template.key} value={template.key}>
                  {template.label}
                </option>
              ))}
            </select>
          </span>
        )}
        <button type="button" onClick={props.onOpen}>
          Åbn møde…
        </button>
        <button type="button" onClick={props.onImport}>
          Importér dagsorden fra Word…
        </button>
        {props.onTemplates && (
          <button type="button" onClick={props.onTemplates}>
            Skabeloner…
          </button>
        )}
        <button type="button" onClick={props.onSettings}>
          Indstillinger…
        </button>
      </div>
      <section aria-labelledby="recent-title" className="recent-files">
        <h2 id="recent-title">Seneste møder</h2>
        {recentFiles.length === 0 ? (
          <p className="muted">Ingen endnu. Møder, du åbner eller gemmer, vises her.</p>
        ) : (
          <ul>
            {recentFiles.map((file) => (
              <li key={file.path}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onOpenRecent(file.path)}
                  title={file.path}
                >
                  <span className="recent-title">{file.title}</span>
                  <span className="recent-file muted">{baseName(file.path)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
