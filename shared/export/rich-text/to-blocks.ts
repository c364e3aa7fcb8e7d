import type { RichText } from '../../model/rich-text';
import type { Block, ParagraphStyleId } from '../blocks';
import { BlockWriter } from './block-writer';
import type { ListNumbering } from './context';
import { transformNode } from './transformers';

/** One rich-text field (Baggrund, a decision, …) as export blocks, empty paragraphs at its ends dropped. */
export function richTextToBlocks(
  text: RichText,
  numbering: ListNumbering,
  style: ParagraphStyleId = 'Normal',
): Block[] {
  const writer = new BlockWriter(style);
  transformNode(text.root, { writer, numbering, format: {}, inCell: false });
  return writer.finish();
}
