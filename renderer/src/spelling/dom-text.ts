/**
 * The text of a block of editor DOM as one string, with a map back from
 * string offsets to DOM text nodes, so a word found in the string becomes a
 * DOM Range for the highlight. Line breaks and nested blocks (list items,
 * table cells) become "\n", so words never run together across them.
 */
export interface BlockText {
  text: string;
  /** The DOM text nodes in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const BREAKING = new Set(['BR', 'P', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'UL', 'OL']);

/** Reads `element`'s text and where each character lives. */
export function readBlockText(element: HTMLElement): BlockText {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      nodes.push(node);
      starts.push(length);
      parts.push(node.data);
      length += node.data.length;
    } else if (BREAKING.has(node.nodeName)) {
      parts.push('\n');
      length += 1;
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** The index of the text node holding offset `at` (`end`: a range end may sit at a node's end). */
function nodeIndexAt(block: BlockText, at: number, end: boolean): number {
  let low = 0;
  let high = block.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid] ?? 0;
    if (start < at || (!end && start === at)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A DOM Range over `text[start, end)`, or null when the block has no text there. */
export function rangeOf(block: BlockText, start: number, end: number): Range | null {
  if (block.nodes.length === 0 || end <= start) return null;
  const first = nodeIndexAt(block, start, false);
  const last = nodeIndexAt(block, end, true);
  const startNode = block.nodes[first];
  const endNode = block.nodes[last];
  if (!startNode || !endNode) return null;
  const startOffset = start - (block.starts[first] ?? 0);
  const endOffset = end - (block.starts[last] ?? 0);
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** Where a DOM position (a caret) is in `text`, or null when it is not in a text node of the block. */
export function offsetOf(block: BlockText, node: Node, offset: number): number | null {
  const index = block.nodes.indexOf(node as Text);
  return index < 0 ? null : (block.starts[index] ?? 0) + offset;
}
