/**
 * `referat export <meeting.referat> --out <file.docx|file.pdf> [--public] [--dagsorden]`:
 * the Word or PDF export (of the referat, or with --dagsorden of the dagsorden) (by the output's extension) for scripts and batch
 * use. The same read pipeline and exporters as the app; the file is written
 * through the atomic writer, so a failed run leaves no file (and an
 * existing one untouched). Exit code 0 on success, 1 when the meeting
 * cannot be read or the file cannot be written, 2 for a malformed command
 * line (an unknown output extension included); errors are one Danish line
 * on stderr. `referat template check` is in ./template-check.ts.
 */
import { resolve } from 'node:path';
import { describeIpcError } from '../../shared/ipc/describe-error';
import { openMeeting } from '../main/documents/document-store';
import { NATIVE_COMPRESSION } from '../main/export/native-compression';
import { writeFileAtomic } from '../main/fs/atomic-write';
import { classifyWriteError } from '../main/fs/write-problem';
import type { ExportOptions } from '../../shared/export/options';
import type { Meeting } from '../../shared/model/meeting';
import { parseArgs } from './args';

/** Where the command's lines go (process.stdout/stderr, or a test's arrays). */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Where the command finds what it ships with. */
export interface CliOptions {
  /** The PDF's fonts (resources/fonts): the built command passes its own path to them. */
  fontDir?: string;
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function runCli(
  argv: string[],
  io: CliOutput,
  options: CliOptions = {},
): Promise<number> {
  // The other commands load only when asked for: the import reads Word files with mammoth,
  // ~0.7 MB of JavaScript that an export should not pay to load.
  if (argv[0] === 'template')
    return (await import('./template-check')).runTemplateCommand(argv.slice(1), io);
  if (argv[0] === 'import')
    return (await import('./import-agenda')).runImportCommand(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 2;
  }
  const { input, output, format, publicVersion, agenda } = parsed.command;
  const opened = await openMeeting(resolve(input));
  if (!opened.ok) {
    io.err(oneLine(describeIpcError(opened.error)));
    return 1;
  }
  const version = publicVersion ? 'public' : 'internal';
  const meeting = opened.value.meeting;
  const exportOptions: ExportOptions = {
    version,
    ...(agenda ? { document: 'dagsorden' } : {}),
  };
  const bytes =
    format === 'pdf'
      ? await exportPdf(meeting, exportOptions, options.fontDir)
      : await (
          await import('../../shared/export/index')
        ).exportMeetingToDocx(meeting, exportOptions, NATIVE_COMPRESSION);
  const target = resolve(output);
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    io.err(
      oneLine(
        describeIpcError({ code: classifyWriteError(error), path: target, detail: String(error) }),
      ),
    );
    return 1;
  }
  const what = agenda ? 'dagsorden' : 'version';
  io.out(`Eksporteret ${publicVersion ? 'offentlig' : 'intern'} ${what}: ${target}`);
  return 0;
}

/**
 * The PDF export, loaded only when asked for: pdfkit and fontkit take about
 * half a second to load, which a Word export should not pay.
 */
async function exportPdf(
  meeting: Meeting,
  exportOptions: ExportOptions,
  fontDir: string | undefined,
): Promise<Uint8Array> {
  const [{ exportMeetingToPdf }, { loadPdfFonts }] = await Promise.all([
    import('../../shared/export/pdf/index'),
    import('../main/export/pdf-fonts'),
  ]);
  return exportMeetingToPdf(meeting, exportOptions, {
    fonts: await loadPdfFonts(fontDir),
    now: new Date(),
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
