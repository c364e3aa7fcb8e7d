import { basename } from 'node:path';

/** What `referat export` writes: a Word document or a PDF, by the output file's extension. */
export type OutputFormat = 'docx' | 'pdf';

/** A parsed `referat export` command line. */
export interface ExportCommand {
  input: string;
  output: string;
  format: OutputFormat;
  publicVersion: boolean;
  /** --dagsorden: the dagsorden (no decisions, attendance or votes) instead of the referat. */
  agenda: boolean;
}

/** The usage line, shown on a malformed command line. */
export const USAGE =
  'Brug: referat export <møde.referat> --out <fil.docx|fil.pdf> [--public] [--dagsorden], referat import <dagsorden.docx> --template <id|fil> --out <møde.referat>, eller referat template check <skabelon.referat-skabelon>';

/** The format a file name asks for (.docx or .pdf, any case); null for any other extension. */
export function formatOf(path: string): OutputFormat | null {
  const match = /\.(docx|pdf)$/i.exec(path);
  return match ? (match[1]?.toLowerCase() as OutputFormat) : null;
}

/**
 * Parses `export <meeting.referat> --out <file.docx|file.pdf> [--public]`;
 * a Danish message when it cannot. The format follows the output file's
 * extension; any other extension is refused here, before anything is read
 * or written (a PDF must not silently become a Word file named .pdf).
 */
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
  let agenda = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--public') publicVersion = true;
    else if (arg === '--dagsorden') agenda = true;
    else if (arg === '--out' || arg === '-o') output = rest[++i];
    else if (arg.startsWith('--out=')) output = arg.slice('--out='.length);
    else if (arg.startsWith('-'))
      return { ok: false, message: `Ukendt tilvalg «${arg}». ${USAGE}` };
    else if (input === undefined) input = arg;
    else return { ok: false, message: `For mange filer: «${arg}». ${USAGE}` };
  }
  if (!input) return { ok: false, message: `Angiv mødefilen. ${USAGE}` };
  if (!output) return { ok: false, message: `Angiv hvor filen skal gemmes med --out. ${USAGE}` };
  const format = formatOf(output);
  if (!format) {
    return {
      ok: false,
      message: `«${basename(output)}» har en ukendt filtype: referat eksporterer til Word (.docx) eller PDF (.pdf). ${USAGE}`,
    };
  }
  return { ok: true, command: { input, output, format, publicVersion, agenda } };
}
