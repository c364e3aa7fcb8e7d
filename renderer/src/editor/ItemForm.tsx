import { memo, useCallback } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { itemNumber } from '../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import type { RichText } from '../../../shared/model/rich-text';
import { RichTextField } from '../rich-text/RichTextField';
import { AttachmentsSection } from './AttachmentsSection';
import { DecisionsSection } from './DecisionsSection';
import type { DocumentSession } from './state/document-session';
import type { ItemTextField } from './state/meeting-actions';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  session: DocumentSession;
  phrases: string[];
  /** A decision whose editor should take focus when it mounts (just added). */
  focusDecisionId: string | null;
  onPhrase: (phrase: string) => void;
  /** Runs an item command ("Ny beslutning", duplicate, delete) on this item. */
  onCommand: (id: CommandId) => void;
  onDeleteDecision: (itemId: string, decisionId: string) => void;
  onDeleteAttachment: (itemId: string, attachmentId: string) => void;
}

function TextSection({
  item,
  field,
  title,
  session,
  large,
}: {
  item: AgendaItem;
  field: ItemTextField;
  title: string;
  session: DocumentSession;
  large?: boolean;
}) {
  const onCommit = useCallback(
    (text: RichText) => session.dispatch({ type: 'item-text', id: item.id, field, text }),
    [session, item.id, field],
  );
  const labelId = `section-${field}`;
  return (
    <section className="item-section" aria-labelledby={labelId}>
      <h3 id={labelId}>{title}</h3>
      <RichTextField
        key={`${item.id}:${field}`}
        address={`${item.id}:${field}`}
        labelledBy={labelId}
        name={title}
        initial={item[field]}
        host={session}
        onCommit={onCommit}
        large={large}
        lazy={large}
      />
    </section>
  );
}

/** One agenda item in the seed's order: title, case number, lukket, the sections, Bilag. */
export const ItemForm = memo(function ItemForm({
  meeting,
  item,
  session,
  phrases,
  focusDecisionId,
  onPhrase,
  onCommand,
  onDeleteDecision,
  onDeleteAttachment,
}: Props) {
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const update = (patch: Partial<Pick<AgendaItem, 'title' | 'caseNumber' | 'closed'>>) =>
    session.dispatch({ type: 'item-update', id: item.id, patch });
  return (
    <section className="form item-form" aria-labelledby="item-heading">
      <div className="item-form-head">
        <h2 id="item-heading" tabIndex={-1}>
          Punkt {itemNumber(meeting, index)}
        </h2>
        <button type="button" onClick={() => onCommand('meeting.duplicateItem')}>
          Duplikér punkt
        </button>
        <button type="button" onClick={() => onCommand('meeting.deleteItem')}>
          Slet punkt
        </button>
      </div>
      <div className="form-grid">
        <label htmlFor="item-title">Titel</label>
        <input
          id="item-title"
          value={item.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        <label htmlFor="item-case">Sagsnummer</label>
        <input
          id="item-case"
          value={item.caseNumber}
          onChange={(e) => update({ caseNumber: e.target.value })}
        />
        <span />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={item.closed}
            onChange={(e) => update({ closed: e.target.checked })}
          />{' '}
          Lukket punkt
        </label>
      </div>
      <TextSection item={item} field="background" title="Baggrund" session={session} />
      <TextSection item={item} field="recommendation" title="Indstilling" session={session} />
      <DecisionsSection
        item={item}
        session={session}
        phrases={phrases}
        focusDecisionId={focusDecisionId}
        onNewDecision={() => onCommand('meeting.newDecision')}
        onPhrase={onPhrase}
        onDelete={(decisionId) => onDeleteDecision(item.id, decisionId)}
      />
      <TextSection
        item={item}
        field="presentation"
        title="Sagsfremstilling"
        session={session}
        large
      />
      <AttachmentsSection
        item={item}
        session={session}
        onDelete={(attachmentId) => onDeleteAttachment(item.id, attachmentId)}
      />
    </section>
  );
});
