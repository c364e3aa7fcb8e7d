import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import {
  parseTemplate,
  readTemplateFile,
  serializeTemplateFile,
  templateSummary,
} from '../../shared/template/file';
import { buildTemplateFileJsonSchema } from '../../shared/template/json-schema';
import { readMeetingFile } from '../../shared/format/read';
import { SEED_FIXTURE_PATH } from '../support/seed';
import { templateSchema } from '../../shared/template/schema';
import { BAD_TEMPLATES, plainTemplate, templateFileText } from '../support/bad-templates';

const problemsOf = (text: string) => {
  const result = readTemplateFile(text);
  return result.ok ? [] : result.problems;
};

describe('the template file (.referat-skabelon)', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, t })))(
    '$id: written in full and read back unchanged',
    ({ t }) => {
      const text = serializeTemplateFile(t);
      expect(text.endsWith('}\n')).toBe(true);
      expect(JSON.parse(text)).toMatchObject({ format: 'referat-skabelon', schemaVersion: 1 });
      expect(readTemplateFile(text)).toEqual({ ok: true, template: t, warnings: [] });
    },
  );

  it('accepts a file that leaves out what has a default', () => {
    const minimal = {
      id: 'lille',
      name: 'Lille udvalg',
      document: { title: 'Referat {dato}', agendaTitle: 'Dagsorden {dato}' },
      item: { heading: '{nr}. {titel}', contentsEntry: '{nr}. {titel}', caseNumber: {} },
      sections: [{ id: 'beslutning', label: 'Beslutning', kind: 'decisions' }],
      decision: { heading: 'Beslutning' },
      closedItems: {},
      contents: {},
    };
    const result = readTemplateFile(templateFileText(minimal));
    expect(result.ok && result.template.item.newPage).toBe(true);
    expect(result.ok && result.template.participant).toBe('{navn}[ ({rolle})]');
    expect(result.ok && templateSummary(result.template)).toBe(
      '1 afsnit, 0 felter, indholdsfortegnelse, hvert punkt på egen side',
    );
  });

  it.each(BAD_TEMPLATES)(
    'refuses $name with one Danish line naming where',
    ({ template, problem }) => {
      expect(problemsOf(templateFileText(template))).toEqual([problem]);
      // The same through the schema alone, as the editor and the meeting file check it.
      const parsed = templateSchema.safeParse(template);
      expect(parsed.success).toBe(false);
      expect(parseTemplate(template)).toEqual({ ok: false, problems: [problem] });
    },
  );

  it('lists every problem of a template, each on its own line', () => {
    const t = plainTemplate();
    t.name = '';
    Object.assign(t.item, { newPage: 'ja' });
    Object.assign(t.contents, { grouping: 'åben' });
    delete (t.decision as Partial<typeof t.decision>).heading;
    expect(problemsOf(templateFileText(t))).toEqual([
      'name: Skabelonens navn må ikke være tom',
      'punkt › newPage: skal være true eller false',
      'beslutning › heading: mangler',
      'indholdsfortegnelse › grouping: skal være "none", "open-closed" eller "field"',
    ]);
  });

  it.each([
    [
      'not JSON',
      '{\n  "format": "referat-skabelon",\n  "schemaVersion": 1,,\n}',
      'Filen er ikke gyldig JSON (linje 3, tegn 22).',
    ],
    ['a JSON list', '[]', 'Filen er ikke en Referat-skabelon: den er ikke et JSON-objekt.'],
    [
      'another format',
      '{"format":"docx"}',
      'Filen er ikke en Referat-skabelon: "format" skal være "referat-skabelon".',
    ],
    [
      'a meeting file',
      '{"format":"referat","schemaVersion":2,"meeting":{}}',
      'Filen er en mødefil (.referat), ikke en skabelon.',
    ],
    [
      'no version',
      '{"format":"referat-skabelon","template":{}}',
      '"schemaVersion" mangler eller er ikke et helt tal fra 1.',
    ],
    [
      'a newer version',
      '{"format":"referat-skabelon","schemaVersion":2,"template":{}}',
      'Skabelonen er skrevet til en nyere version af Referat (filformat 2; denne version læser op til 1). Opdatér Referat.',
    ],
    [
      'no template',
      '{"format":"referat-skabelon","schemaVersion":1}',
      'Filen har ingen skabelon: "template" mangler.',
    ],
    [
      'a huge file',
      ' '.repeat(1024 * 1024 + 1),
      'Filen er for stor til at være en skabelon (over 1 MB).',
    ],
  ])('refuses %s with a Danish line', (_, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });

  it('reads a file with a byte order mark, as Notepad writes it', () => {
    expect(readTemplateFile(`\uFEFF${serializeTemplateFile(BUILT_IN_TEMPLATES[0]!)}`).ok).toBe(
      true,
    );
  });

  it('warns about fields it does not know, and still reads the template', () => {
    const t = plainTemplate();
    Object.assign(t.sections[0]!, { hjaelp: 'stavefejl' });
    const text = JSON.stringify({ ...JSON.parse(templateFileText(t)), kommentar: 'fra IT' });
    const result = readTemplateFile(text);
    expect(result.ok && result.warnings).toEqual([
      'Ukendt felt «kommentar» ignoreres (stavefejl, eller fra en nyere version?)',
      'Ukendt felt «afsnit › nr. 1 › hjaelp» ignoreres (stavefejl, eller fra en nyere version?)',
    ]);
  });
});

