// @vitest-environment happy-dom
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editableJson } from '../../renderer/src/rich-text/editable-json';
import { EDITOR_NODES } from '../../renderer/src/rich-text/nodes';
import { registerNoInlineStyle } from '../../renderer/src/rich-text/NoInlineStylePlugin';
import { emptyRichText, paragraphNode, textNode } from '../../shared/model/rich-text';

const OVERLAY = 'position:fixed;inset:0;z-index:99999';

function styledField() {
  const value = emptyRichText();
  const paragraph = paragraphNode([{ ...textNode('Fup'), style: OVERLAY }]);
  paragraph.textStyle = OVERLAY;
  value.root.children = [paragraph];
  return value;
}

describe('inline styles in the renderer', () => {
  it('are dropped when stored text is loaded into an editor', () => {
    const value = styledField();
    const cleaned = editableJson(value);
    expect(JSON.stringify(cleaned)).not.toContain('position');
    // The stored value itself is not mutated.
    expect(JSON.stringify(value)).toContain('position');
  });

  it('cannot survive in an editor, whatever path put them there', () => {
    const editor = createHeadlessEditor({
      namespace: 'referat',
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    registerNoInlineStyle(editor);
    // Straight into the editor, past every cleaner (as a drop or an unknown path would).
    editor.setEditorState(editor.parseEditorState(styledField()));
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    const styles = editor.getEditorState().read(() => {
      const nodes: LexicalNode[] = $getRoot().getAllTextNodes();
      return nodes.map((node) => (node as TextNode).getStyle());
    });
    expect(styles).toEqual(['']);
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('position');
  });
});
