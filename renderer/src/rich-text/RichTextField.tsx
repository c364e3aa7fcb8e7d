import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { SerializedEditorState } from 'lexical';
import { memo, useEffect, useState } from 'react';
import type { RichText } from '../../../shared/model/rich-text';
import type { TextHost } from './text-host';
import { editableJson } from './editable-json';
import { EditorJsonCache } from './editor-json-cache';
import { FieldErrorBoundary } from './FieldErrorBoundary';
import { registerEditor, setActiveEditor } from './editor-registry';
import { LazyMount } from './LazyMount';
import { ListShortcutPlugin } from './ListShortcutPlugin';
import { ListTabPlugin } from './ListTabPlugin';
import { EDITOR_NAMESPACE, EDITOR_NODES, EDITOR_THEME } from './nodes';
import { NoInlineStylePlugin } from './NoInlineStylePlugin';
import { NumberBoundsPlugin } from './NumberBoundsPlugin';
import { PastePlugin } from './PastePlugin';
import { SpellingPlugin } from '../spelling/SpellingPlugin';
import { Toolbar } from './Toolbar';
import { isAllowedUrl } from './url';

interface Props {
  /** Registry address, e.g. "<itemId>:presentation" or "decision:<id>". */
  address: string;
  /** Id of the element that labels the field (its section heading). */
  labelledBy: string;
  /** Ids that name the text when the heading alone is ambiguous (default: `labelledBy`). */
  nameIds?: string;
  /** The section's name as shown in that heading, for the toolbar's label. */
  name: string;
  /** The stored text; read once at mount: afterwards the editor owns the text. */
  initial: RichText;
  /** The document the text belongs to: it asks for the text when it saves. */
  host: TextHost;
  onCommit: (text: RichText) => void;
  large?: boolean;
  /** Mount the editor only when scrolled into view (big sections). */
  lazy?: boolean;
  autoFocus?: boolean;
}

/**
 * Hands the editor’s text to its host only when asked (autosave, a
 * structural change, unmount) and only when it changed: serializing a
 * 50-page section on every keystroke is what makes typing lag. Even then
 * only the blocks that changed are exported afresh (EditorJsonCache).
 */
function SessionSyncPlugin({
  address,
  host,
  onCommit,
  autoFocus,
}: Pick<Props, 'address' | 'host' | 'onCommit' | 'autoFocus'>) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let dirty = false;
    const json = new EditorJsonCache();
    const flush = () => {
      // Commit keystrokes Lexical has queued but not applied yet, so they
      // count as dirty and are handed over too (closing right after typing).
      editor.read(() => undefined);
      if (!dirty) return;
      dirty = false;
      onCommit(json.export(editor.getEditorState()));
    };
    const unregisterFlusher = host.registerFlusher(flush);
    const unregisterEditor = registerEditor(address, editor);
    const unregisterUpdates = editor.registerUpdateListener(
      ({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // Plugins registering node transforms mark existing nodes dirty under
        // this tag right after mount; that is not an edit, so opening a
        // meeting does not rewrite its file.
        if (tags.has('history-merge')) return;
        dirty = true;
        host.noteEditing();
      },
    );
    const root = editor.getRootElement();
    const onFocus = () => setActiveEditor(editor);
    root?.addEventListener('focus', onFocus);
    if (autoFocus) editor.focus(undefined, { defaultSelection: 'rootEnd' });
    return () => {
      root?.removeEventListener('focus', onFocus);
      unregisterUpdates();
      flush();
      unregisterFlusher();
      unregisterEditor();
    };
  }, [editor, address, host, onCommit, autoFocus]);
  return null;
}

function FieldEditor(props: Props) {
  const { address, labelledBy, name, initial, large } = props;
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: EDITOR_NAMESPACE,
    nodes: EDITOR_NODES,
    theme: EDITOR_THEME,
    onError: (error: Error) => {
      throw error;
    },
    editorState: (editor) => {
      const json = editableJson(initial) as unknown as SerializedEditorState;
      editor.setEditorState(editor.parseEditorState(json));
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`rt-field${large ? ' rt-field-large' : ''}`}>
        <Toolbar name={name} controls={`${labelledBy}-text`} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id={`${labelledBy}-text`}
              className="rt-content"
              ariaLabelledBy={props.nameIds ?? labelledBy}
              ariaMultiline
              // Our own Hunspell marks the words; Electron's checker is off
              // (webPreferences.spellcheck), and so is Chromium's here.
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedUrl} />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
        <ListTabPlugin />
        <ListShortcutPlugin />
        <PastePlugin />
        <NoInlineStylePlugin />
        <NumberBoundsPlugin />
        <SpellingPlugin />
        <SessionSyncPlugin
          address={address}
          host={props.host}
          onCommit={props.onCommit}
          autoFocus={props.autoFocus}
        />
      </div>
    </LexicalComposer>
  );
}

/**
 * One rich-text section (Baggrund, Indstilling, Sagsfremstilling, a
 * Beslutning) with its toolbar. `initial` is read only at mount, so a new
 * `initial` (the field's own text coming back from a flush) does not
 * re-render the editor.
 */
export const RichTextField = memo(
  function RichTextField(props: Props) {
    const editor = props.lazy ? (
      <LazyMount labelledBy={props.labelledBy} preview={props.initial}>
        {(focusOnMount) => <FieldEditor {...props} autoFocus={focusOnMount} />}
      </LazyMount>
    ) : (
      <FieldEditor {...props} />
    );
    return (
      <FieldErrorBoundary labelledBy={props.labelledBy} stored={props.initial}>
        {editor}
      </FieldErrorBoundary>
    );
  },
  (before, after) =>
    (Object.keys(after) as (keyof Props)[]).every(
      (key) => key === 'initial' || before[key] === after[key],
    ),
);
