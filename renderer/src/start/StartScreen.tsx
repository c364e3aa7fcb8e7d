import type { RecentFile } from '../../../shared/ipc/contract';
import { baseName } from '../../../shared/ipc/describe-error';

interface Props {
  recentFiles: RecentFile[];
  onNew: () => void;
  onOpen: () => void;
  onOpenRecent: (path: string) => void;
}

/** The empty state: start a meeting, open one, or pick up a recent one. */
export function StartScreen({ recentFiles, onNew, onOpen, onOpenRecent }: Props) {
  return (
    <main className="start-screen" aria-labelledby="start-title">
      <h1 id="start-title">Referat</h1>
      <p className="lead">
        Skriv referatet under mødet, og send det ud som Word-dokument bagefter.
      </p>
      <div className="start-actions">
        <button type="button" className="primary" onClick={onNew}>
          Nyt møde
        </button>
        <button type="button" onClick={onOpen}>
          Åbn møde…
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
                  onClick={() => onOpenRecent(file.path)}
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
