/**
 * The template file (`.referat-skabelon`): one template in an envelope, as
 * the library stores it and IT hands it out.
 *
 *   { "format": "referat-skabelon", "schemaVersion": 1, "template": { … } }
 *
 * Read leniently (fields with a default may be left out), written in full
 * and pretty-printed. What is wrong comes back as Danish lines that name
 * where ("afsnit › nr. 3 › id: …"), for `referat template check`, the
 * import and the library. Documented in docs/templates.md; the JSON Schema
 * is docs/template-file.schema.json.
 */
import { z } from 'zod';
import { danishIssue } from './messages';
import { describePath, templateProblems, templateSchema, type Template } from './schema';

/** The `format` value of every template file. */
export const TEMPLATE_FILE_FORMAT = 'referat-skabelon';
/** File extension, without the dot. */
export const TEMPLATE_FILE_EXTENSION = 'referat-skabelon';
/** The version of the file layout this build reads and writes. */
export const TEMPLATE_FILE_VERSION = 1;
/** Larger files are refused before parsing: a template is a few kilobytes. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;

/** The envelope around a template, as written. */
export const templateFileSchema = z
  .object({
    format: z.literal(TEMPLATE_FILE_FORMAT).describe('Always "referat-skabelon".'),
    schemaVersion: z
      .literal(TEMPLATE_FILE_VERSION)
      .describe('Version of this file layout. A newer version is refused, not guessed at.'),
    template: templateSchema,
  })
  .describe('A Referat template file (.referat-skabelon): one template, UTF-8 JSON.');

/** A template file's content: the template and harmless oddities, or every problem. */
export type TemplateFileResult =
  { ok: true; template: Template; warnings: string[] } | { ok: false; problems: string[] };

/** "linje 3, tegn 5" for a character offset, where JSON.parse reports one. */
function whereIn(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (linje ${line}, tegn ${column})`;
}

/** Keys in `input` the schema does not know (they are dropped when read), as paths. */
function unknownKeys(input: unknown, parsed: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((value, i) => unknownKeys(value, parsed[i], [...path, i]));
  }
  if (!input || typeof input !== 'object' || !parsed || typeof parsed !== 'object') return [];
  return Object.entries(input).flatMap(([key, value]) =>
    key in parsed
      ? unknownKeys(value, (parsed as Record<string, unknown>)[key], [...path, key])
      : [describePath([...path, key])],
  );
}

/** Validates a template (e.g. an imported one, or one from the editor) with Danish problems. */
export function parseTemplate(input: unknown): TemplateFileResult {
  const parsed = templateSchema.safeParse(input, { error: danishIssue });
  if (!parsed.success) return { ok: false, problems: templateProblems(parsed.error) };
  const warnings = unknownKeys(input, parsed.data).map(
    (path) => `Ukendt felt «${path}» ignoreres (stavefejl, eller fra en nyere version?)`,
  );
  return { ok: true, template: parsed.data, warnings };
}

/** Reads a template file's text: the envelope, its version, then the template. */
export function readTemplateFile(text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) {
    return { ok: false, problems: ['Filen er for stor til at være en skabelon (over 1 MB).'] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [`Filen er ikke gyldig JSON${whereIn(text, String(error))}.`],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: ['Filen er ikke en Referat-skabelon: den er ikke et JSON-objekt.'],
    };
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== TEMPLATE_FILE_FORMAT) {
    return {
      ok: false,
      problems: [
        envelope.format === 'referat'
          ? 'Filen er en mødefil (.referat), ikke en skabelon.'
          : `Filen er ikke en Referat-skabelon: "format" skal være "${TEMPLATE_FILE_FORMAT}".`,
      ],
    };
  }
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: ['"schemaVersion" mangler eller er ikke et helt tal fra 1.'] };
  }
  if (version > TEMPLATE_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        `Skabelonen er skrevet til en nyere version af Referat (filformat ${version}; denne version læser op til ${TEMPLATE_FILE_VERSION}). Opdatér Referat.`,
      ],
    };
  }
  if (envelope.template === undefined) {
    return { ok: false, problems: ['Filen har ingen skabelon: "template" mangler.'] };
  }
  const result = parseTemplate(envelope.template);
  if (!result.ok) return result;
  const extra = Object.keys(envelope)
    .filter((key) => !['format', 'schemaVersion', 'template'].includes(key))
    .map((key) => `Ukendt felt «${key}» ignoreres (stavefejl, eller fra en nyere version?)`);
  return { ...result, warnings: [...extra, ...result.warnings] };
}

/** A template as file text: the envelope, every field written out, two-space indents, a final newline. */
export function serializeTemplateFile(template: Template): string {
  const file: z.output<typeof templateFileSchema> = {
    format: TEMPLATE_FILE_FORMAT,
    schemaVersion: TEMPLATE_FILE_VERSION,
    template,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "indholdsfortegnelse grupperet efter Sagstype": the contents list in a few words. */
function contentsSummary({ contents, fields }: Template): string {
  switch (contents.grouping) {
    case 'open-closed':
      return 'indholdsfortegnelse med åbne og lukkede punkter';
    case 'field': {
      const field = fields.find((f) => f.id === contents.groupField);
      return `indholdsfortegnelse grupperet efter ${field?.label ?? contents.groupField}`;
    }
    case 'none':
      return 'indholdsfortegnelse';
  }
}

/** "6 afsnit, 2 felter, indholdsfortegnelse med åbne og lukkede punkter, hvert punkt på egen side": a template in one line. */
export function templateSummary(template: Template): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const { contents, item } = template;
  return [
    count(template.sections.length, 'afsnit', 'afsnit'),
    count(template.fields.length, 'felt', 'felter'),
    contents.show ? contentsSummary(template) : 'ingen indholdsfortegnelse',
    item.newPage ? 'hvert punkt på egen side' : 'punkterne i forlængelse af hinanden',
  ].join(', ');
}
