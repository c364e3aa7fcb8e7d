import { useCallback, useState } from 'react';
import { decisionDate, decisionsNewestFirst } from '../../../shared/model/decisions';
import { decisionHeading } from '../../../shared/template/render';

import {
  createDecision,
  createProtocolNote,
  type AgendaItem,
  type Decision,
  type Meeting,
} from '../../../shared/model/meeting';
import type { RichText } from '../../../shared/model/rich-text';
import { formatDanishDate, parseDanishDate } from '../common/danish-date-time';
import { RichTextField } from '../rich-text/RichTextField';
import { decisionNameSuffixes } from './decision-names';
import { FollowingField } from './live/FollowingField';
import { useLiveRequest } from './live/live-requests';
import { shortcutHint } from './live/shortcut-hint';
import { recommendationPoints } from './live/recommendation-points';
import { emptyVote, VoteEditor } from './live/VoteEditor';
import { ProtocolNotes } from './live/ProtocolNotes';
import type { DocumentSession } from './state/document-session';

/** Decisions read the whole meeting: body and date (which they follow), the template, and who may vote. */
type DecisionMeeting = Meeting;

interface Props {
  item: AgendaItem;
  meeting: DecisionMeeting;
  /** The section's heading from the template ("Beslutning"). */
  label: string;
  session: DocumentSession;
  phrases: string[];
  focusDecisionId: string | null;
  onNewDecision: () => void;
  onPhrase: (phrase: string) => void;
  onDelete: (decisionId: string) => void;
  onDeleteNote: (decisionId: string, noteId: string) => void;
}

/** A request for the keyboard on one thing (a vote, a note), counted so each asks anew. */
type FocusAsk = { id: string; asked: number } | null;

function DecisionEntry({
  item,
  meeting,
  decision,
  session,
  which,
  autoFocus,
  points,
  voteFocus,
  noteFocus,
  onAddNote,
  onDelete,
  onDeleteNote,
}: {
  item: AgendaItem;
  meeting: DecisionMeeting;
  decision: Decision;
  session: DocumentSession;
  /** "(2 af 2)" when another decision has the same label, for screen readers; else null. */
  which: string | null;
  autoFocus: boolean;
  /** How many numbered points the Indstilling has ("Ad 1." … offered). */
  points: number;
  /** Non-zero when the keyboard asked for this decision's vote (a new number each time). */
  voteFocus: number;
  /** The protokolbemærkning of this decision that takes the keyboard. */
  noteFocus: FocusAsk;
  onAddNote: (decisionId: string) => void;
  onDelete: (decisionId: string) => void;
  onDeleteNote: (decisionId: string, noteId: string) => void;
}) {
  const update = (patch: Partial<Omit<Decision, 'id'>>) =>
    session.dispatch({ type: 'decision-update', itemId: item.id, id: decision.id, patch });
  const onCommit = useCallback(
    (text: RichText) =>
      session.dispatch({
        type: 'decision-update',
        itemId: item.id,
        id: decision.id,
        patch: { text },
      }),
    [session, item.id, decision.id],
  );
  const labelId = `decision-${decision.id}`;
  const label = decisionHeading(decision, meeting);
  const today = decisionDate(decision, meeting) === meeting.date;
  // The visible heading stays the printed label; the hidden words only join its accessible name.
  const whichId = `${labelId}-which`;
  const nameIds = which ? `${labelId} ${whichId}` : labelId;
  const name = which ? `${label} ${which}` : label;
  return (
    <article className="decision" aria-labelledby={nameIds}>
      <div className="decision-head">
        <h4 id={labelId}>{label}</h4>
        {which && (
          <span id={whichId} hidden>
            {which}
          </span>
        )}
        <button type="button" aria-label={`Slet ${name}`} onClick={() => onDelete(decision.id)}>
          Slet
        </button>
      </div>
      <div className="live-decision-meta">
        <FollowingField
          label="Organ"
          value={decision.body}
          meetingValue={meeting.body}
          onSet={(body) => update({ body })}
        />
        <FollowingField
          label="Dato"
          className="live-date"
          value={decision.date}
          meetingValue={meeting.date}
          format={formatDanishDate}
          parse={parseDanishDate}
          onSet={(date) => update({ date })}
        />
        {(decision.body !== null || decision.date !== null) && (
          <button type="button" onClick={() => update({ body: null, date: null })}>
            Følg mødet
          </button>
        )}
        {(points > 0 || decision.point) && (
          <label>
            Gælder{' '}
            <select value={decision.point} onChange={(e) => update({ point: e.target.value })}>
              <option value="">Hele indstillingen</option>
              {pointNumbers(Math.max(points, Number(decision.point) || 0)).map((n) => (
                <option key={n} value={String(n)}>
                  Ad {n}.
                </option>
              ))}
            </select>
          </label>
        )}
        {/* A vote is taken at this meeting: not on a decision carried from an earlier one. */}
        {!decision.vote && today && (
          <button
            type="button"
            onClick={() => update({ vote: emptyVote() })}
            {...shortcutHint('meeting.vote')}
          >
            + Afstemning
          </button>
        )}
        {/* Likewise a protokolbemærkning: asked for when the decision is made. */}
        {today && (
          <button
            type="button"
            onClick={() => onAddNote(decision.id)}
            {...shortcutHint('meeting.protocolNote')}
          >
            + Protokolbemærkning
          </button>
        )}
      </div>
      <RichTextField
        key={decision.id}
        address={`decision:${decision.id}`}
        labelledBy={labelId}
        nameIds={nameIds}
        name={name}
        initial={decision.text}
        host={session}
        onCommit={onCommit}
        autoFocus={autoFocus}
      />
      {decision.vote && (
        <VoteEditor
          meeting={meeting}
          item={item}
          decision={decision}
          session={session}
          autoFocus={voteFocus}
        />
      )}
      <ProtocolNotes
        meeting={meeting}
        item={item}
        decision={decision}
        session={session}
        focus={noteFocus}
        onRemove={(noteId) => onDeleteNote(decision.id, noteId)}
      />
    </article>
  );
}

