/**
 * Reading a .docx in a worker thread (./word-worker.ts), as the export does
 * (../export/run-in-worker.ts): a fresh worker per file, ended when it
 * answers. A file that needs more memory than the worker may use is refused
 * as too large; a worker that cannot start at all (a packaged build without
 * its file) falls back to reading in main, which beats no import.
 */
import type { Worker } from 'node:worker_threads';
import { err, type Result } from '../../../shared/ipc/result';
import { wordBytesToHtml, type WordHtml } from './read-word';

/** Reads a .docx's bytes to HTML somewhere; the import does not care where. */
export type ReadWordBytes = (bytes: Uint8Array) => Promise<Result<WordHtml>>;

/** What the worker posts: that it loaded, then one result. */
export type WordWorkerMessage = { ready: true } | { result: Result<WordHtml> };

/** A dagsorden is text; this is far more than mammoth needs for a 300-page one. */
export const WORD_WORKER_LIMITS = { maxOldGenerationSizeMb: 512 } as const;

/** Reads each file in a fresh worker from `createWorker`. */
export function workerWordReader(createWorker: () => Worker): ReadWordBytes {
  return (bytes) =>
    new Promise<Result<WordHtml>>((resolve) => {
      const worker = createWorker();
      let started = false;
      let answered = false;
      const finish = (result: Result<WordHtml>) => {
        if (answered) return;
        answered = true;
        void worker.terminate();
        resolve(result);
      };
      const inMain = () => {
        answered = true;
        void worker.terminate();
        console.warn('Word import worker unavailable, reading in main');
        void wordBytesToHtml(bytes).then(resolve);
      };
      worker.on('message', (message: WordWorkerMessage) => {
        if ('ready' in message) started = true;
        else finish(message.result);
      });
      worker.once('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish(err({ code: 'word-too-large', detail: error.message }));
        } else if (!started) {
          if (!answered) inMain();
        } else finish(err({ code: 'word-damaged', detail: error.message }));
      });
      worker.once('exit', (code) => {
        if (answered) return;
        if (!started) inMain();
        else finish(err({ code: 'word-damaged', detail: `worker exited (${code})` }));
      });
      worker.postMessage(bytes);
    });
}
