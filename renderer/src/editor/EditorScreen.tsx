import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { meetingTitle } from '../../../shared/model/derived';
import { HeaderForm } from './HeaderForm';
import { ItemForm } from './ItemForm';
import { PhrasePicker } from './PhrasePicker';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar, type Selection } from './Sidebar';
import type { DocumentSession } from './state/document-session';
import type { MeetingAction } from './state/meeting-actions';
import { removeAttachment, removeParticipant } from './state/removals';
import { TopBar } from './TopBar';
import { useEditorCommands } from './use-editor-commands';
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

  // The window and taskbar show which meeting this is.
  const title = meetingTitle(meeting);
  useEffect(() => {
    document.title = `${title} – Referat`;
    return () => {
      document.title = 'Referat';
    };
  }, [title]);
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

  // After "Fortryd sletning" the undo button is gone: focus goes to what came
  // back. Runs after the render that shows it, after the children's effects
  // (a decision's editor registers itself in one).
  const focusRestored = useRef<(() => void) | null>(null);
  useEffect(() => {
    const focus = focusRestored.current;
    focusRestored.current = null;
    focus?.();
  });
  const undo = useCallback(
    (restored: Deleted) => {
      restored.restore();
      setDeleted(null);
      if (restored.shownIn !== selection) {
        // Deleted on another screen than the one shown now: go there first.
        session.flushEditors();
        setFocusDecisionId(null);
        setSelected(restored.shownIn);
      }
      focusRestored.current = restored.focus;
    },
    [selection, session],
  );

  const { run, pastePhrase, removeDecision, addItem } = useEditorCommands({
    session,
    meeting,
    item,
    select,
    setDialog,
    setDeleted,
    setFocusDecisionId,
  });
  const dismissUndo = useCallback(() => setDeleted(null), []);

  // Stable callbacks: a save-state change re-renders this screen, and the
  // memoized sidebar and forms must then see equal props and skip rendering.
  const moveItem = useCallback(
    (id: string, to: number) => session.dispatch({ type: 'item-move', id, to }),
    [session],
  );
  const dispatch = useCallback((action: MeetingAction) => session.dispatch(action), [session]);
  // Participants and bilag are deleted with the same undo bar as items and decisions.
  const deleteParticipant = useCallback(
    (id: string) => {
      const deletion = removeParticipant(session, id);
      if (deletion) setDeleted(deletion);
    },
    [session],
  );
  const deleteAttachment = useCallback(
    (itemId: string, id: string) => {
      const deletion = removeAttachment(session, itemId, id);
      if (deletion) setDeleted(deletion);
    },
    [session],
  );

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
        <UndoBar deleted={deleted} onUndo={() => undo(deleted)} onDismiss={dismissUndo} />
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
              onDeleteAttachment={deleteAttachment}
            />
          ) : (
            <HeaderForm
              meeting={meeting}
              dispatch={dispatch}
              onRemoveParticipant={deleteParticipant}
            />
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
