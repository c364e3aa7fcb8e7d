import { useEffect, useRef, useState } from 'react';
import type { TemplateLibrary } from '../../../../shared/ipc/contract';
import type { Meeting } from '../../../../shared/model/meeting';
import type { Template } from '../../../../shared/template/schema';
import { setAsideBySwitch } from '../../../../shared/template/switch';
import './template-editor.css';

interface Props {
  library: TemplateLibrary;
  meeting: Meeting;
  /** The entry to offer first. */
  initialKey: string | null;
  onSwitch: (template: Template) => void;
  onClose: () => void;
}

/**
 * "Skift skabelon…": another template for the open meeting. Texts follow
 * their section by id; before switching, the dialog says which texts will
 * wait in «Ikke i skabelonen» (nothing is deleted).
 */
export function SwitchTemplateDialog({ library, meeting, initialKey, onSwitch, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const usable = library.entries.filter((entry) => entry.template);
  const [key, setKey] = useState(initialKey ?? usable[0]?.key ?? '');
  const chosen = usable.find((entry) => entry.key === key) ?? usable[0];
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const setAside = chosen?.template ? setAsideBySwitch(meeting, chosen.template) : [];
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="st-title"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id="st-title">Skift skabelon</h2>
      <p>
        Mødet bruger nu «{meeting.template.name}». Teksterne følger med til afsnit med samme id i
        den nye skabelon.
      </p>
      <div className="form-grid">
        <label htmlFor="st-template">Ny skabelon</label>
        <select id="st-template" value={chosen?.key ?? ''} onChange={(e) => setKey(e.target.value)}>
          {usable.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.name}
              {entry.source === 'shared' ? ' (kommunens)' : entry.source === 'user' ? ' (min)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div role="status" className="st-report">
        {setAside.length === 0 ? (
          <p>Al tekst har en plads i den nye skabelon.</p>
        ) : (
          <>
            <p>Denne tekst flyttes til «Ikke i skabelonen», hvor du kan flytte eller slette den:</p>
            <ul>
              {setAside.map((entry) => (
                <li key={entry.itemIndex}>
                  Punkt {entry.itemIndex + 1}
                  {entry.title ? ` ${entry.title}` : ''}: {entry.parts.join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!chosen?.template}
          onClick={() => {
            if (chosen?.template) onSwitch(chosen.template);
            dialog.current?.close();
          }}
        >
          Skift skabelon
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Annullér
        </button>
      </div>
    </dialog>
  );
}
