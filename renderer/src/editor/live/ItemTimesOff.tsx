import { useEffect, useState } from 'react';
import { useLiveRequest } from './live-requests';
import '../live-meeting.css';

/** How long the explanation stays; it is read out once by screen readers either way. */
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
    const timer = setTimeout(() => setShown(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return (
    <p className="live-times-off muted" role="status">
      {shown &&
        'Skabelonen noterer ikke, hvornår punkterne åbnes og afsluttes. Slå det til under Rediger skabelon… (“Notér hvornår punkterne behandles”).'}
    </p>
  );
}