describe('docs/templates.md', () => {
  it('shows an example file that is a valid template', () => {
    const docs = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'templates.md'),
      'utf8',
    );
    const example = /```json\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const result = readTemplateFile(example);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && templateSummary(result.template)).toBe(
      '5 afsnit, 0 felter, indholdsfortegnelse, hvert punkt på egen side',
    );
  });
});

describe('published JSON Schema of the template file', () => {
  const checkedIn = join(import.meta.dirname, '..', '..', 'docs', 'template-file.schema.json');

  it('is in sync with the validator (run `npm run schema` after changing shared/template/schema.ts)', () => {
    const expected = `${JSON.stringify(buildTemplateFileJsonSchema(), null, 2)}\n`;
    expect(readFileSync(checkedIn, 'utf8')).toBe(expected);
  });

  it('describes the envelope and requires only what has no default', () => {
    const schema = buildTemplateFileJsonSchema() as {
      required: string[];
      properties: { template: { required: string[]; properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(['format', 'schemaVersion', 'template']);
    expect(schema.properties.template.required).toEqual([
      'id',
      'name',
      'document',
      'item',
      'sections',
      'decision',
      'closedItems',
      'contents',
    ]);
    expect(Object.keys(schema.properties.template.properties)).toContain('header');
  });
});

describe('a meeting whose embedded template is damaged', () => {
  it('opens with the built-in template of the same id, a Danish notice, and every text kept', () => {
    const file = JSON.parse(readFileSync(SEED_FIXTURE_PATH, 'utf8')) as {
      meeting: { template: Record<string, unknown>; items: unknown[] };
    };
    file.meeting.template.sections = 'ødelagt';
    const result = readMeetingFile(JSON.stringify(file));
    if (!result.ok) throw new Error(`did not open: ${JSON.stringify(result.problem)}`);
    expect(result.meeting.template).toEqual(BUILT_IN_TEMPLATES[0]);
    expect(result.repairs).toEqual([
      'Mødets skabelon i filen er beskadiget (afsnit: skal være en liste […]). Referat bruger i stedet den indbyggede skabelon «Direktion». Ingen tekst er tabt; kontrollér overskrifterne før eksport.',
    ]);
    expect(JSON.stringify(result.meeting.items)).toBe(JSON.stringify(file.meeting.items));
  });
});
