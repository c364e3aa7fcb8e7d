import { useRef } from 'react';
import { baseName } from '../../../shared/ipc/describe-error';
import type { AgendaItem } from '../../../shared/model/meeting';
import { invoke } from '../common/api';
import type { DocumentSession } from './state/document-session';
import { useRefocusAfterRemoval } from './use-refocus-after-removal';

/** Bilag: titles in order, each optionally linked to a file chosen in a dialog. */
export function AttachmentsSection({
  item,
  label,
  session,
  onDelete,
}: {
  item: AgendaItem;
  /** The section's heading from the template ("Bilag"). */
  label: string;
  session: DocumentSession;
  /** Deletes a bilag, with undo. */
  onDelete: (id: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const willRemove = useRefocusAfterRemoval(list, addButton, item.attachments.length);
  const chooseFile = async (id: string) => {
    const result = await invoke('attachment:choose-file');
    if (result.ok && result.value) {
      session.dispatch({
        type: 'attachment-update',
        itemId: item.id,
        id,
        patch: { filePath: result.value },
      });
    }
  };
  return (
    <section className="item-section" aria-labelledby="section-attachments">
      <h3 id="section-attachments">{label}</h3>
      <ol ref={list} className="attachments">
        {item.attachments.map((a, index) => {
          const which = `bilag ${index + 1}`;
          return (
            <li key={a.id} className="attachment" data-row-id={a.id}>
              <input
                aria-label={`Titel, ${which}`}
                value={a.title}
                onChange={(e) =>
                  session.dispatch({
                    type: 'attachment-update',
                    itemId: item.id,
                    id: a.id,
                    patch: { title: e.target.value },
                  })
                }
              />
              <span className="muted attachment-file">
                {a.filePath ? baseName(a.filePath) : 'Ingen fil'}
              </span>
              <button
                type="button"
                aria-label={`Vælg fil til ${which}`}
                onClick={() => void chooseFile(a.id)}
              >
                Vælg fil…
              </button>
              {a.filePath && (
                <button
                  type="button"
                  aria-label={`Fjern filen fra ${which}`}
                  onClick={() =>
                    session.dispatch({
                      type: 'attachment-update',
                      itemId: item.id,
                      id: a.id,
                      patch: { filePath: null },
                    })
                  }
                >
                  Fjern fil
                </button>
              )}
              <button
                type="button"
                aria-label={`Flyt ${which} op`}
                disabled={index === 0}
                onClick={() =>
                  session.dispatch({
                    type: 'attachment-move',
                    itemId: item.id,
                    id: a.id,
                    to: index - 1,
                  })
                }
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Flyt ${which} ned`}
                disabled={index === item.attachments.length - 1}
                onClick={() =>
                  session.dispatch({
                    type: 'attachment-move',
                    itemId: item.id,
                    id: a.id,
                    to: index + 1,
                  })
                }
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Slet ${which}`}
                onClick={() => {
                  willRemove(index);
                  onDelete(a.id);
                }}
              >
                Slet
              </button>
            </li>
          );
        })}
      </ol>
      <button
        ref={addButton}
        type="button"
        onClick={() => session.dispatch({ type: 'attachment-add', itemId: item.id })}
      >
        + Tilføj bilag
      </button>
    </section>
  );
}
