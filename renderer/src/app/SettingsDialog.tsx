import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/ipc/contract';

interface Props {
  settings: Settings;
  onSave: (settings: Partial<Settings>) => void;
  onClose: () => void;
}

/** The user's defaults for new meetings, the standard phrases for Beslutning, and spelling. */
export function SettingsDialog({ settings, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(settings.secretaryName);
  const [body, setBody] = useState(settings.defaultBody);
  const [venue, setVenue] = useState(settings.defaultVenue);
  const [phrases, setPhrases] = useState(settings.standardPhrases.join('\n'));
  const [spellcheck, setSpellcheck] = useState(settings.spellcheck);
  const [dictionary, setDictionary] = useState(settings.personalDictionary.join('\n'));
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const save = () => {
    onSave({
      secretaryName: name.trim(),
      defaultBody: body.trim(),
      defaultVenue: venue.trim(),
      standardPhrases: phrases
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean)
        .slice(0, 50),
      spellcheck,
      personalDictionary: [
        ...new Set(
          dictionary
            .split('\n')
            .map((word) => word.trim())
            .filter((word) => word && word.length <= 100),
        ),
      ],
    });
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="settings-title" onClose={onClose}>
      <h2 id="settings-title">Indstillinger</h2>
      <div className="form-grid">
        <label htmlFor="settings-name">Dit navn (sekretær)</label>
        <input id="settings-name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="settings-body">Fast organ</label>
        <input id="settings-body" value={body} onChange={(e) => setBody(e.target.value)} />
        <label htmlFor="settings-venue">Fast mødested</label>
        <input id="settings-venue" value={venue} onChange={(e) => setVenue(e.target.value)} />
        <label htmlFor="settings-phrases">Standardformuleringer (én pr. linje)</label>
        <textarea
          id="settings-phrases"
          rows={6}
          value={phrases}
          onChange={(e) => setPhrases(e.target.value)}
        />
        <span />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={spellcheck}
            onChange={(e) => setSpellcheck(e.target.checked)}
          />{' '}
          Stavekontrol (dansk)
        </label>
        <label htmlFor="settings-dictionary">Egen ordbog (ét ord pr. linje)</label>
        <textarea
          id="settings-dictionary"
          rows={5}
          spellCheck={false}
          value={dictionary}
          onChange={(e) => setDictionary(e.target.value)}
        />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={save}>
          Gem indstillinger
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Annullér
        </button>
      </div>
    </dialog>
  );
}
