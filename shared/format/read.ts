import { CURRENT_SCHEMA_VERSION, FORMAT_NAME, MAX_FILE_BYTES } from './envelope';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { MIGRATIONS, type Migration } from './migrations/index';
import type { FileProblem } from './problems';
import { meetingShapeSchema } from '../model/schema';
import { builtInTemplate, DEFAULT_TEMPLATE } from '../template/built-in/index';
import { danishIssue } from '../template/messages';
import { templateProblems, templateSchema } from '../template/schema';
import type { Meeting } from '../model/meeting';
import { sanitizeStoredText } from './repair/rich-text';
import { makeIdsUnique } from './repair/unique-ids';

/**
 * A meeting read from a file, or why it could not be. The file itself is
 * not changed by reading; repairs reach it with the next save.
 */
export type ReadMeetingResult =
  | {
      ok: true;
      meeting: Meeting;
      schemaVersion: number;
      migratedFrom: number | null;
      /** What was repaired on reading, one Danish line each; the text itself is never changed. */
      repairs: string[];
    }
  | { ok: false; problem: FileProblem };

/**
 * Parses the text of a `.referat` file through the one read pipeline:
 * parse → check envelope → migrate (pure, numbered steps) → validate → fill
 * defaults, with repairs that keep every word (see repair/): inline styles
 * and out-of-range numbers before validation, shared ids after. Never
 * throws; never guesses content it cannot read.
 */
export function readMeetingFile(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): ReadMeetingResult {
  if (text.length > MAX_FILE_BYTES) return fail({ code: 'too-large' });
  // A UTF-8 BOM is what Notepad adds when someone hand-edits the file.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ code: 'empty' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return fail(classifyJsonError(body, error));
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail({ code: 'wrong-format', detail: 'top level is not an object' });
  }
  if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
    return fail({
      code: 'invalid',
      detail: `indholdet er indlejret dybere end ${MAX_JSON_DEPTH} niveauer`,
    });
  }
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== FORMAT_NAME) {
    return fail({ code: 'wrong-format', detail: `format is ${JSON.stringify(envelope.format)}` });
  }
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalid', detail: 'schemaVersion mangler' });
  }
  if (version > currentVersion) return fail({ code: 'newer-version', foundVersion: version });

  let document: Record<string, unknown> = envelope;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v];
    if (!step) return fail({ code: 'invalid', detail: `no migration from version ${v}` });
    try {
      document = step(document);
    } catch (error) {
      return fail({ code: 'invalid', detail: `migration ${v}→${v + 1}: ${String(error)}` });
    }
  }

  const repairs: string[] = [];
  const meetingValue = withUsableTemplate(document.meeting, repairs);
  // Repairs that keep the text, made before validation: the schema refuses
  // what they repair (out-of-range numbers), and a file should still open.
  const textRepairs = sanitizeStoredText(meetingValue);
  const result = meetingShapeSchema.safeParse(meetingValue);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? ['meeting', ...issue.path].join('.') : 'meeting';
    return fail({ code: 'invalid', detail: `${where}: ${issue?.message ?? 'ugyldig'}` });
  }
  const ids = makeIdsUnique(result.data);
  return {
    ok: true,
    meeting: ids.meeting,
    schemaVersion: version,
    migratedFrom: version === currentVersion ? null : version,
    repairs: [...repairs, ...ids.repairs, ...textRepairs],
  };
}

/**
 * A meeting whose embedded template is damaged (hand-edited, written by a
 * broken tool) still opens: the built-in template of the same id, or the
 * default one, takes its place, and the secretary is told. Every text stays,
 * since items keep their sections by id whatever the template says.
 */
function withUsableTemplate(meeting: unknown, repairs: string[]): unknown {
  if (typeof meeting !== 'object' || meeting === null || Array.isArray(meeting)) return meeting;
  const record = meeting as Record<string, unknown>;
  if (record.template === undefined) return meeting;
  const parsed = templateSchema.safeParse(record.template, { error: danishIssue });
  if (parsed.success) return meeting;
  const template: unknown = record.template;
  const id =
    typeof template === 'object' && template !== null ? (template as { id?: unknown }).id : null;
  const replacement = (typeof id === 'string' && builtInTemplate(id)) || DEFAULT_TEMPLATE;
  const problem = templateProblems(parsed.error)[0] ?? 'ukendt fejl';
  repairs.push(
    `Mødets skabelon i filen er beskadiget (${problem}). Referat bruger i stedet den indbyggede skabelon «${replacement.name}». Ingen tekst er tabt; kontrollér overskrifterne før eksport.`,
  );
  return { ...record, template: replacement };
}

function fail(problem: FileProblem): ReadMeetingResult {
  return { ok: false, problem };
}

/**
 * Tells a file cut off mid-write (sync client, interrupted copy) from one
 * that was never JSON: the first suggests opening the backup, the second
 * that the user picked the wrong file.
 */
function classifyJsonError(body: string, error: unknown): FileProblem {
  const detail = jsonErrorDetail(error);
  const trimmed = body.trimStart();
  const looksLikeJson = trimmed.startsWith('{');
  const endsOpen = !body.trimEnd().endsWith('}');
  if (looksLikeJson && endsOpen) return { code: 'truncated', detail };
  if (looksLikeJson && body.includes('\u0000')) return { code: 'truncated', detail };
  return looksLikeJson ? { code: 'invalid', detail } : { code: 'not-json', detail };
}

/**
 * The parser's complaint without the file's content: V8 quotes the text
 * around the error ("Unexpected token 'r', "root:x:0:0"... is not valid
 * JSON"), and a detail line must never show what is inside a file the user
 * may not have meant to open. Only the position is kept.
 */
function jsonErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (/Unexpected end/i.test(message)) return 'JSON ends too early';
  return position === undefined ? 'not valid JSON' : `not valid JSON at position ${position}`;
}
