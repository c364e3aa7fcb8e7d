import { ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import {
  $isTableCellNode,
  $isTableRowNode,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import {
  MAX_INDENT,
  MAX_LIST_NUMBER,
  MAX_PIXELS,
  MAX_SPAN,
  MAX_SPAN_AREA,
} from '../../../shared/model/rich-text-limits';

const within = (value: number, max: number, min = 0) => Math.min(max, Math.max(min, value));

/**
 * Keeps every number the editor holds within the bounds a save accepts
 * (shared/model/rich-text-limits.ts): a paste or a typed "123456789. " list
 * must not produce a meeting the schema then refuses to save. Files are
 * clamped on read already; these transforms cover everything else.
 */
export function NumberBoundsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNumberBounds(editor), [editor]);
  return null;
}

/** Registers the transforms on `editor`; returns the function that removes them. */
export function registerNumberBounds(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(ParagraphNode, (node) => {
      if (node.getIndent() > MAX_INDENT) node.setIndent(MAX_INDENT);
    }),
    editor.registerNodeTransform(HeadingNode, (node) => {
      if (node.getIndent() > MAX_INDENT) node.setIndent(MAX_INDENT);
    }),
    editor.registerNodeTransform(ListNode, (node) => {
      const start = node.getStart();
      const bounded = within(Math.floor(start), MAX_LIST_NUMBER);
      if (start !== bounded) node.setStart(bounded);
    }),
    editor.registerNodeTransform(TableCellNode, (node) => {
      if (node.getColSpan() > MAX_SPAN) node.setColSpan(MAX_SPAN);
      if (node.getRowSpan() > MAX_SPAN) node.setRowSpan(MAX_SPAN);
      const width = node.getWidth();
      if (width !== undefined && width > MAX_PIXELS) node.setWidth(MAX_PIXELS);
    }),
    editor.registerNodeTransform(TableRowNode, (node) => {
      const height = node.getHeight();
      if (height !== undefined && height > MAX_PIXELS) node.setHeight(MAX_PIXELS);
    }),
    editor.registerNodeTransform(TableNode, (node) => {
      const widths = node.getColWidths();
      if (widths?.some((width) => width > MAX_PIXELS || width < 0)) {
        node.setColWidths(widths.map((width) => within(width, MAX_PIXELS)));
      }
      const cells = node
        .getChildren()
        .filter($isTableRowNode)
        .flatMap((row) => row.getChildren().filter($isTableCellNode));
      // Spans as the cell transform bounds them, whichever transform runs first.
      const area = cells.reduce(
        (sum, cell) =>
          sum + Math.min(cell.getColSpan(), MAX_SPAN) * Math.min(cell.getRowSpan(), MAX_SPAN) - 1,
        0,
      );
      if (area <= MAX_SPAN_AREA) return;
      for (const cell of cells) {
        if (cell.getColSpan() !== 1) cell.setColSpan(1);
        if (cell.getRowSpan() !== 1) cell.setRowSpan(1);
      }
    }),
  );
}
