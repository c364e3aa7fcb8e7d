import { useCallback } from 'react';
import { decisionDate, decisionsNewestFirst } from '../../../shared/model/decisions';
import { decisionHeading } from '../../../shared/template/render';

import type { AgendaItem, Decision, Meeting } from '../../../shared/model/meeting';
import type { RichText } from '../../../shared/model/rich-text';
import { DateField } from '../common/DateTimeField';
import { RichTextField } from '../rich-text/RichTextField';
import { decisionNameSuffixes } from './decision-names';
import type { DocumentSession } from './state/document-session';

/** What decisions read from their meeting: body and date (which they follow) and the template. */
type DecisionMeeting = Pick<Meeting, 'body' | 'date' | 'template'>;

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
}

function DecisionEntry({
  item,
  meeting,
  decision,
  session,
  which,
  autoFocus,
  onDelete,
}: {
  item: AgendaItem;
  meeting: DecisionMeeting;
  decision: Decision;
  session: DocumentSession;
  /** "(2 af 2)" when another decision has the same label, for screen readers; else null. */
  which: string | null;
  autoFocus: boolean;
  onDelete: (decisionId: string) => void;
}) {
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
        <label>
          Dato{' '}
          <DateField
            value={decisionDate(decision, meeting)}
            required
            onChange={(date) =>
              date &&
              session.dispatch({
                type: 'decision-update',
                itemId: item.id,
                id: decision.id,
                patch: { date },
              })
            }
          />
        </label>
        <button type="button" aria-label={`Slet ${name}`} onClick={() => onDelete(decision.id)}>
          Slet
        </button>
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
    </article>
  );
}

/** Beslutning: dated decisions newest first, "Ny beslutning", and the standard phrases. */
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
}: Props) {
  const decisions = decisionsNewestFirst(item, meeting);
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
          onDelete={onDelete}
        />
      ))}
    </section>
  );
}
