import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { setLinkAtSelection } from './link-commands';
import { normalizeTypedUrl } from './url';

interface Props {
  /** The address of the link being edited; null when a new link is inserted. */
  editing: string | null;
  onClose: () => void;
}

/** The address box under the toolbar, for inserting a link or changing one's address. */
export function LinkForm({ editing, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  // Shown as typed: "navn@htk.dk" rather than "mailto:navn@htk.dk".
  const [value, setValue] = useState(editing?.replace(/^mailto:/, '') ?? '');
  const [problem, setProblem] = useState('');
  const close = () => {
    onClose();
    editor.focus();
  };
  const submit = () => {
    const url = normalizeTypedUrl(value);
    if (!url) {
      setProblem('Kun web- og mailadresser kan bruges (http, https eller mailto).');
      return;
    }
    setLinkAtSelection(editor, url, value);
    close();
  };
  return (
    <div
      className="rt-link-form"
      role="group"
      aria-label={editing === null ? 'Indsæt link' : 'Redigér link'}
    >
      <label>
        Linkadresse{' '}
        <input
          autoFocus
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== 'Escape') return;
            // Focus returns to the editor during this keydown: without this the
            // same Enter would also split the paragraph there.
            event.preventDefault();
            if (event.key === 'Enter') submit();
            else close();
          }}
        />
      </label>
      <button type="button" onClick={submit}>
        {editing === null ? 'Indsæt' : 'Gem link'}
      </button>
      <button type="button" onClick={close}>
        Annullér
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
