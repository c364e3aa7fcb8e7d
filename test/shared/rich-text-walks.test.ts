import { describe, expect, it } from 'vitest';
import { isRichTextEmpty, plainTextOf, type RichText } from '../../shared/model/rich-text';
import { richTextProblem } from '../../shared/model/rich-text-schema';
import { node, richText } from '../support/generate-meeting';

describe('walks over rich text that build no strings for sound nodes', () => {
  it('names where the first problem is', () => {
    const value = richText([
      node.paragraph([node.text('fint')]),
      node.paragraph([node.text('fint'), { type: 'text', version: 1 }]),
    ]);
    expect(richTextProblem(value)).toBe('root.children[1].children[1]: text node has no "text"');
    expect(richTextProblem(richText([node.paragraph([node.text('fint')])]))).toBeNull();
  });

  it('refuses nesting deeper than 200 levels, counting from the root', () => {
    const nest = (levels: number) => {
      let inner: Record<string, unknown> = node.text('dybt');
      for (let i = 0; i < levels; i++) inner = { type: 'paragraph', children: [inner] };
      return { root: { type: 'root', children: [inner] } } as unknown as RichText;
    };
    expect(richTextProblem(nest(199))).toBeNull();
    expect(richTextProblem(nest(200))).toMatch(/^root(\.children\[0\]){201}: nesting is deeper/);
  });

  it.each([
    ['no paragraphs', [], true],
    ['empty paragraphs', [node.paragraph([]), node.paragraph([node.text('')])], true],
    [
      'white space, tabs and breaks',
      [node.paragraph([node.text(' \u00a0\u3000'), { type: 'tab' }, { type: 'linebreak' }])],
      true,
    ],
    ['a letter', [node.paragraph([node.text('  a ')])], false],
    ['text in a table cell', [node.table([['', 'x']])], false],
    ['an unknown kind with text only in a field', [{ type: 'widget', text: 'skjult' }], true],
  ])('isRichTextEmpty agrees with the plain text: %s', (_, children, empty) => {
    const value = richText(children);
    expect(isRichTextEmpty(value)).toBe(empty);
    expect(plainTextOf(value.root).trim() === '').toBe(empty);
  });
});
