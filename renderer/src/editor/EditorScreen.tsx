import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { meetingTitle } from '../../../shared/model/derived';
import type { Deleted } from './deletion';
import { removeAttachment, removeParticipant, removeProtocolNote } from './deletions';
import type { EditorActions } from './editor-actions';
import { HeaderForm } from './HeaderForm';
import { ItemForm } from './ItemForm';
import { PhrasePicker } from './PhrasePicker';
import type { Selection } from './selection';
import { Sidebar } from './Sidebar';
import type { DocumentSession } from './state/document-session';
import type { MeetingAction } from './state/meeting-actions';
import { ToolbarHostContext } from '../rich-text/toolbar-host';
import { useSpellingMeeting } from '../spelling/use-spelling';
import { TopBar } from './TopBar';
import { UndoBar } from './UndoBar';
import { useEditorActions } from './use-editor-actions';
import { focusField, useLastPlace } from './use-last-place';

interface Props {
  session: DocumentSession;
  phrases: string[];
  /** Runs a registry command (buttons here are commands too). */
  runCommand: (id: CommandId) => boolean;
  /** Hands this screen's actions to the command registry while it is shown. */
  setEditorActions: (actions: EditorActions | null) => void;
  onReload: () => void;
}

/** A deletion on offer, and the structure it was made in (the offer ends with the next change to it). */
interface Offer {
  deleted: Deleted;
  structure: number;
  change: number;
}

/** The screen the secretary lives in: overview on the left, the selected form on the right. */
export function EditorScreen({ session, phrases, runCommand, setEditorActions, onReload }: Props) {
  const meeting = useSyncExternalStore(session.subscribe, session.getMeetingSnapshot);
  const [selected, setSelected] = useState<Selection>(() => meeting.items[0]?.id ?? 'header');
  const [offer, setOffer] = useState<Offer | null>(null);
  const [dialog, setDialog] = useState<'phrases' | null>(null);
  const [focusDecisionId, setFocusDecisionId] = useState<string | null>(null);
  const [toolbarHost, setToolbarHost] = useState<HTMLElement | null>(null);
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

  // After a switch, the caret goes where the next key is meant for: the
  // header's first field (Organ), or the item's title.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    document.getElementById(selection === 'header' ? 'meeting-body' : 'item-title')?.focus();
  }, [selection]);

  // Opening a meeting: back to where the secretary last wrote (use-last-place.ts).
  const pendingField = useRef<string | null>(null);
  const [placeShown, setPlaceShown] = useState(0);
  const showPlace = useCallback((next: Selection, field: string) => {
    pendingField.current = field;
    setSelected(next);
    setPlaceShown((n) => n + 1);
  }, []);
  useEffect(() => {
    const field = pendingField.current;
    pendingField.current = null;
    if (field && !focusField(field))
      document.getElementById(selection === 'header' ? 'meeting-body' : 'item-title')?.focus();
  }, [placeShown, selection]);
  useLastPlace(meeting, selection, showPlace);

  // The undo offer lasts until the next structural change (not a timer).
  const deleted = offer && offer.structure === session.structureCount ? offer.deleted : null;
  const offerUndo = useCallback(
    (next: Deleted) =>
      setOffer({ deleted: next, structure: session.structureCount, change: session.changeCount }),
    [session],
  );

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
      setOffer(null);
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
  // Ctrl+Z restores the deletion only if nothing at all changed since it.
  const undoDeletion = useCallback(() => {
    if (!deleted || offer?.change !== session.changeCount) return false;
    undo(deleted);
    return true;
  }, [deleted, offer, session, undo]);

  const { actions, pastePhrase, removeDecision, addItem } = useEditorActions({
    session,
    meeting,
    item,
    select,
    setDialog,
    offerUndo,
    undoDeletion,
    setFocusDecisionId,
  });

  useEffect(() => {
    setEditorActions(actions);
    return () => setEditorActions(null);
  }, [actions, setEditorActions]);

  // Stable callbacks: a save-state change re-renders this screen, and the
  // memoized sidebar and forms must then see equal props and skip rendering.
  const moveItem = useCallback(
    (id: string, to: number) => session.dispatch({ type: 'item-move', id, to }),
    [session],
  );
  const dispatch = useCallback((action: MeetingAction) => session.dispatch(action), [session]);
  const saveIgnored = useCallback(
    (words: string[]) => session.dispatch({ type: 'header', patch: { spellingIgnored: words } }),
    [session],
  );
  useSpellingMeeting(meeting, saveIgnored);
  // Participants, bilag and protokolbemærkninger are deleted with the same undo as items and decisions.
  const deleteParticipant = useCallback(
    (id: string) => {
      const deletion = removeParticipant(session, id);
      if (deletion) offerUndo(deletion);
    },
    [session, offerUndo],
  );
  const deleteAttachment = useCallback(
    (itemId: string, id: string) => {
      const deletion = removeAttachment(session, itemId, id);
      if (deletion) offerUndo(deletion);
    },
    [session, offerUndo],
  );
  const deleteProtocolNote = useCallback(
    (itemId: string, decisionId: string, id: string) => {
      const deletion = removeProtocolNote(session, itemId, decisionId, id);
      if (deletion) offerUndo(deletion);
    },
    [session, offerUndo],
  );
  const onCommand = useCallback((id: CommandId) => void runCommand(id), [runCommand]);

  return (
    <div className="editor-screen">
      <TopBar session={session} onCommand={onCommand} onReload={onReload} />
      {deleted && <UndoBar deleted={deleted} onUndo={() => undo(deleted)} />}
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
            <ToolbarHostContext value={toolbarHost}>
              {/* The one formatting toolbar: the active text field renders into it. */}
              <div className="format-bar" ref={setToolbarHost} />
              <ItemForm
                key={item.id}
                meeting={meeting}
                item={item}
                session={session}
                phrases={phrases}
                focusDecisionId={focusDecisionId}
                onPhrase={pastePhrase}
                onCommand={onCommand}
                onDeleteDecision={removeDecision}
                onDeleteProtocolNote={deleteProtocolNote}
                onDeleteAttachment={deleteAttachment}
              />
            </ToolbarHostContext>
          ) : (
            <HeaderForm
              meeting={meeting}
              dispatch={dispatch}
              onRemoveParticipant={deleteParticipant}
            />
          )}
        </main>
      </div>
      {dialog === 'phrases' && (
        <PhrasePicker phrases={phrases} onPick={pastePhrase} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
