import { z } from 'zod';
import { envelopeSchema } from './envelope';

/** JSON Schema of one rich-text node: Lexical's serialized node, open to new kinds. */
const RICH_TEXT_NODE = {
  type: 'object',
  description:
    'A Lexical node. Known types: paragraph, text (with "text" and a "format" bitmask: bold 1, italic 2, ' +
    'strikethrough 4, underline 8), linebreak, tab, heading ("tag": "h3"), list ("listType": "bullet" | "number", ' +
    '"start"), listitem ("value", "indent"), link/autolink ("url"), table, tablerow, tablecell. ' +
    'Unknown types are kept and exported as their text.',
  required: ['type'],
  properties: {
    type: { type: 'string' },
    text: { type: 'string' },
    children: { type: 'array', items: { $ref: '#/$defs/richTextNode' } },
  },
  additionalProperties: true,
};

/**
 * The published JSON Schema of a `.referat` file, generated from the same
 * zod schemas the app validates with, so the documentation cannot drift.
 * It describes what Referat writes (every field present); when reading, the
 * app also accepts files where fields with a default are missing.
 */
export function buildFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(envelopeSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // The only custom (hand-validated) type is rich text; see rich-text-schema.ts.
      if (zodSchema._zod.def.type === 'custom') {
        Object.assign(jsonSchema, {
          type: 'object',
          required: ['root'],
          properties: { root: { $ref: '#/$defs/richTextNode' } },
        });
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://referat.invalid/schema/referat-file-v1.json',
    title: 'Referat meeting file (.referat)',
    ...schema,
    $defs: { ...(schema.$defs as object | undefined), richTextNode: RICH_TEXT_NODE },
  };
}
