/**
 * The Word import's worker thread: mammoth unpacks and reads the .docx
 * here, with a memory limit, so a huge or hostile file (a zip bomb) cannot
 * freeze the window or take the main process — and the secretary's open
 * meetings — down with it. Built as a main-process entry
 * (out/main/word-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { wordBytesToHtml } from './read-word';
import type { WordWorkerMessage } from './word-reader';

const port = parentPort;
if (!port) throw new Error('word-worker must run in a worker thread');

// The code (mammoth included) has loaded: from here on a failure is the file's, not the start's.
port.postMessage({ ready: true } satisfies WordWorkerMessage);

port.on('message', (bytes: Uint8Array) => {
  void wordBytesToHtml(bytes).then((result) =>
    port.postMessage({ result } satisfies WordWorkerMessage),
  );
});
