/**
 * Deleting a participant or a bilag, with the way back: each returns what
 * the undo bar shows and restores, or null when there was nothing to delete.
 * The restore puts the entry back at its old place with its old id.
 */
import { focusRow } from '../focus-restored';
import type { Deleted } from '../UndoBar';
import type { DocumentSession } from './document-session';

/** Removes a participant ("Fjern"); undo puts them back in the same place in the list. */
export function removeParticipant(session: DocumentSession, id: string): Deleted | null {
  const { participants } = session.read();
  const at = participants.findIndex((p) => p.id === id);
  const participant = participants[at];
  if (!participant) return null;
  session.dispatch({ type: 'participant-remove', id });
  const name = participant.name.trim();
  return {
    message: name ? `Deltageren ${name} er fjernet.` : `Deltager ${at + 1} er fjernet.`,
    restore: () => session.dispatch({ type: 'participant-add', participant, at }),
    shownIn: 'header',
    focus: () => focusRow(participant.id),
  };
}

/** Deletes a bilag of an item; undo puts it back with its title and file. */
export function removeAttachment(
  session: DocumentSession,
  itemId: string,
  id: string,
): Deleted | null {
  const item = session.read().items.find((i) => i.id === itemId);
  const at = item?.attachments.findIndex((a) => a.id === id) ?? -1;
  const attachment = item?.attachments[at];
  if (!attachment) return null;
  session.dispatch({ type: 'attachment-remove', itemId, id });
  const title = attachment.title.trim();
  return {
    message: `Bilag ${at + 1}${title ? ` «${title}»` : ''} er slettet.`,
    restore: () => session.dispatch({ type: 'attachment-add', itemId, attachment, at }),
    shownIn: itemId,
    focus: () => focusRow(attachment.id),
  };
}
