import { memo } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { itemNumber } from '../../../shared/model/derived';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { AttachmentsSection } from './AttachmentsSection';
import { DecisionsSection } from './DecisionsSection';
import { ItemFields } from './ItemFields';
import { ItemAttendancePanel } from './live/ItemAttendancePanel';
import { ItemStatusMenu } from './live/ItemStatusMenu';
import { ItemTimes } from './live/ItemTimes';
import { ItemTimesOff } from './live/ItemTimesOff';
import { OrphanSections } from './OrphanSections';
import { ShortTextSection } from './ShortTextSection';
import type { DocumentSession } from './state/document-session';
import { TextSection } from './TextSection';

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
  onDeleteProtocolNote: (itemId: string, decisionId: string, noteId: string) => void;
  onDeleteAttachment: (itemId: string, attachmentId: string) => void;
}

/** One agenda item as its template has it: title, case number, the template's fields and sections in order. */
export const ItemForm = memo(function ItemForm({
  meeting,
  item,
  session,
  phrases,
  focusDecisionId,
  onPhrase,
  onCommand,
  onDeleteDecision,
  onDeleteProtocolNote,
  onDeleteAttachment,
}: Props) {
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const { template } = meeting;
  return (
    <section className="form item-form" aria-labelledby="item-heading">
      <div className="item-form-head">
        <h2 id="item-heading" tabIndex={-1}>
          Punkt {itemNumber(meeting, index)}
        </h2>
        <div className="item-form-actions">
          <ItemStatusMenu item={item} session={session} />
          <button type="button" onClick={() => onCommand('meeting.duplicateItem')}>
            Duplikér punkt
          </button>
          <button type="button" onClick={() => onCommand('meeting.deleteItem')}>
            Slet punkt
          </button>
        </div>
      </div>
      {template.item.recordTimes ? (
        <ItemTimes meeting={meeting} item={item} session={session} />
      ) : (
        <ItemTimesOff />
      )}
      <ItemFields item={item} template={template} session={session} />
      <ItemAttendancePanel meeting={meeting} item={item} session={session} />
      {template.sections.map((section) => {
        switch (section.kind) {
          case 'rich-text':
            return <TextSection key={section.id} item={item} section={section} session={session} />;
          case 'short-text':
            return (
              <ShortTextSection key={section.id} item={item} section={section} session={session} />
            );
          case 'decisions':
            return (
              <DecisionsSection
                key={section.id}
                item={item}
                meeting={meeting}
                label={section.label}
                session={session}
                phrases={phrases}
                focusDecisionId={focusDecisionId}
                onNewDecision={() => onCommand('meeting.newDecision')}
                onPhrase={onPhrase}
                onDelete={(decisionId) => onDeleteDecision(item.id, decisionId)}
                onDeleteNote={(decisionId, noteId) =>
                  onDeleteProtocolNote(item.id, decisionId, noteId)
                }
              />
            );
          case 'attachments':
            return (
              <AttachmentsSection
                key={section.id}
                item={item}
                label={section.label}
                session={session}
                onDelete={(attachmentId) => onDeleteAttachment(item.id, attachmentId)}
              />
            );
          default: {
            const unknown: never = section.kind;
            return unknown;
          }
        }
      })}
      <OrphanSections item={item} template={template} session={session} />
    </section>
  );
});
