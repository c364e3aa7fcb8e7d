/**
 * `referat template check <file.referat-skabelon>`: validates a template
 * file for IT before it goes into the shared template folder. Exit code 0
 * when valid (its name and a one-line summary on stdout, harmless oddities
 * such as unknown fields on stderr), 1 when it is not (every problem on its
 * own Danish line on stderr, naming where), 2 for a malformed command line.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { baseName } from '../../shared/ipc/describe-error';
import {
  MAX_TEMPLATE_FILE_BYTES,
  readTemplateFile,
  templateSummary,
} from '../../shared/template/file';
import type { CliOutput } from './main';

/** The usage line of the template command. */
export const TEMPLATE_USAGE = 'Brug: referat template check <skabelon.referat-skabelon>';

/** Why a file could not be read, in Danish. */
function readProblem(error: unknown, name: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `«${name}» findes ikke.`;
    case 'EISDIR':
      return `«${name}» er en mappe, ikke en skabelonfil.`;
    case 'EACCES':
    case 'EPERM':
      return `Referat må ikke læse «${name}».`;
    default:
      return `«${name}» kunne ikke læses (${String(error)}).`;
  }
}

/** Runs `template …` (`argv` without the word "template"); resolves to the exit code. */
export async function runTemplateCommand(argv: string[], io: CliOutput): Promise<number> {
  const [verb, ...files] = argv;
  if (verb !== 'check') {
    io.err(verb ? `Ukendt skabelonkommando «${verb}». ${TEMPLATE_USAGE}` : TEMPLATE_USAGE);
    return 2;
  }
  const options = files.filter((file) => file.startsWith('-'));
  if (options.length > 0) {
    io.err(`Ukendt tilvalg «${options[0]}». ${TEMPLATE_USAGE}`);
    return 2;
  }
  if (files.length !== 1) {
    io.err(
      `${files.length === 0 ? 'Angiv skabelonfilen.' : 'Angiv én skabelonfil.'} ${TEMPLATE_USAGE}`,
    );
    return 2;
  }
  const path = resolve(files[0] ?? '');
  const name = baseName(path);
  let text: string;
  try {
    if ((await stat(path)).size > MAX_TEMPLATE_FILE_BYTES) {
      io.err(`«${name}» er for stor til at være en skabelon (over 1 MB).`);
      return 1;
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    io.err(readProblem(error, name));
    return 1;
  }
  const result = readTemplateFile(text);
  if (!result.ok) {
    io.err(`«${name}» er ikke en gyldig skabelon:`);
    for (const problem of result.problems) io.err(oneLine(problem));
    return 1;
  }
  const { template } = result;
  io.out(`«${name}» er en gyldig skabelon: «${template.name}» (id ${template.id}).`);
  io.out(`${templateSummary(template)}.`);
  for (const warning of result.warnings) io.err(`Advarsel: ${oneLine(warning)}`);
  return 0;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
