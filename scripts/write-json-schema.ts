/**
 * Regenerates docs/file-format.schema.json (the meeting file) and
 * docs/template-file.schema.json (the template file) from the zod schemas
 * (`npm run schema`). A test fails when a checked-in copy is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFileJsonSchema } from '../shared/format/json-schema';
import { buildTemplateFileJsonSchema } from '../shared/template/json-schema';

const docs = join(import.meta.dirname, '..', 'docs');
for (const [name, schema] of [
  ['file-format.schema.json', buildFileJsonSchema()],
  ['template-file.schema.json', buildTemplateFileJsonSchema()],
] as const) {
  const target = join(docs, name);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
