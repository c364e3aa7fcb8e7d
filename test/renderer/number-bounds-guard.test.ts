// @vitest-environment happy-dom
import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../renderer/src/rich-text/nodes';
import { registerNumberBounds } from '../../renderer/src/rich-text/NumberBoundsPlugin';
import {
  cleanPastedHtml,
  parseClipboardHtml,
} from '../../renderer/src/rich-text/clean-pasted-html';
import {
  emptyRichText,
  paragraphNode,
  textNode,
  type RichTextNode,
} from '../../shared/model/rich-text';
import { richTextProblem } from '../../shared/model/rich-text-schema';

/** Text with numbers no save would accept, put straight into an editor past every cleaner. */
function outOfBounds() {
  const value = emptyRichText();
  const cell = (colSpan: number): RichTextNode => ({
    type: 'tablecell',
    version: 1,
    headerState: 0,
    colSpan,
    rowSpan: 1,
    backgroundColor: null,
    width: 1e7,
    children: [paragraphNode([textNode('celle')])],
  });
  value.root.children = [
    { ...paragraphNode([textNode('Indrykket')]), indent: 50 },
    {
      type: 'list',
      version: 1,
      listType: 'number',
      start: 123_456_789,
      tag: 'ol',
      children: [{ type: 'listitem', version: 1, value: 1, children: [textNode('punkt')] }],
    },
    {
      type: 'table',
      version: 1,
      children: [{ type: 'tablerow', version: 1, children: [cell(5000), cell(1)] }],
    },
  ];
  return value;
}

describe('number bounds in the editor', () => {
  it('bring what a paste or a typed shortcut produced within what a save accepts', () => {
    const editor = createHeadlessEditor({
      namespace: 'referat',
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    registerNumberBounds(editor);
    editor.setEditorState(editor.parseEditorState(outOfBounds()));
    editor.update(() => undefined, { discrete: true });
    const json = editor.getEditorState().toJSON() as unknown as { root: RichTextNode };
    expect(richTextProblem(json)).toBeNull();
    const [paragraph, list, table] = json.root.children ?? [];
    expect(paragraph).toMatchObject({ indent: 10 });
    expect(list).toMatchObject({ start: 1_000_000 });
    expect(table?.children?.[0]?.children?.[0]).toMatchObject({ colSpan: 100, width: 10_000 });
  });

  it('clamps spans in pasted HTML', () => {
    const doc = parseClipboardHtml(
      '<table><tr><td colspan="1000" rowspan="0">a</td><td colspan="3">b</td></tr></table>',
    );
    cleanPastedHtml(doc);
    const cells = Array.from(doc.querySelectorAll('td'));
    expect(cells.map((td) => [td.getAttribute('colspan'), td.getAttribute('rowspan')])).toEqual([
      ['100', '1'],
      ['3', null],
    ]);
  });
});
