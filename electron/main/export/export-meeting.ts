import { exportMeetingToDocx } from '../../../shared/export/index';
import { exportMeetingToPdf } from '../../../shared/export/pdf/index';
import { NATIVE_COMPRESSION } from './native-compression';
import { loadPdfFonts } from './pdf-fonts';
import type { WorkerRequest } from './worker-protocol';

/**
 * One export, as the worker (or the main process, when the worker is
 * unavailable) runs it; the .docx zipped by Node's zlib as the command line
 * does, rather than in JavaScript.
 */
export async function exportMeeting({
  meeting,
  options,
  format,
  fontDir,
}: WorkerRequest): Promise<Uint8Array> {
  if (format === 'docx') return exportMeetingToDocx(meeting, options, NATIVE_COMPRESSION);
  return exportMeetingToPdf(meeting, options, {
    fonts: await loadPdfFonts(fontDir),
    now: new Date(),
  });
}
