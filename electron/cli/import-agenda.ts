/**
 * `referat import <dagsorden.docx> --template <id|file.referat-skabelon> --out <møde.referat>`:
 * a Word dagsorden → a new meeting file, with what was found on stdout (as
 * the app's preview shows it). Refuses to overwrite an existing file; a file
 * that cannot be read gets one Danish line on stderr and nothing is
 * written. Exit codes as `referat export`: 0, 1 (cannot read or write), 2
 * (malformed command line).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FILE_EXTENSION } from '../../shared/format/envelope';
import { recogniseAgenda } from '../../shared/import/recognise';
import { describeReport } from '../../shared/import/report-lines';
import { baseName, describeIpcError } from '../../shared/ipc/describe-error';
import { builtInTemplate, BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import { MAX_TEMPLATE_FILE_BYTES, readTemplateFile } from '../../shared/template/file';
import type { Template } from '../../shared/template/schema';
import { saveMeeting } from '../main/documents/document-store';
import { readWordFile } from '../main/import/read-word';
import type { CliOutput } from './main';

/** The usage line of the import command. */
export const IMPORT_USAGE =
  'Brug: referat import <dagsorden.docx> --template <id|skabelon.referat-skabelon> --out <møde.referat>';

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A built-in template by id, or a template file; a Danish line when neither. */
async function loadTemplate(spec: string): Promise<Template | string> {
  const builtIn = builtInTemplate(spec);
  if (builtIn) return builtIn;
  const path = resolve(spec);
  try {
    if ((await stat(path)).size > MAX_TEMPLATE_FILE_BYTES)
      return `«${baseName(path)}» er for stor til at være en skabelon.`;
    const read = readTemplateFile(await readFile(path, 'utf8'));
    return read.ok
      ? read.template
      : `«${baseName(path)}» er ikke en gyldig skabelon: ${read.problems[0] ?? ''}`;
  } catch {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id).join(', ');
    return `Skabelonen «${spec}» findes ikke: brug ${ids} eller en .referat-skabelon-fil.`;
  }
}

/** Runs `import …` (`argv` without the word "import"); resolves to the exit code. */
export async function runImportCommand(
  argv: string[],
  io: CliOutput,
  now = new Date(),
): Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  let templateSpec: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') output = argv[++i];
    else if (arg.startsWith('--out=')) output = arg.slice('--out='.length);
    else if (arg === '--template') templateSpec = argv[++i];
    else if (arg.startsWith('--template=')) templateSpec = arg.slice('--template='.length);
    else if (arg.startsWith('-')) {
      io.err(`Ukendt tilvalg «${arg}». ${IMPORT_USAGE}`);
      return 2;
    } else if (input === undefined) input = arg;
    else {
      io.err(`For mange filer: «${arg}». ${IMPORT_USAGE}`);
      return 2;
    }
  }
  if (!input || !output || !templateSpec) {
    const missing = !input
      ? 'Angiv Word-filen.'
      : !templateSpec
        ? 'Angiv skabelonen med --template.'
        : 'Angiv mødefilen med --out.';
    io.err(`${missing} ${IMPORT_USAGE}`);
    return 2;
  }
  if (!output.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) {
    io.err(`Mødefilen skal hedde .${FILE_EXTENSION}: «${baseName(output)}». ${IMPORT_USAGE}`);
    return 2;
  }
  const template = await loadTemplate(templateSpec);
  if (typeof template === 'string') {
    io.err(template);
    return 1;
  }
  const target = resolve(output);
  if (
    await stat(target).then(
      () => true,
      () => false,
    )
  ) {
    io.err(
      `«${baseName(target)}» findes allerede; Referat skriver ikke oven i et møde. Vælg et andet navn.`,
    );
    return 1;
  }
  const word = await readWordFile(resolve(input));
  if (!word.ok) {
    io.err(describeIpcError(word.error).replace(/\s+/g, ' ').trim());
    return 1;
  }
  const { meeting, report } = recogniseAgenda(
    word.value.html,
    template,
    {
      today: localIsoDate(now),
      defaults: { body: '', venue: '', secretaryName: '' },
    },
    word.value.messages,
  );
  const saved = await saveMeeting(target, meeting, { appVersion: 'cli', now: () => now });
  if (!saved.ok) {
    io.err(
      describeIpcError({ ...saved.error, path: target })
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return 1;
  }
  for (const line of describeReport(report)) io.out(line);
  io.out(`Oprettet: ${target}`);
  return 0;
}
