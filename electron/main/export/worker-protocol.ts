import type { ExportOptions } from '../../../shared/export/options';
import type { Meeting } from '../../../shared/model/meeting';

/** What the main process asks the export worker. */
export interface WorkerRequest {
  meeting: Meeting;
  options: ExportOptions;
}

/** The worker's answer: the .docx bytes, or why it failed. */
export type WorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
