import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useCallback } from 'react';
import { decisionLabel, decisionsNewestFirst } from '../../../shared/model/derived';
import type { AgendaItem, Decision } from '../../../shared/model/meeting';
import type { RichText } from '../../../shared/model/rich-text';
import { RichTextField } from '../rich-text/RichTextField';
import type { DocumentSession } from './state/document-session';

/** Inserts a standard phrase at the cursor (or at the end) of a decision's editor. */
export function insertPhrase(editor: LexicalEditor, phrase: string): void {
  editor.update(() => {
    let selection = $getSelection();
    if (!$isRangeSelection(selection)) {
      $getRoot().selectEnd();
      selection = $getSelection();
    }
    if ($isRangeSelection(selection)) selection.insertText(phrase);
  });
  editor.focus();
}

interface Props {
  item: AgendaItem;
  session: DocumentSession;
  phrases: string[];
  focusDecisionId: string | null;
  onNewDecision: () => void;
  onPhrase: (phrase: string) => void;
  onDelete: (decisionId: string) => void;
}

function DecisionEntry({
  item,
  decision,
  session,
  autoFocus,
  onDelete,
}: {
  item: AgendaItem;
  decision: Decision;
  session: DocumentSession;
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
  return (
    <article className="decision" aria-labelledby={labelId}>
      <div className="decision-head">
        <h4 id={labelId}>{decisionLabel(decision)}</h4>
        <label>
          Dato{' '}
          <input
            type="date"
            value={decision.date}
            onChange={(e) =>
              e.target.value &&
              session.dispatch({
                type: 'decision-update',
                itemId: item.id,
                id: decision.id,
                patch: { date: e.target.value },
              })
            }
          />
        </label>
        <button
          type="button"
          aria-label={`Slet ${decisionLabel(decision)}`}
          onClick={() => onDelete(decision.id)}
        >
          Slet
        </button>
      </div>
      <RichTextField
        key={decision.id}
        address={`decision:${decision.id}`}
        labelledBy={labelId}
        name={decisionLabel(decision)}
        initial={decision.text}
        session={session}
        onCommit={onCommit}
        autoFocus={autoFocus}
      />
    </article>
  );
}

/** Beslutning: dated decisions newest first, "Ny beslutning", and the standard phrases. */
export function DecisionsSection({
  item,
  session,
  phrases,
  focusDecisionId,
  onNewDecision,
  onPhrase,
  onDelete,
}: Props) {
  const decisions = decisionsNewestFirst(item);
  return (
    <section className="item-section" aria-labelledby="section-decisions">
      <h3 id="section-decisions">Beslutning</h3>
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
      {decisions.map((decision) => (
        <DecisionEntry
          key={decision.id}
          item={item}
          decision={decision}
          session={session}
          autoFocus={decision.id === focusDecisionId}
          onDelete={onDelete}
        />
      ))}
    </section>
  );
}
