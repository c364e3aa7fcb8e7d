import { useCallback, useMemo } from 'react';
import { decisionsNewestFirst } from '../../../shared/model/decisions';
import { createDecision, type AgendaItem, type Meeting } from '../../../shared/model/meeting';
import { editorAt } from '../rich-text/editor-registry';
import { insertTextAtCaret } from '../rich-text/insert-text';
import type { Deleted } from './deletion';
import { removeDecision as removeDecisionOf, removeItem } from './deletions';
import type { EditorActions } from './editor-actions';
import type { Selection } from './selection';
import type { DocumentSession } from './state/document-session';

/** The decision shown on top (the one phrases and "Gå til beslutning" go to). */
function newestDecisionId(item: AgendaItem, meeting: Meeting): string | null {
  return decisionsNewestFirst(item, meeting)[0]?.id ?? null;
}

/** What the editor screen's actions need from it. */
export interface EditorActionContext {
  session: DocumentSession;
  meeting: Meeting;
  /** The item on screen, or null when the header form is shown. */
  item: AgendaItem | null;
  select: (selection: Selection) => void;
  setDialog: (dialog: 'phrases' | null) => void;
  /** Offers the undo of a deletion (bar and Ctrl+Z). */
  offerUndo: (deleted: Deleted) => void;
  undoDeletion: () => boolean;
  setFocusDecisionId: (id: string | null) => void;
}

/**
 * The editor screen's actions on the current item — navigation,
 * add/duplicate/delete/move, decisions and phrases — for the command
 * registry, plus the helpers the forms call directly.
 */
export function useEditorActions(context: EditorActionContext) {
  const { session, meeting, item, select, setDialog, offerUndo, undoDeletion } = context;
  const { setFocusDecisionId } = context;

  const newDecision = useCallback(
    (target: AgendaItem) => {
      // Follows the meeting's body and date until the secretary sets them.
      const decision = createDecision();
      session.dispatch({ type: 'decision-add', itemId: target.id, decision });
      setFocusDecisionId(decision.id);
      return decision.id;
    },
    [session, setFocusDecisionId],
  );

  const pastePhrase = useCallback(
    (phrase: string) => {
      if (!item) return;
      const id = newestDecisionId(item, meeting);
      const editor = id ? editorAt(`decision:${id}`) : undefined;
      if (editor) insertTextAtCaret(editor, phrase);
      else {
        const created = newDecision(item);
        // The new editor mounts on the next frame; insert then.
        requestAnimationFrame(() => {
          const mounted = editorAt(`decision:${created}`);
          if (mounted) insertTextAtCaret(mounted, phrase);
        });
      }
    },
    [item, meeting, newDecision],
  );

  const removeDecision = useCallback(
    (itemId: string, decisionId: string) => {
      const deleted = removeDecisionOf(session, itemId, decisionId);
      if (deleted) offerUndo(deleted);
    },
    [session, offerUndo],
  );

  const addItem = useCallback(() => {
    const index = item ? meeting.items.indexOf(item) + 1 : meeting.items.length;
    session.dispatch({ type: 'item-add', at: index });
    const added = session.read().items[index];
    if (added) select(added.id);
  }, [item, meeting.items, session, select]);

  const actions = useMemo((): EditorActions => {
    const index = item ? meeting.items.indexOf(item) : -1;
    const step = (by: 1 | -1) => {
      const target =
        index < 0 ? (by > 0 ? meeting.items[0] : undefined) : meeting.items[index + by];
      if (target) select(target.id);
      else if (index === 0 && by < 0) select('header');
    };
    return {
      nextItem: () => step(1),
      previousItem: () => step(-1),
      showHeader: () => select('header'),
      addItem,
      duplicateItem: () => {
        if (item) session.dispatch({ type: 'item-duplicate', id: item.id });
      },
      deleteItem: () => {
        if (!item) return;
        const { items } = session.read();
        const at = items.findIndex((i) => i.id === item.id);
        const neighbour = items[at + 1] ?? items[at - 1];
        const deleted = removeItem(session, item.id);
        if (!deleted) return;
        offerUndo(deleted);
        select(neighbour ? neighbour.id : 'header');
      },
      moveItem: (by) => {
        if (item) session.dispatch({ type: 'item-move', id: item.id, to: index + by });
      },
      goToDecision: () => {
        if (!item) return;
        const decisionId = newestDecisionId(item, meeting);
        if (decisionId) editorAt(`decision:${decisionId}`)?.focus();
        else newDecision(item);
      },
      newDecision: () => {
        if (item) newDecision(item);
      },
      standardPhrases: () => {
        if (item) setDialog('phrases');
      },
      undoDeletion,
    };
  }, [item, meeting, select, addItem, session, offerUndo, newDecision, setDialog, undoDeletion]);

  return { actions, pastePhrase, removeDecision, addItem };
}