/** 1 … n. */
function pointNumbers(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * Beslutning: dated decisions newest first, "Ny beslutning" (for the whole
 * Indstilling) or "Ad 1.", "Ad 2." against its numbered points, the standard
 * phrases, a vote on a decision (Ctrl+Skift+A on the top one) and
 * protokolbemærkninger (Ctrl+Skift+P).
 */
export function DecisionsSection({
  item,
  meeting,
  label,
  session,
  phrases,
  focusDecisionId,
  onNewDecision,
  onPhrase,
  onDelete,
  onDeleteNote,
}: Props) {
  const decisions = decisionsNewestFirst(item, meeting);
  const points = recommendationPoints(item, meeting.template);
  // Which decision's vote takes the keyboard, and a count so each request focuses anew.
  const [voteFocus, setVoteFocus] = useState<FocusAsk>(null);
  const focusVote = (id: string) =>
    setVoteFocus((before) => ({ id, asked: (before?.asked ?? 0) + 1 }));
  const [noteFocus, setNoteFocus] = useState<FocusAsk>(null);
  const addNote = (decisionId: string) => {
    const note = createProtocolNote();
    session.dispatch({ type: 'protocol-note-add', itemId: item.id, decisionId, note });
    setNoteFocus((before) => ({ id: note.id, asked: (before?.asked ?? 0) + 1 }));
  };
  // Ctrl+Skift+P: a protokolbemærkning on the decision on top, made with one when there is none.
  useLiveRequest('protocol-note', () => {
    const top = decisions[0];
    // Only today's decision takes a note; an item carried here gets a new decision.
    if (top && decisionDate(top, meeting) === meeting.date) {
      addNote(top.id);
      return;
    }
    const decision = createDecision();
    session.dispatch({ type: 'decision-add', itemId: item.id, decision });
    addNote(decision.id);
  });
  // Ctrl+Skift+A: a vote on the decision on top, made with one when there is none.
  useLiveRequest('vote', () => {
    const top = decisions[0];
    // Only today's decision takes a vote; an item carried here gets a new one.
    if (!top || decisionDate(top, meeting) !== meeting.date) {
      const decision = { ...createDecision(), vote: emptyVote() };
      session.dispatch({ type: 'decision-add', itemId: item.id, decision });
      focusVote(decision.id);
      return;
    }
    if (!top.vote) {
      session.dispatch({
        type: 'decision-update',
        itemId: item.id,
        id: top.id,
        patch: { vote: emptyVote() },
      });
    }
    focusVote(top.id);
  });
  // "Ad 1." …: decisionsNewestFirst shows one day's in point order.
  const addForPoints = (wanted: number[]) => {
    for (const n of wanted) {
      session.dispatch({
        type: 'decision-add',
        itemId: item.id,
        decision: { ...createDecision(), point: String(n) },
      });
    }
  };
  const suffixes = decisionNameSuffixes(decisions.map((d) => decisionHeading(d, meeting)));
  return (
    <section className="item-section" aria-labelledby="section-decisions">
      <h3 id="section-decisions">{label}</h3>
      <div className="phrases" role="group" aria-label="Standardformuleringer">
        <button type="button" onClick={onNewDecision}>
          + Ny beslutning
        </button>

        {phrases.map((phrase, index) => (
          <button
            key={phrase}
            type="button"
            data-phrase={index + 1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPhrase(phrase)}
          >
            {phrase}
          </button>
        ))}
      </div>
      {points > 1 && (
        <div className="phrases" role="group" aria-label="Beslutning pr. punkt i indstillingen">
          {pointNumbers(points).map((n) => (
            <button key={n} type="button" onClick={() => addForPoints([n])}>
              + Ad {n}.
            </button>
          ))}
          <button type="button" onClick={() => addForPoints(pointNumbers(points))}>
            + Ad hvert punkt (1–{points})
          </button>
        </div>
      )}
      {decisions.length === 0 && <p className="muted">Ingen beslutning endnu.</p>}
      {decisions.map((decision, index) => (
        <DecisionEntry
          key={decision.id}
          item={item}
          meeting={meeting}
          decision={decision}
          session={session}
          which={suffixes[index] ?? null}
          autoFocus={decision.id === focusDecisionId}
          points={points}
          voteFocus={voteFocus?.id === decision.id ? voteFocus.asked : 0}
          noteFocus={noteFocus}
          onAddNote={addNote}
          onDelete={onDelete}
          onDeleteNote={onDeleteNote}
        />
      ))}
    </section>
  );
}
