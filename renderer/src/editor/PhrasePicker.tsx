import { useEffect, useRef, type KeyboardEvent } from 'react';

interface Props {
  phrases: string[];
  onPick: (phrase: string) => void;
  onClose: () => void;
}

/** Standard phrases by number: one key inserts one into the current Beslutning. */
export function PhrasePicker({ phrases, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const phrase = /^[1-9]$/.test(event.key) ? phrases[Number(event.key) - 1] : undefined;
    if (!phrase) return;
    event.preventDefault();
    dialog.current?.close();
    onPick(phrase);
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="phrases-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id="phrases-title">Standardformuleringer</h2>
      <p className="muted">
        Tryk på tallet, eller vælg med Tab og Enter. Listen ændres under Indstillinger.
      </p>
      <ol className="phrase-list">
        {phrases.map((phrase, index) => (
          <li key={phrase}>
            <button
              type="button"
              autoFocus={index === 0}
              onClick={() => {
                dialog.current?.close();
                onPick(phrase);
              }}
            >
              <kbd>{index + 1}</kbd> {phrase}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => dialog.current?.close()}>
        Annullér
      </button>
    </dialog>
  );
}
