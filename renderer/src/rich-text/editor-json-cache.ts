import {
  $exportNodeJSON,
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalNode,
} from 'lexical';
import type { RichText, RichTextNode } from '../../../shared/model/rich-text';

/** A top-level block as last exported: the node objects of its subtree, in order, and its JSON. */
interface ExportedBlock {
  nodes: LexicalNode[];
  json: RichTextNode;
}

/** The node and its descendants, depth first. */
function subtreeOf(node: LexicalNode, into: LexicalNode[] = []): LexicalNode[] {
  into.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) subtreeOf(child, into);
  return into;
}

function sameNodes(a: LexicalNode[], b: LexicalNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}

/** What Lexical's own (unexported) $exportNodeToJSON does for the node kinds the fields use. */
function $exportNode(node: LexicalNode): RichTextNode {
  const json = $exportNodeJSON(node) as RichTextNode;
  if ($isElementNode(node)) {
    const children = (json.children ??= []);
    for (const child of node.getChildren()) children.push($exportNode(child));
  }
  return json;
}

/**
 * One editor's text as JSON, equal to `editorState.toJSON()`, re-exporting
 * only the top-level blocks that changed since the last export: the
 * autosave of a 50-page Sagsfremstilling then costs the paragraph being
 * typed, not the 400 around it, and unchanged blocks come back as the same
 * objects, so the autosave's serializer (MeetingJsonCache) reuses their
 * JSON text too.
 *
 * A block is unchanged when every node object of its subtree is the one
 * exported last time: Lexical never mutates a node of a committed state (an
 * edit clones it first), so the same objects hold the same content. This
 * holds across undo too, which brings back older objects, whose JSON was
 * right for them.
 */
export class EditorJsonCache {
  private blocks = new WeakMap<LexicalNode, ExportedBlock>();
  /** Blocks exported afresh by the last `export` (for tests). */
  exportedBlocks = 0;

  export(state: EditorState): RichText {
    let fresh = 0;
    const text = state.read(() => {
      const root = $getRoot();
      const children = root.getChildren().map((block) => {
        const nodes = subtreeOf(block);
        const known = this.blocks.get(block);
        if (known && sameNodes(known.nodes, nodes)) return known.json;
        fresh++;
        const json = $exportNode(block);
        this.blocks.set(block, { nodes, json });
        return json;
      });
      const rootJson = $exportNodeJSON(root) as unknown as RichText['root'];
      return { root: { ...rootJson, children } };
    });
    this.exportedBlocks = fresh;
    return text;
  }
}
