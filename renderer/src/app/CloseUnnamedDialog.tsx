import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  /** Gem som…, then close when a name was chosen. */
  onSaveAs: () => void;
  /** Close anyway: the text stays in the recovery area, offered on the start screen. */
  onCloseAnyway: () => void;
  onCancel: () => void;
}

/**
 * Ctrl+W on a meeting that has no name yet: offer Gem som… first, since a
 * meeting closed without a name is only found again on the start screen.
 */
export function CloseUnnamedDialog({ title, onSaveAs, onCloseAnyway, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const choice = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const choose = (action: () => void) => {
    choice.current = action;
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="close-unnamed-title"
      aria-describedby="close-unnamed-text"
      onClose={() => (choice.current ?? onCancel)()}
    >
      <h2 id="close-unnamed-title">{title} er ikke gemt under et navn</h2>
      <p id="close-unnamed-text">
        Giv mødet et navn, så du kan finde det igen. Lukker du uden navn, er teksten bevaret under
        «Ikke-gemte møder fra sidst» på startskærmen.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => choose(onSaveAs)}>
          Gem som…
        </button>
        <button type="button" onClick={() => choose(onCloseAnyway)}>
          Luk uden navn
        </button>
        <button type="button" onClick={() => choose(onCancel)}>
          Fortsæt med at skrive
        </button>
      </div>
    </dialog>
  );
}
