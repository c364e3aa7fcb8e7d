import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFileJsonSchema } from '../../shared/format/json-schema';

const checkedIn = join(import.meta.dirname, '..', '..', 'docs', 'file-format.schema.json');

describe('published JSON Schema', () => {
  it('is in sync with the validator (run `npm run schema` after changing shared/model/schema.ts)', () => {
    const expected = `${JSON.stringify(buildFileJsonSchema(), null, 2)}\n`;
    expect(readFileSync(checkedIn, 'utf8')).toBe(expected);
  });

  it('documents every meeting field and the rich-text node shape', () => {
    const schema = buildFileJsonSchema() as {
      properties: { meeting: { properties: Record<string, { description?: string }> } };
      $defs: Record<string, unknown>;
    };
    const fields = schema.properties.meeting.properties;
    expect(Object.keys(fields)).toEqual([
      'id',
      'kind',
      'body',
      'date',
      'startTime',
      'endTime',
      'venue',
      'participants',
      'firstItemNumber',
      'fields',
      'spellingIgnored',
      'template',
      'items',
    ]);
    for (const [name, field] of Object.entries(fields))
      expect(field.description, name).toBeTruthy();
    expect(schema.$defs.richTextNode).toMatchObject({ required: ['type'] });
  });
});
