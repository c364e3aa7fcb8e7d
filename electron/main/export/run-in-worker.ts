import type { ExportOptions } from '../../../shared/export/options';
import type { Meeting } from '../../../shared/model/meeting';
import type { ExportFormat } from './worker-protocol';

/** Exports a meeting to the bytes of a .docx or .pdf somewhere; the handlers do not care where. */
export type RunExport = (
  meeting: Meeting,
  options: ExportOptions,
  format: ExportFormat,
) => Promise<Uint8Array>;

/** The worker could not be started: its code never loaded (as opposed to an export that failed). */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/**
 * The export needed more memory than the worker may use, and the worker was
 * stopped. Not retried on the main thread: there it would take the whole app
 * (and the secretary's unsaved typing) down with it.
 */
export class ExportOutOfMemoryError extends Error {
  override readonly name = 'ExportOutOfMemoryError';
}

/** How much heap an export worker may use; a 290-page meeting needs well under a tenth. */
export const EXPORT_WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 } as const;

/**
 * The worker, or `fallback` when the worker itself is unavailable (say, a
 * packaged build whose worker file cannot be loaded): an export that stalls
 * the window for a second beats no export. Only a worker that could not
 * start is a reason: an export that failed, crashed the worker or ran out of
 * memory would do the same on the main thread, taking the window with it.
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
