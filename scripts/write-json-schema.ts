/**
 * Regenerates docs/file-format.schema.json from the zod schemas
 * (`npm run schema`). A test fails when the checked-in copy is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFileJsonSchema } from '../shared/format/json-schema';

const target = join(import.meta.dirname, '..', 'docs', 'file-format.schema.json');
writeFileSync(target, `${JSON.stringify(buildFileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
