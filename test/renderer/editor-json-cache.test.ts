// @vitest-environment happy-dom
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { editableJson } from '../../renderer/src/rich-text/editable-json';
import { EditorJsonCache } from '../../renderer/src/rich-text/editor-json-cache';
import { EDITOR_NODES } from '../../renderer/src/rich-text/nodes';
import { isRichText, type RichText } from '../../shared/model/rich-text';
import { loadSeedFixture } from '../support/seed';

function editorWith(text: RichText): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'referat',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(editableJson(text)));
  return editor;
}

/** Every rich-text field of the seed: lists, links, tabs, bold lines, long texts. */
function seedTexts(): RichText[] {
  return loadSeedFixture().items.flatMap((item) =>
    Object.values(item.sections).filter((value): value is RichText => isRichText(value)),
  );
}

const edit = (editor: LexicalEditor, change: () => void) =>
  editor.update(change, { discrete: true });

describe('EditorJsonCache', () => {
  it("exports exactly Lexical's own toJSON for every field of the seed", () => {
    const texts = seedTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      const editor = editorWith(text);
      expect(new EditorJsonCache().export(editor.getEditorState())).toEqual(
        editor.getEditorState().toJSON(),
      );
    }
  });

  it('re-exports only the block that changed, and stays equal to toJSON through edits and undo', () => {
    const text = seedTexts().reduce((a, b) =>
      b.root.children.length > a.root.children.length ? b : a,
    );
    const editor = editorWith(text);
    const cache = new EditorJsonCache();
    const blocks = text.root.children.length;
    expect(blocks).toBeGreaterThan(5);
    const check = () => {
      const exported = cache.export(editor.getEditorState());
      expect(exported).toEqual(editor.getEditorState().toJSON());
      return exported;
    };
    const first = check();
    expect(cache.exportedBlocks).toBe(blocks);
    const before = editor.getEditorState();

    // Typing at the end of a paragraph deep inside one block.
    edit(editor, () => {
      const last = $getRoot().getLastDescendant();
      if ($isTextNode(last)) last.setTextContent(`${last.getTextContent()} og mere`);
    });
    const typed = check();
    expect(cache.exportedBlocks).toBe(1);
    // Unchanged blocks are the same objects as before: their JSON text is reused.
    expect(typed.root.children[0]).toBe(first.root.children[0]);

    // A new paragraph in the middle, a bold word, a list, a block removed.
    edit(editor, () => {
      const middle = $getRoot().getChildAtIndex(2);
      middle?.insertAfter($createParagraphNode().append($createTextNode('Ny linje')));
    });
    check();
    // The new block and its two neighbours (Lexical rewrites their sibling links).
    expect(cache.exportedBlocks).toBe(3);
    edit(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if ($isTextNode(text)) text.toggleFormat('bold');
    });
    check();
    edit(editor, () => {
      $getRoot().append(
        $createListNode('number').append(
          $createListItemNode().append($createTextNode('Ad 1.')),
          $createListItemNode().append($createTextNode('Ad 2.')),
        ),
      );
      $getRoot().getChildAtIndex(1)?.remove();
    });
    check();
    // Undo as the history plugin does it: an older state comes back whole.
    editor.setEditorState(before);
    expect(check()).toEqual(first);
    // A nested change (a list item's text) re-exports its top-level list.
    edit(editor, () => {
      const list = $getRoot().getLastChild();
      if ($isElementNode(list)) list.getFirstDescendant()?.remove();
    });
    check();
  });
});
