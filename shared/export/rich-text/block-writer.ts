import type {
  Alignment,
  Block,
  Inline,
  ListMarker,
  ParagraphBlock,
  ParagraphStyleId,
  TableBlock,
} from '../blocks';

/**
 * Collects the blocks of one rich-text field as the traversal streams
 * through it. Inline content arriving with no open paragraph (text directly
 * under a root or list item, as a foreign file may have it) gets a paragraph
 * of the field's default style, so nothing is lost.
 */
export class BlockWriter {
  private readonly blocks: Block[] = [];
  private current: ParagraphBlock | null = null;

  constructor(private readonly defaultStyle: ParagraphStyleId) {}

  /** Starts a paragraph; any open one is finished first. */
  open(
    style: ParagraphStyleId = this.defaultStyle,
    props: { align?: Alignment; indent?: number; list?: ListMarker } = {},
  ): void {
    this.close();
    this.current = { kind: 'paragraph', style, inlines: [], ...props };
  }

  /** Finishes the open paragraph, if any. */
  close(): void {
    if (this.current) this.blocks.push(this.current);
    this.current = null;
  }

  /** True while a paragraph is open. */
  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Adds inline content to the open paragraph (opening a default one if needed). */
  inline(inline: Inline): void {
    if (!this.current) this.open();
    this.current?.inlines.push(inline);
  }

  /** Adds a table (finishing any open paragraph). */
  table(table: TableBlock): void {
    this.close();
    this.blocks.push(table);
  }

  /**
   * The blocks written, without the empty paragraphs at the start and end of
   * the field (the editor always keeps one, and it would print as a gap).
   */
  finish(): Block[] {
    this.close();
    const isBlank = (block: Block | undefined) =>
      block?.kind === 'paragraph' && !block.list && block.inlines.length === 0;
    let start = 0;
    let end = this.blocks.length;
    while (start < end && isBlank(this.blocks[start])) start++;
    while (end > start && isBlank(this.blocks[end - 1])) end--;
    return this.blocks.slice(start, end);
  }
}
