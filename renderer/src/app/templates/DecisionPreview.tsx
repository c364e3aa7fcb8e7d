import { absentOnItem, inhabilOnItem } from '../../../../shared/model/attendance';
import { decisionDate, decisionsNewestFirst } from '../../../../shared/model/decisions';
import { createDecision, type Decision, type Participant } from '../../../../shared/model/meeting';
import { plainTextOf } from '../../../../shared/model/rich-text';
import {
  absentNote,
  decisionHeading,
  inhabilNote,
  participantName,
  protocolNoteParagraphs,
} from '../../../../shared/template/render';
import { danishList } from '../../../../shared/model/danish-list';
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

/** The statement of the example protokolbemærkning. */
const EXAMPLE_NOTE = 'Vi kan ikke støtte forslaget, fordi udgiften ikke er finansieret.';

/**
 * The decision's protokolbemærkninger as the export prints them
 * (meeting-record.ts), or an example from the example member when it has
 * none, so the words and their layout can be seen while they are set.
 */
function ProtocolNotesPreview({
  preview,
  decision,
}: {
  preview: PreviewMeeting;
  decision: Decision | undefined;
}) {
  const { meeting, example } = preview;
  const notes = decision?.protocolNotes.length ? decision.protocolNotes : null;
  const lines = notes
    ? notes.flatMap((note) => protocolNoteParagraphs(note, meeting))
    : protocolNoteParagraphs(
        { by: [example.absent.id], byText: '', text: EXAMPLE_NOTE },
        { ...meeting, participants: [...meeting.participants, example.absent] },
      );
  return lines.map((line, i) => (
    <p key={i} className="te-paper-line" data-testid="preview-protocol-note">
      {line}
    </p>
  ));
}

/**
 * A decision of this meeting: its heading, the absent line above or under
 * it, the inhabilitet note, the decision's text (the item's newest of
 * this meeting, or a stand-in) and its protokolbemærkninger. When the item records nobody absent or inhabil, example
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
      <ProtocolNotesPreview preview={preview} decision={decision} />
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
  const decision = decisionsNewestFirst(open.item, meeting).find(
    (d) => decisionDate(d, meeting) === meeting.date,
  );
  const note = !decision?.protocolNotes.length;
  const shown = [absent && 'fraværende', inhabil && 'inhabil', note && 'protokolbemærkning'].filter(
    (part): part is string => Boolean(part),
  );
  if (shown.length === 0) return null;
  const what = danishList(shown);
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} er vist med ${
    shown.length > 1 ? 'eksempler' : 'et eksempel'
  }; punktet har ingen.`;
}
