import { useCallback } from 'react';
import type { LexicalEditor } from 'lexical';
import type { CommandId } from '../../../shared/commands/commands';
import { decisionLabel, decisionsNewestFirst, itemNumber } from '../../../shared/model/derived';
import { createDecision, type AgendaItem, type Meeting } from '../../../shared/model/meeting';
import { activeEditor, editorAt, editorWithRoot } from '../rich-text/editor-registry';
import { isEditorCommand, runEditorCommand } from '../rich-text/format-commands';
import { insertPhrase } from './DecisionsSection';
import { focusDecision, focusItemTitle } from './focus-restored';
import type { Selection } from './Sidebar';
import type { DocumentSession } from './state/document-session';
import type { Deleted } from './UndoBar';

/** The rich-text editor that has focus now, if any: formatting commands act only there. */
function focusedEditor(): LexicalEditor | null {
  const editor = activeEditor();
  const root = editor?.getRootElement();
  return root && root.contains(document.activeElement) ? editor : null;
}

/**
 * The editor whose toolbar has focus, if any: Ctrl+K on a toolbar button
 * means that section's text, not the one that last had the caret.
 */
function toolbarEditor(): LexicalEditor | null {
  const toolbar = document.activeElement?.closest('[role="toolbar"][aria-controls]');
  const text = toolbar && document.getElementById(toolbar.getAttribute('aria-controls') ?? '');
  return text ? editorWithRoot(text) : null;
}

/** The decision shown on top (the one phrases and "Gå til Beslutning" go to). */
function newestDecisionId(item: AgendaItem): string | null {
  return decisionsNewestFirst(item)[0]?.id ?? null;
}

/** What the editor screen's commands need from it. */
export interface EditorCommandContext {
  session: DocumentSession;
  meeting: Meeting;
  /** The item on screen, or null when the header form is shown. */
  item: AgendaItem | null;
  select: (selection: Selection) => void;
  setDialog: (dialog: 'shortcuts' | 'phrases' | null) => void;
  setDeleted: (deleted: Deleted | null) => void;
  setFocusDecisionId: (id: string | null) => void;
}

/**
 * The editor screen's commands (menu, shortcuts, buttons) on the current
 * item: navigation, add/duplicate/delete/move, decisions and phrases, and
 * formatting of the focused text section.
 */
export function useEditorCommands(context: EditorCommandContext) {
  const { session, meeting, item, select, setDialog, setDeleted, setFocusDecisionId } = context;

  const newDecision = useCallback(
    (target: AgendaItem) => {
      const decision = createDecision(meeting.body, meeting.date);
      session.dispatch({ type: 'decision-add', itemId: target.id, decision });
      setFocusDecisionId(decision.id);
      return decision.id;
    },
    [session, meeting.body, meeting.date, setFocusDecisionId],
  );

  const pastePhrase = useCallback(
    (phrase: string) => {
      if (!item) return;
      const id = newestDecisionId(item);
      const editor = id ? editorAt(`decision:${id}`) : undefined;
      if (editor) insertPhrase(editor, phrase);
      else {
        const created = newDecision(item);
        // The new editor mounts on the next frame; insert then.
        requestAnimationFrame(() => {
          const mounted = editorAt(`decision:${created}`);
          if (mounted) insertPhrase(mounted, phrase);
        });
      }
    },
    [item, newDecision],
  );

  // Deletions hand over pending editor text first, so "Fortryd sletning"
  // brings back exactly what was on screen.
  const removeItem = useCallback(
    (target: AgendaItem) => {
      const current = session.read();
      const index = current.items.findIndex((i) => i.id === target.id);
      const fresh = current.items[index];
      if (!fresh) return;
      session.dispatch({ type: 'item-remove', id: fresh.id });
      setDeleted({
        message: `Punkt ${itemNumber(current, index)} «${fresh.title || 'Uden titel'}» er slettet.`,
        restore: () => session.dispatch({ type: 'item-add', at: index, item: fresh }),
        shownIn: fresh.id,
        focus: focusItemTitle,
      });
      const neighbour = current.items[index + 1] ?? current.items[index - 1];
      select(neighbour ? neighbour.id : 'header');
    },
    [session, select, setDeleted],
  );

  const removeDecision = useCallback(
    (itemId: string, decisionId: string) => {
      const owner = session.read().items.find((i) => i.id === itemId);
      const at = owner?.decisions.findIndex((d) => d.id === decisionId) ?? -1;
      const decision = owner?.decisions[at];
      if (!decision) return;
      session.dispatch({ type: 'decision-remove', itemId, id: decisionId });
      setDeleted({
        message: `${decisionLabel(decision)} er slettet.`,
        // Back in its stored place, so it sorts where it was among same-day decisions.
        restore: () => session.dispatch({ type: 'decision-add', itemId, decision, at }),
        shownIn: itemId,
        focus: () => focusDecision(decision.id),
      });
    },
    [session, setDeleted],
  );

  const addItem = useCallback(() => {
    const index = item ? meeting.items.indexOf(item) + 1 : meeting.items.length;
    session.dispatch({ type: 'item-add', at: index });
    const added = session.read().items[index];
    if (added) select(added.id);
  }, [item, meeting.items, session, select]);

  const run = useCallback(
    (id: CommandId): boolean => {
      const index = item ? meeting.items.indexOf(item) : -1;
      switch (id) {
        case 'meeting.nextItem':
        case 'meeting.previousItem': {
          const step = id === 'meeting.nextItem' ? 1 : -1;
          const target =
            index < 0 ? (step > 0 ? meeting.items[0] : undefined) : meeting.items[index + step];
          if (target) select(target.id);
          else if (index === 0 && step < 0) select('header');
          return true;
        }
        case 'meeting.header':
          select('header');
          return true;
        case 'meeting.addItem':
          addItem();
          return true;
        case 'meeting.duplicateItem':
          if (item) session.dispatch({ type: 'item-duplicate', id: item.id });
          return true;
        case 'meeting.deleteItem':
          if (item) removeItem(item);
          return true;
        case 'meeting.moveItemUp':
        case 'meeting.moveItemDown':
          if (item)
            session.dispatch({
              type: 'item-move',
              id: item.id,
              to: index + (id === 'meeting.moveItemUp' ? -1 : 1),
            });
          return true;
        case 'meeting.goToDecision': {
          if (!item) return true;
          const decisionId = newestDecisionId(item);
          if (decisionId) editorAt(`decision:${decisionId}`)?.focus();
          else newDecision(item);
          return true;
        }
        case 'meeting.newDecision':
          if (item) newDecision(item);
          return true;
        case 'meeting.standardPhrases':
          if (item) setDialog('phrases');
          return true;
        case 'help.shortcuts':
          setDialog('shortcuts');
          return true;
        case 'format.link': {
          const editor = focusedEditor() ?? toolbarEditor();
          if (editor) window.dispatchEvent(new Event(`referat:link:${editor.getKey()}`));
          return editor !== null;
        }
        default: {
          if (!isEditorCommand(id)) return false;
          const editor = focusedEditor();
          if (editor) runEditorCommand(editor, id);
          else if (id === 'edit.undo' || id === 'edit.redo') {
            // Undo in a plain field (title, Sagsnummer): the browser's own undo
            // for that field, never a hidden change in a text section.
            document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
            return true;
          }
          return editor !== null;
        }
      }
    },
    [item, meeting.items, select, addItem, session, removeItem, newDecision, setDialog],
  );

  return { run, pastePhrase, removeDecision, addItem };
}
