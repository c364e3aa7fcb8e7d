import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';

/**
 * The node classes every field registers: exactly the kinds listed in
 * shared/model/rich-text-kinds.ts (core paragraph/text/linebreak/tab are
 * built in). The Word exporter handles each of these.
 */
export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];

/** The editors' namespace: Lexical's clipboard format names it, and only ours is accepted. */
export const EDITOR_NAMESPACE = 'referat';

/** CSS classes Lexical puts on its DOM (styles.css styles them). */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'rt-paragraph',
  heading: { h3: 'rt-subheading' },
  list: {
    ul: 'rt-ul',
    ol: 'rt-ol',
    listitem: 'rt-li',
    nested: { listitem: 'rt-li-nested' },
  },
  link: 'rt-link',
  table: 'rt-table',
  tableCell: 'rt-td',
  tableCellHeader: 'rt-th',
  text: {
    bold: 'rt-bold',
    italic: 'rt-italic',
    underline: 'rt-underline',
    strikethrough: 'rt-strike',
  },
};
