import { baseName } from '../../../shared/ipc/describe-error';
import {
  documentHeading,
  formatMeetingTime,
  itemNumber,
  participantLabel,
} from '../../../shared/model/derived';
import type { OpenDocument } from './App';

interface Props {
  document: OpenDocument;
  onClose: () => void;
}

/** A read-only overview of the open meeting: header and agenda. */
export function MeetingSummary({ document, onClose }: Props) {
  const { meeting, path } = document;
  return (
    <main className="meeting-summary" aria-labelledby="meeting-title">
      <header className="top-bar">
        <h1 id="meeting-title">{documentHeading(meeting)}</h1>
        <span className="muted">{path ? baseName(path) : 'Ikke gemt endnu'}</span>
        <button type="button" onClick={onClose}>
          Luk møde
        </button>
      </header>
      <dl className="meeting-facts">
        <dt>Mødedato</dt>
        <dd>{formatMeetingTime(meeting)}</dd>
        <dt>Mødested</dt>
        <dd>{meeting.venue || '—'}</dd>
        <dt>Mødedeltagere</dt>
        <dd>{meeting.participants.map(participantLabel).join(', ') || '—'}</dd>
      </dl>
      <h2>Dagsorden</h2>
      <ol className="agenda" aria-label="Dagsordenspunkter">
        {meeting.items.map((item, index) => (
          <li key={item.id}>
            Punkt {itemNumber(meeting, index)}: {item.title || 'Uden titel'}
            {item.closed && <span className="muted"> (lukket)</span>}
          </li>
        ))}
      </ol>
    </main>
  );
}
