import { z } from 'zod';
import { emptyRichText, type RichText, type RichTextNode } from './rich-text';
import { numberProblem, tableProblem } from './rich-text-limits';

/**
 * Checks the shape of serialized editor state by hand rather than with a
 * recursive zod schema: a 290-page meeting holds tens of thousands of nodes
 * and this walk is several times faster, which keeps open and save within
 * their 50 ms budget. Unknown node kinds and extra fields are allowed on
 * purpose (a newer editor may add them); the exporter degrades them to text.
 * Every number Lexical reads must be within bounds (rich-text-limits.ts):
 * files are clamped before they get here, so this refuses only what the
 * page sends (a compromised page, or a bug).
 */
function firstProblem(node: unknown, at: number[]): string | null {
  // Where the node is, as `root.children[2].children[0]`: built only for a problem, never for
  // the tens of thousands of sound nodes (a string per node was most of this walk's garbage).
  const path = () => `root${at.map((i) => `.children[${i}]`).join('')}`;
  if (at.length > 200) return `${path()}: nesting is deeper than 200 levels`;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    return `${path()}: expected a node object`;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.type !== 'string') return `${path()}: node has no "type"`;
  if (record.type === 'text' && typeof record.text !== 'string') {
    return `${path()}: text node has no "text"`;
  }
  const number = numberProblem(record as RichTextNode);
  if (number) return `${path()}: ${number}`;
  if (record.type === 'table') {
    const table = tableProblem(record as RichTextNode);
    if (table) return `${path()}: ${table}`;
  }
  const children = record.children;
  if (children === undefined) return null;
  if (!Array.isArray(children)) return `${path()}.children: expected a list`;
  for (let i = 0; i < children.length; i++) {
    at.push(i);
    const problem = firstProblem(children[i], at);
    at.pop();
    if (problem) return problem;
  }
  return null;
}

const richTextShape = z
  .custom<RichText>(
    (value) => typeof value === 'object' && value !== null,
    'Ugyldig formateret tekst',
  )
  .superRefine((value, ctx) => {
    const problem = richTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `Ugyldig formateret tekst (${problem})` });
  })
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
  if (!Array.isArray((root as RichTextNode).children)) return 'root: expected a list of children';
  return firstProblem(root, []);
}
