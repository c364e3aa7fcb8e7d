import type { Worker } from 'node:worker_threads';
import type { ExportOptions } from '../../../shared/export/options';
import type { Meeting } from '../../../shared/model/meeting';
import type { ExportFormat, WorkerReply, WorkerRequest } from './worker-protocol';

/** Exports a meeting to the bytes of a .docx or .pdf somewhere; the handlers do not care where. */
export type RunExport = (
  meeting: Meeting,
  options: ExportOptions,
  format: ExportFormat,
) => Promise<Uint8Array>;

/** The worker could not be started or died before answering (as opposed to an export that failed). */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/**
 * Runs each export in a fresh worker thread from `createWorker`, ended when
 * it answers: exports are rare, and a fresh worker gives its memory (tens of
 * MB for a long meeting) back at once. The app starts the built
 * export-worker.js; tests start the TypeScript source. `fontDir` is where
 * the PDF's fonts are (the worker cannot ask Electron).
 */
export function workerExporter(createWorker: () => Worker, fontDir: string): RunExport {
  return (meeting, options, format) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = createWorker();
      const finish = (action: () => void) => {
        void worker.terminate();
        action();
      };
      worker.once('message', (reply: WorkerReply) =>
        finish(() => (reply.ok ? resolve(reply.bytes) : reject(new Error(reply.message)))),
      );
      worker.once('error', (error) =>
        finish(() => reject(new WorkerUnavailableError(error.message, { cause: error }))),
      );
      worker.once('exit', (code) =>
        reject(
          new WorkerUnavailableError(`export worker stopped (exit code ${code}) before answering`),
        ),
      );
      const request: WorkerRequest = { meeting, options, format, fontDir };
      worker.postMessage(request);
    });
}

/**
 * The worker, or `fallback` when the worker itself is unavailable (say, a
 * packaged build whose worker file cannot be loaded): an export that stalls
 * the window for a second beats no export. A failing export is not retried.
 */
export function withFallback(
  run: RunExport,
  fallback: RunExport,
  onFallback: (error: Error) => void,
): RunExport {
  return async (meeting, options, format) => {
    try {
      return await run(meeting, options, format);
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
      onFallback(error);
      return fallback(meeting, options, format);
    }
  };
}
