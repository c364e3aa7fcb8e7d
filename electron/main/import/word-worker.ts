/**
 * The Word import's worker thread: mammoth unpacks and reads the .docx
 * here, with a memory limit, so a huge or hostile file (a zip bomb) cannot
 * freeze the window or take the main process — and the secretary's open
 * meetings — down with it. The worker then keeps the document, parsed, and
 * answers the import's questions about it (which template fits, the
 * document read with one) until main ends it (./word-reader.ts). Built as a
 * main-process entry (out/main/word-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import {
  readAgendaDocument,
  recogniseDocument,
  type AgendaDocument,
} from '../../../shared/import/recognise';
import { bestFittingTemplate } from '../../../shared/import/template-fit';
import { err } from '../../../shared/ipc/result';
import { wordBytesToHtml } from './read-word';
import type { WordWorkerMessage, WordWorkerRequest } from './word-reader';

const port = parentPort;
if (!port) throw new Error('word-worker must run in a worker thread');
const post = (message: WordWorkerMessage) => port.postMessage(message);

// The code (mammoth included) has loaded: from here on a failure is the file's, not the start's.
post({ ready: true });

let held: { document: AgendaDocument; messages: string[] } | null = null;

port.on('message', (message: Uint8Array | WordWorkerRequest) => {
  if (message instanceof Uint8Array) {
    void wordBytesToHtml(message).then((html) => {
      if (!html.ok) return post({ read: html });
      try {
        held = { document: readAgendaDocument(html.value.html), messages: html.value.messages };
        post({ read: { ok: true, value: null } });
      } catch (error) {
        post({ read: err({ code: 'word-damaged', detail: String(error) }) });
      }
    });
    return;
  }
  const { id } = message;
  try {
    if (!held) throw new Error('no document read');
    const { document, messages } = held;
    if (message.kind === 'best') {
      post({ id, value: bestFittingTemplate(document, message.templates) });
    } else {
      const read = recogniseDocument(document, message.template, message.context, messages);
      // Only what was asked for crosses to main: a preview's report is small, a meeting is not.
      post({ id, value: message.kind === 'report' ? read.report : read.meeting });
    }
  } catch (error) {
    post({ id, error: String(error) });
  }
});
