import { useEffect, useRef, useState } from 'react';
import type { TemplateLibrary, TemplateLibraryEntry } from '../../../../shared/ipc/contract';
import { templateSummary } from '../../../../shared/template/file';
import './template-editor.css';

const SOURCES = [
  ['built-in', 'Indbyggede'],
  ['shared', 'Kommunens (skrivebeskyttet)'],
  ['user', 'Mine skabeloner'],
] as const;

/** "Udvalg" or "⚠ fil.referat-skabelon (kan ikke bruges)": an entry as the list shows it. */
export function entryLabel(entry: TemplateLibraryEntry): string {
  return entry.template ? entry.name : `⚠ ${entry.name} (kan ikke bruges)`;
}

interface Props {
  library: TemplateLibrary;
  /** True while a meeting is open: "Brug i dette møde" is offered. */
  meetingOpen: boolean;
  /** The key to select first (e.g. the template chosen for new meetings). */
  initialKey: string | null;
  onNew: (entry: TemplateLibraryEntry) => void;
  onEdit: (entry: TemplateLibraryEntry) => void;
  onUse: (entry: TemplateLibraryEntry) => void;
  onImport: () => void;
  onExport: (entry: TemplateLibraryEntry) => void;
  /** "Slet skabelon": only ever offered for the user's own templates. */
  onDelete: (entry: TemplateLibraryEntry) => void;
  onClose: () => void;
  /** "Vælg fælles mappe…" (choose) or "Fjern fælles mappe" (not). */
  onSharedFolder: (choose: boolean) => void;
  /** The outcome of the last import or export (Danish lines), shown in the dialog. */
  messages?: string[];
}

/**
 * "Slet skabelon…" under the user's own template, asking first in place:
 * the file goes to the OS trash, and meetings keep their own copy of the
 * template, which the question says so nobody fears for their referater.
 */
function DeleteTemplate({
  entry,
  onDelete,
}: {
  entry: TemplateLibraryEntry;
  onDelete: (entry: TemplateLibraryEntry) => void;
}) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus goes to "Fortryd" when asking (the safe answer), and back to the button after it.
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current ||= asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" ref={ask} onClick={() => setAsking(true)}>
        Slet skabelon…
      </button>
    );
  }
  return (
    <div className="tl-delete" role="group" aria-labelledby="tl-delete-question">
      <p id="tl-delete-question">
        Slet «{entry.name}»? Filen lægges i papirkurven. Møder, der bruger skabelonen, beholder
        deres egen kopi.
      </p>
      <button type="button" onClick={() => onDelete(entry)}>
        Slet skabelon
      </button>{' '}
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        Fortryd
      </button>
    </div>
  );
}

/**
 * "Skabeloner…": the built-in templates, the municipality's (read-only) and
 * the secretary's own; a file that is not a valid template is listed with
 * its problems, so IT can see why. A native list box: arrows choose, Tab
 * reaches the actions.
 */
export function TemplateLibraryDialog(props: Props) {
  const { library } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLSelectElement>(null);
  const [key, setKey] = useState(props.initialKey ?? library.entries[0]?.key ?? '');
  const selected = library.entries.find((entry) => entry.key === key) ?? library.entries[0];
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog}
      className="dialog template-library"
      aria-labelledby="tl-title"
      onClose={props.onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id="tl-title">Skabeloner</h2>
      <div className="tl-body">
        <select
          ref={list}
          size={12}
          className="tl-list"
          aria-label="Skabeloner"
          value={selected?.key ?? ''}
          onChange={(e) => setKey(e.target.value)}
        >
          {SOURCES.map(([source, label]) => {
            const entries = library.entries.filter((entry) => entry.source === source);
            return entries.length === 0 ? null : (
              <optgroup key={source} label={label}>
                {entries.map((entry) => (
                  <option key={entry.key} value={entry.key}>
                    {entryLabel(entry)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <div className="tl-details" aria-live="polite">
          {selected?.template ? (
            <>
              <h3>{selected.template.name}</h3>
              {selected.template.description && <p>{selected.template.description}</p>}
              <p className="muted">{templateSummary(selected.template)}</p>
              <p className="muted">
                Afsnit: {selected.template.sections.map((s) => s.label).join(', ')}
              </p>
              {selected.warnings.map((warning, i) => (
                <p key={i} className="muted">
                  {warning}
                </p>
              ))}
            </>
          ) : selected ? (
            <>
              <h3>{selected.name}</h3>
              <p>Filen kan ikke bruges som skabelon:</p>
              <ul className="te-problem-list">
                {selected.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </>
          ) : null}
          {selected?.source === 'user' && (
            <DeleteTemplate
              key={selected.key}
              entry={selected}
              onDelete={(entry) => {
                props.onDelete(entry);
                // The entry leaves the list: the list itself keeps the focus.
                list.current?.focus();
              }}
            />
          )}
        </div>
      </div>
      <div className="tl-folders">
        <p className="muted">
          Dine skabeloner ligger i {library.userFolder}.{' '}
          {library.sharedFolder
            ? `Kommunens skabeloner læses fra ${library.sharedFolder}${library.sharedFolderLocked ? ' (sat af IT med --skabelonmappe)' : ''}.`
            : 'Der er ikke valgt en fælles skabelonmappe for kommunen.'}
        </p>
        {!library.sharedFolderLocked && (
          <span className="tl-folder-buttons">
            <button type="button" onClick={() => props.onSharedFolder(true)}>
              Vælg fælles mappe…
            </button>
            {library.sharedFolder && (
              <button type="button" onClick={() => props.onSharedFolder(false)}>
                Fjern fælles mappe
              </button>
            )}
          </span>
        )}
      </div>
      {(props.messages ?? []).length > 0 && (
        <div className="tl-messages" role="alert">
          {props.messages?.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
        </div>
      )}
      {library.problems.map((problem, i) => (
        <p key={i} className="te-problem" role="alert">
          {problem}
        </p>
      ))}
      <div className="dialog-actions">
        {props.meetingOpen && (
          <button
            type="button"
            className="primary"
            disabled={!selected?.template}
            onClick={() => selected && props.onUse(selected)}
          >
            Brug i dette møde…
          </button>
        )}
        <button
          type="button"
          disabled={!selected?.template}
          onClick={() => selected && props.onNew(selected)}
        >
          Ny skabelon ud fra denne…
        </button>
        <button
          type="button"
          disabled={!selected?.template}
          onClick={() => selected && props.onEdit(selected)}
        >
          {selected?.source === 'user' ? 'Rediger…' : 'Rediger en kopi…'}
        </button>
        <button type="button" onClick={props.onImport}>
          Importér…
        </button>
        <button
          type="button"
          disabled={!selected?.template}
          onClick={() => selected && props.onExport(selected)}
        >
          Eksportér…
        </button>
        <button type="button" onClick={close}>
          Luk
        </button>
      </div>
    </dialog>
  );
}
