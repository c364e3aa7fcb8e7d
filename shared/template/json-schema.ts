import { z } from 'zod';
import { templateFileSchema } from './file';

/**
 * The published JSON Schema of a `.referat-skabelon` file, generated from
 * the zod schema Referat validates with, so the documentation cannot
 * drift. It describes what Referat accepts: fields with a default may be
 * left out (Referat writes them all). The checks that need more than a
 * schema (placeholders in patterns, ids that must differ) are in
 * docs/templates.md and in `referat template check`.
 */
export function buildTemplateFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(templateFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://referat.invalid/schema/referat-skabelon-v1.json',
    title: 'Referat template file (.referat-skabelon)',
    ...schema,
  };
}
