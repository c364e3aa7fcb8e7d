/**
 * Deleting an item, a decision, a participant, a bilag or a
 * protokolbemærkning, with the way
 * back: each returns what the undo bar shows and restores, or null when
 * there was nothing to delete. Each reads the meeting with the editors'
 * pending text in it, so the restore brings back exactly what was on
 * screen, at its old place with its old id.
 */
import { itemNumber } from '../../../shared/model/derived';
import { decisionHeading, protocolNoteAuthors } from '../../../shared/template/render';
import type { Deleted } from './deletion';
import { focusDecision, focusItemTitle, focusRow } from './focus-restored';
import type { DocumentSession } from './state/document-session';

/** Deletes an agenda item; undo puts it back in its place with all its text. */
export function removeItem(session: DocumentSession, id: string): Deleted | null {
  const meeting = session.read();
  const index = meeting.items.findIndex((i) => i.id === id);
  const item = meeting.items[index];
  if (!item) return null;
  session.dispatch({ type: 'item-remove', id });
  return {
    message: `Punkt ${itemNumber(meeting, index)} «${item.title || 'Uden titel'}» er slettet.`,
    restore: () => session.dispatch({ type: 'item-add', at: index, item }),
    shownIn: item.id,
    focus: focusItemTitle,
  };
}

/** Deletes a decision; undo puts it back in its stored place, so it sorts where it was. */
export function removeDecision(
  session: DocumentSession,
  itemId: string,
  id: string,
): Deleted | null {
  const meeting = session.read();
  const owner = meeting.items.find((i) => i.id === itemId);
  const at = owner?.decisions.findIndex((d) => d.id === id) ?? -1;
  const decision = owner?.decisions[at];
  if (!decision) return null;
  session.dispatch({ type: 'decision-remove', itemId, id });
  return {
    message: `${decisionHeading(decision, meeting)} er slettet.`,
    restore: () => session.dispatch({ type: 'decision-add', itemId, decision, at }),
    shownIn: itemId,
    focus: () => focusDecision(decision.id),
  };
}

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

/** Removes a protokolbemærkning; undo puts it back under its decision, in its place. */
export function removeProtocolNote(
  session: DocumentSession,
  itemId: string,
  decisionId: string,
  id: string,
): Deleted | null {
  const meeting = session.read();
  const decision = meeting.items
    .find((i) => i.id === itemId)
    ?.decisions.find((d) => d.id === decisionId);
  const at = decision?.protocolNotes.findIndex((n) => n.id === id) ?? -1;
  const note = decision?.protocolNotes[at];
  if (!note) return null;
  session.dispatch({ type: 'protocol-note-remove', itemId, decisionId, id });
  const from = protocolNoteAuthors(note, meeting);
  return {
    message: `Protokolbemærkningen${from ? ` fra ${from}` : ''} er fjernet.`,
    restore: () => session.dispatch({ type: 'protocol-note-add', itemId, decisionId, note, at }),
    shownIn: itemId,
    focus: () => focusRow(note.id),
  };
}
