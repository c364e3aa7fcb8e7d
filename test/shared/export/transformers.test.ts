import { describe, expect, it } from 'vitest';
import { RICH_TEXT_NODE_KINDS } from '../../../shared/model/rich-text-kinds';
import type { RichTextNode } from '../../../shared/model/rich-text';
import type { Block } from '../../../shared/export/blocks';
import { ListNumbering } from '../../../shared/export/rich-text/context';
import { richTextToBlocks } from '../../../shared/export/rich-text/to-blocks';
import { node, richText } from '../../support/generate-meeting';

function texts(blocks: Block[]): string {
  return blocks
    .flatMap((b) =>
      b.kind === 'paragraph'
        ? [b]
        : b.kind === 'table'
          ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks))
          : [],
    )
    .map((p) =>
      p.inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'tab' ? '\t' : '\n')).join(''),
    )
    .join('|');
}

/** One sample of every kind the editor produces, each carrying its kind's name as text where it can. */
const SAMPLES: Record<(typeof RICH_TEXT_NODE_KINDS)[number], RichTextNode> = {
  root: { type: 'root', children: [node.paragraph([node.text('root')])] },
  paragraph: node.paragraph([node.text('paragraph')]),
  text: node.text('text'),
  linebreak: node.paragraph([node.text('a'), { type: 'linebreak' }, node.text('linebreak')]),
  tab: node.paragraph([node.text('a'), { type: 'tab' }, node.text('tab')]),
  heading: node.heading('heading'),
  list: node.list('bullet', [node.listItem([node.text('list')])]),
  listitem: node.listItem([node.text('listitem')]),
  link: node.paragraph([{ type: 'link', url: 'https://x.dk', children: [node.text('link')] }]),
  autolink: node.paragraph([
    { type: 'autolink', url: 'https://x.dk', children: [node.text('autolink')] },
  ]),
  table: node.table([['table']]),
  tablerow: {
    type: 'tablerow',
    children: [{ type: 'tablecell', children: [node.paragraph([node.text('tablerow')])] }],
  },
  tablecell: { type: 'tablecell', children: [node.paragraph([node.text('tablecell')])] },
};

describe('rich-text transformers', () => {
  it.each(RICH_TEXT_NODE_KINDS)('keeps the text of a %s node', (kind) => {
    const blocks = richTextToBlocks(richText([SAMPLES[kind]]), new ListNumbering());
    expect(texts(blocks)).toContain(kind);
  });

  it('degrades an unknown kind to its text, children included', () => {
    const unknown = { type: 'poll', children: [node.text('Ja'), { type: 'sticker', text: 'Nej' }] };
    expect(texts(richTextToBlocks(richText([unknown]), new ListNumbering()))).toBe('JaNej');
  });

  it('turns literal tabs and newlines in text into Word tabs and breaks', () => {
    const blocks = richTextToBlocks(
      richText([node.paragraph([node.text('a\tb\nc')])]),
      new ListNumbering(),
    );
    const paragraph = blocks[0];
    expect(paragraph?.kind === 'paragraph' && paragraph.inlines.map((i) => i.kind)).toEqual([
      'text',
      'tab',
      'text',
      'break',
      'text',
    ]);
  });

  it('gives every list its own numbering instance, nested lists one level deeper', () => {
    const numbering = new ListNumbering();
    const first = richTextToBlocks(
      richText([
        node.list('number', [
          node.listItem([node.text('a')]),
          node.listItem([node.list('number', [node.listItem([node.text('b')])])]),
        ]),
      ]),
      numbering,
    );
    const second = richTextToBlocks(
      richText([node.list('number', [node.listItem([node.text('c')])], 4)]),
      numbering,
    );
    const markers = [...first, ...second].map((b) => (b.kind === 'paragraph' ? b.list : undefined));
    expect(markers[0]).toMatchObject({ level: 0 });
    expect(markers[1]).toMatchObject({ level: 1 });
    expect(markers[1]?.instance).not.toBe(markers[0]?.instance);
    expect(markers[2]?.instance).not.toBe(markers[0]?.instance);
    expect(markers[2]?.reference).toBe('referat-numbers-from-4');
    expect(numbering.usedStarts()).toEqual([4]);
  });

  it('drops the empty paragraphs at the ends of a field', () => {
    const blocks = richTextToBlocks(
      richText([node.paragraph([]), node.paragraph([node.text('x')]), node.paragraph([])]),
      new ListNumbering(),
    );
    expect(blocks).toHaveLength(1);
  });
});
