import { useEffect, useState } from 'react';
import { useLiveRequest } from './live-requests';
import '../live-meeting.css';

/** How long the explanation stays at most; it is read out once by screen readers either way. */
const SHOWN_MS = 10_000;

/**
 * Where the template does not note item times, Ctrl+Shift+O / Ctrl+Shift+L
 * say why nothing happened and where to turn it on, instead of doing
 * nothing (a key that silently does nothing reads as a broken app).
 */
export function ItemTimesOff() {
  const [shown, setShown] = useState(false);
  const show = () => setShown(true);
  useLiveRequest('open-item', show);
  useLiveRequest('close-item', show);
  useEffect(() => {
    if (!shown) return;
    const hide = () => setShown(false);
    const timer = setTimeout(hide, SHOWN_MS);
    // It floats over the form's lower corner: the next key the secretary
    // types takes it away, so it never hides the text being written.
    const onKey = (event: KeyboardEvent) => {
      if (!['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) hide();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [shown]);
  return (
    <p className="live-times-off" role="status">
      {shown &&
        'Skabelonen noterer ikke, hvornår punkterne åbnes og afsluttes. Slå det til under Rediger skabelon… (“Notér hvornår punkterne behandles”).'}
    </p>
  );
}
