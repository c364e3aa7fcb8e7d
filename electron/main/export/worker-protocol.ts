import type { ExportOptions } from '../../../shared/export/options';
import type { Meeting } from '../../../shared/model/meeting';

/** The formats the export makes. */
export type ExportFormat = 'docx' | 'pdf';

/** What the main process asks the export worker; `fontDir` holds the PDF's fonts (resources/fonts). */
export interface WorkerRequest {
  meeting: Meeting;
  options: ExportOptions;
  format: ExportFormat;
  fontDir: string;
}

/** The worker's answer: the file's bytes, or why it failed. */
export type WorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Everything the worker posts: first `{ ready: true }` once its code has
 * loaded (so main can tell "could not start" from "died while exporting"),
 * then one reply.
 */
export type WorkerMessage = { ready: true } | WorkerReply;
