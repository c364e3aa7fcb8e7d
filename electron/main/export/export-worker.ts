/**
 * The export's worker thread: a 300-page meeting takes about a second to
 * export, which on the main thread would freeze every window (typing
 * included). Built as a second main-process entry (out/main/export-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { exportMeeting } from './export-meeting';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');

// The code (docx and pdfkit included) has loaded: from here on a failure is the export's, not the start's.
port.postMessage({ ready: true } satisfies WorkerMessage);

port.on('message', (request: WorkerRequest) => {
  exportMeeting(request).then(
    (bytes) => {
      const reply: WorkerReply = { ok: true, bytes };
      // Transfer, not copy: the bytes are the worker's to give away.
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(reply);
    },
  );
});
