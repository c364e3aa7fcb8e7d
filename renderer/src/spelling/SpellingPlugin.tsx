import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerEditorSpelling } from './editor-spelling';

/** Danish spellchecking for this rich-text field: marks only, the editor state is never touched. */
export function SpellingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerEditorSpelling(editor), [editor]);
  return null;
}
