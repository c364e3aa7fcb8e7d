import { useEffect, useRef, useState } from 'react';
import { invoke } from '../common/api';

/** "Om Referat": what the program is, its version, and that it works without the internet. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
    void invoke('app:info').then((info) => info.ok && setVersion(info.value.version));
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">Om Referat</h2>
      <p>Referat {version ? `version ${version}` : ''}</p>
      <p>
        Skriv mødereferater live under mødet, og eksportér dem til Word. Referat arbejder helt uden
        internet: dine møder gemmes kun på din egen computer, i de filer du selv vælger.
      </p>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        Luk
      </button>
    </dialog>
  );
}
