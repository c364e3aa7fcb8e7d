import { z } from 'zod';
import { emptyRichText, type RichText, type RichTextNode } from './rich-text';

/**
 * Checks the shape of serialized editor state by hand rather than with a
 * recursive zod schema: a 290-page meeting holds tens of thousands of nodes
 * and this walk is several times faster, which keeps open and save within
 * their 50 ms budget. Unknown node kinds and extra fields are allowed on
 * purpose (a newer editor may add them); the exporter degrades them to text.
 */
function firstProblem(node: unknown, path: string, depth: number): string | null {
  if (depth > 200) return `${path}: nesting is deeper than 200 levels`;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    return `${path}: expected a node object`;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.type !== 'string') return `${path}: node has no "type"`;
  if (record.type === 'text' && typeof record.text !== 'string') {
    return `${path}: text node has no "text"`;
  }
  const children = record.children;
  if (children === undefined) return null;
  if (!Array.isArray(children)) return `${path}.children: expected a list`;
  for (let i = 0; i < children.length; i++) {
    const problem = firstProblem(children[i], `${path}.children[${i}]`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

const richTextShape = z
  .custom<RichText>((value) => {
    if (typeof value !== 'object' || value === null) return false;
    const root = (value as { root?: RichTextNode }).root;
    return (
      root?.type === 'root' &&
      Array.isArray(root.children) &&
      firstProblem(root, 'root', 0) === null
    );
  }, 'Ugyldig formateret tekst')
  .describe(
    "Formatted text: Lexical's serialized editor state (editorState.toJSON()). " +
      "{ root: { type: 'root', children: [...] } }; nodes are objects with a 'type' and optional 'children'.",
  );

/** A rich-text field; missing means empty. */
export const richTextSchema = richTextShape.default(emptyRichText);

/** For error messages and tests: the first structural problem in a rich-text value, or null. */
export function richTextProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'expected an object with "root"';
  const root = (value as { root?: unknown }).root;
  if (typeof root !== 'object' || root === null || (root as RichTextNode).type !== 'root') {
    return 'missing root node';
  }
  return firstProblem(root, 'root', 0);
}
