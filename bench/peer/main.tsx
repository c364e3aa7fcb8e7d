/**
 * The typing benchmark's peer: Lexical alone, as its documentation sets up
 * a rich-text editor in React, with the app's node classes and theme
 * (renderer/src/rich-text/nodes.ts) and Lexical's own plugins for them
 * (history, lists, links, tables), holding the text the bench puts in
 * `window.__PEER_STATE`. No toolbar, no spelling, no session sync, no app
 * around it: what is left is what any Lexical editor of that text costs,
 * so the app's figure against this one shows what the app adds.
 * Built by bench/typing-peer.ts with the same Vite; never part of the app.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { SerializedEditorState } from 'lexical';
import { createRoot } from 'react-dom/client';
import { EDITOR_NODES, EDITOR_THEME } from '../../renderer/src/rich-text/nodes';

declare global {
  interface Window {
    __PEER_STATE: SerializedEditorState;
  }
}

createRoot(document.getElementById('root')!).render(
  <LexicalComposer
    initialConfig={{
      namespace: 'peer',
      nodes: EDITOR_NODES,
      theme: EDITOR_THEME,
      onError: (error: Error) => {
        throw error;
      },
      editorState: (editor) => editor.setEditorState(editor.parseEditorState(window.__PEER_STATE)),
    }}
  >
    <RichTextPlugin
      contentEditable={
        <ContentEditable
          className="rt-content"
          aria-label="Sagsfremstilling"
          // As in the app, whose Electron window has Chromium's checker off.
          spellCheck={false}
        />
      }
      ErrorBoundary={LexicalErrorBoundary}
    />
    <HistoryPlugin />
    <ListPlugin />
    <LinkPlugin />
    <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
  </LexicalComposer>,
);
