/** A parsed `referat export` command line. */
export interface ExportCommand {
  input: string;
  output: string;
  publicVersion: boolean;
}

/** The usage line, shown on a malformed command line. */
export const USAGE = 'Brug: referat export <møde.referat> --out <fil.docx> [--public]';

/** Parses `export <meeting.referat> --out <file.docx> [--public]`; a Danish message when it cannot. */
export function parseArgs(
  argv: string[],
): { ok: true; command: ExportCommand } | { ok: false; message: string } {
  const [verb, ...rest] = argv;
  if (verb !== 'export') {
    return { ok: false, message: verb ? `Ukendt kommando «${verb}». ${USAGE}` : USAGE };
  }
  let input: string | undefined;
  let output: string | undefined;
  let publicVersion = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--public') publicVersion = true;
    else if (arg === '--out' || arg === '-o') output = rest[++i];
    else if (arg.startsWith('--out=')) output = arg.slice('--out='.length);
    else if (arg.startsWith('-'))
      return { ok: false, message: `Ukendt tilvalg «${arg}». ${USAGE}` };
    else if (input === undefined) input = arg;
    else return { ok: false, message: `For mange filer: «${arg}». ${USAGE}` };
  }
  if (!input) return { ok: false, message: `Angiv mødefilen. ${USAGE}` };
  if (!output)
    return { ok: false, message: `Angiv hvor Word-filen skal gemmes med --out. ${USAGE}` };
  return { ok: true, command: { input, output, publicVersion } };
}
