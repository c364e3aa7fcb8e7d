import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { decisionLabel, itemNumber } from '../../../shared/model/derived';
import { createDecision, type AgendaItem } from '../../../shared/model/meeting';
import type { LexicalEditor } from 'lexical';
import { activeEditor, editorAt } from '../rich-text/editor-registry';
import { isEditorCommand, runEditorCommand } from '../rich-text/format-commands';
import { insertPhrase } from './DecisionsSection';
import { HeaderForm } from './HeaderForm';
import { ItemForm } from './ItemForm';
import { PhrasePicker } from './PhrasePicker';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar, type Selection } from './Sidebar';
import type { DocumentSession } from './state/document-session';
import type { MeetingAction } from './state/meeting-actions';
import { TopBar } from './TopBar';
import { UndoBar, type Deleted } from './UndoBar';

interface Props {
  session: DocumentSession;
  phrases: string[];
  /** Registers this screen's command runner with the app (menu and keys). */
  setCommandRunner: (run: ((id: CommandId) => boolean) | null) => void;
  onSave: () => void;
  onSaveAs: () => void;
  onNewFromThis: () => void;
  onClose: () => void;
  onExport: () => void;
  onReload: () => void;
}

/** The rich-text editor that has focus now, if any: formatting commands act only there. */
function focusedEditor(): LexicalEditor | null {
  const editor = activeEditor();
  const root = editor?.getRootElement();
  return root && root.contains(document.activeElement) ? editor : null;
}

function newestDecisionId(item: AgendaItem): string | null {
  return (
    item.decisions.reduce<{ id: string; date: string } | null>(
      // On equal dates the later-added decision counts as the newer one.
      (best, d) => (!best || d.date >= best.date ? { id: d.id, date: d.date } : best),
      null,
    )?.id ?? null
  );
}

/** The screen the secretary lives in: overview on the left, the selected form on the right. */
export function EditorScreen({
  session,
  phrases,
  setCommandRunner,
  onSave,
  onSaveAs,
  onNewFromThis,
  onClose,
  onExport,
  onReload,
}: Props) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { meeting } = snapshot;
  const [selected, setSelected] = useState<Selection>(() => meeting.items[0]?.id ?? 'header');
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [dialog, setDialog] = useState<'shortcuts' | 'phrases' | null>(null);
  const [focusDecisionId, setFocusDecisionId] = useState<string | null>(null);
  const focusHeading = useRef(false);

  const item = meeting.items.find((i) => i.id === selected) ?? null;
  const selection: Selection = item ? item.id : 'header';

  const select = useCallback(
    (next: Selection) => {
      session.flushEditors();
      focusHeading.current = true;
      setFocusDecisionId(null);
      setSelected(next);
    },
    [session],
  );

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    document.getElementById(selection === 'header' ? 'header-title' : 'item-title')?.focus();
  }, [selection]);

  const newDecision = useCallback(
    (target: AgendaItem) => {
      const decision = createDecision(meeting.body, meeting.date);
      session.dispatch({ type: 'decision-add', itemId: target.id, decision });
      setFocusDecisionId(decision.id);
      return decision.id;
    },
    [session, meeting.body, meeting.date],
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
      session.flushEditors();
      const current = session.getSnapshot().meeting;
      const index = current.items.findIndex((i) => i.id === target.id);
      const fresh = current.items[index];
      if (!fresh) return;
      session.dispatch({ type: 'item-remove', id: fresh.id });
      setDeleted({
        message: `Punkt ${itemNumber(current, index)} «${fresh.title || 'Uden titel'}» er slettet.`,
        restore: () => {
          session.dispatch({ type: 'item-add', at: index, item: fresh });
          select(fresh.id);
        },
      });
      const neighbour = current.items[index + 1] ?? current.items[index - 1];
      select(neighbour ? neighbour.id : 'header');
    },
    [session, select],
  );

  const removeDecision = useCallback(
    (itemId: string, decisionId: string) => {
      session.flushEditors();
      const owner = session.getSnapshot().meeting.items.find((i) => i.id === itemId);
      const decision = owner?.decisions.find((d) => d.id === decisionId);
      if (!decision) return;
      session.dispatch({ type: 'decision-remove', itemId, id: decisionId });
      setDeleted({
        message: `${decisionLabel(decision)} er slettet.`,
        restore: () => session.dispatch({ type: 'decision-add', itemId, decision }),
      });
    },
    [session],
  );
  const dismissUndo = useCallback(() => setDeleted(null), []);

  const addItem = useCallback(() => {
    const index = item ? meeting.items.indexOf(item) + 1 : meeting.items.length;
    session.dispatch({ type: 'item-add', at: index });
    const added = session.getSnapshot().meeting.items[index];
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
          const editor = focusedEditor();
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
    [item, meeting.items, select, addItem, session, removeItem, newDecision],
  );

  // Stable callbacks: a save-state change re-renders this screen, and the
  // memoized sidebar and forms must then see equal props and skip rendering.
  const moveItem = useCallback(
    (id: string, to: number) => session.dispatch({ type: 'item-move', id, to }),
    [session],
  );
  const dispatch = useCallback((action: MeetingAction) => session.dispatch(action), [session]);

  useEffect(() => {
    setCommandRunner(run);
    return () => setCommandRunner(null);
  }, [run, setCommandRunner]);

  return (
    <div className="editor-screen">
      <TopBar
        snapshot={snapshot}
        onSave={onSave}
        onSaveAs={onSaveAs}
        onNewFromThis={onNewFromThis}
        onClose={onClose}
        onExport={onExport}
        onReload={onReload}
        onShortcuts={() => setDialog('shortcuts')}
      />
      {deleted && (
        <UndoBar
          deleted={deleted}
          onUndo={() => {
            deleted.restore();
            setDeleted(null);
          }}
          onDismiss={dismissUndo}
        />
      )}
      <div className="editor-body">
        <Sidebar
          meeting={meeting}
          selected={selection}
          onSelect={select}
          onAdd={addItem}
          onMove={moveItem}
        />
        <main className="editor-main" aria-labelledby="meeting-title">
          {item ? (
            <ItemForm
              key={item.id}
              meeting={meeting}
              item={item}
              session={session}
              phrases={phrases}
              focusDecisionId={focusDecisionId}
              onPhrase={pastePhrase}
              onCommand={run}
              onDeleteDecision={removeDecision}
            />
          ) : (
            <HeaderForm meeting={meeting} dispatch={dispatch} />
          )}
        </main>
      </div>
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'phrases' && (
        <PhrasePicker phrases={phrases} onPick={pastePhrase} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
