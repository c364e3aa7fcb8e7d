import { absentOnItem, inhabilOnItem } from '../../../../shared/model/attendance';
import { decisionDate, decisionsNewestFirst } from '../../../../shared/model/decisions';
import { createDecision, type Participant } from '../../../../shared/model/meeting';
import { plainTextOf } from '../../../../shared/model/rich-text';
import {
  absentNote,
  decisionHeading,
  inhabilNote,
  participantName,
} from '../../../../shared/template/render';
import type { PreviewMeeting } from './preview-meeting';

/** Longest decision text the preview shows; the rest is "…". */
const TEXT_LIMIT = 160;

/** The absent line as the export writes it (meeting-record.ts): the template's sentence, or the label in bold and the names. */
function AbsentLine({ preview, absent }: { preview: PreviewMeeting; absent: Participant[] }) {
  const { meeting } = preview;
  const { absentLabel, absentNote: sentence } = meeting.template.decision;
  return (
    <p className="te-paper-line" data-testid="preview-absent-line">
      {sentence.trim() ? (
        absentNote(absent, meeting)
      ) : (
        <>
          <strong>{absentLabel.trim()}:</strong>{' '}
          {absent.map((p) => participantName(p, meeting.template, meeting.participants)).join(', ')}
        </>
      )}
    </p>
  );
}

/**
 * A decision of this meeting: its heading, the absent line above or under
 * it, the inhabilitet note and the decision's text (the item's newest of
 * this meeting, or a stand-in). When the item records nobody absent or inhabil, example
 * members show how the lines read (said under the paper: examplesNote).
 */
export function DecisionPreview({ preview }: { preview: PreviewMeeting }) {
  const { meeting, open, example } = preview;
  const { absentLine, absentPlacement } = meeting.template.decision;
  const absent = absentOnItem(meeting, open.item);
  const inhabil = inhabilOnItem(meeting, open.item);
  const notes =
    inhabil.length > 0
      ? inhabil.map((entry) => inhabilNote(entry.participant, entry.reason, meeting))
      : [inhabilNote(example.inhabil, example.reason, meeting)];
  const line = absentLine !== 'none' && (
    <AbsentLine preview={preview} absent={absent.length > 0 ? absent : [example.absent]} />
  );
  // A decision of this meeting: only those print the absent line and inhabilitet notes.
  const decision = decisionsNewestFirst(open.item, meeting).find(
    (d) => decisionDate(d, meeting) === meeting.date,
  );
  const text = decision ? plainTextOf(decision.text.root).trim().replace(/\s+/g, ' ') : '';
  return (
    <>
      <p
        className="te-paper-decision"
        data-testid="preview-decision-heading"
        data-preview-part="decision"
      >
        {decisionHeading(decision ?? createDecision(), meeting)}
      </p>
      {absentPlacement === 'before' && line}
      {notes.map((note, i) => (
        <p key={i} className="te-paper-line" data-testid="preview-inhabil-note">
          {note}
        </p>
      ))}
      {text ? (
        <p className="te-paper-line" data-testid="preview-decision-text">
          {text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}…` : text}
        </p>
      ) : (
        <p className="te-paper-line muted">(beslutningens tekst)</p>
      )}
      {absentPlacement === 'after' && line}
    </>
  );
}

/** Which decision lines use example members (the item records nobody), said under the paper; null for none. */
export function examplesNote(preview: PreviewMeeting): string | null {
  const { meeting, open } = preview;
  const absent =
    meeting.template.decision.absentLine !== 'none' &&
    absentOnItem(meeting, open.item).length === 0;
  const inhabil = inhabilOnItem(meeting, open.item).length === 0;
  if (absent && inhabil) return 'Fraværende og inhabil er vist med eksempler; punktet har ingen.';
  if (absent) return 'Fraværende er vist med et eksempel; punktet har ingen.';
  if (inhabil) return 'Inhabil er vist med et eksempel; punktet har ingen.';
  return null;
}
