/**
 * Reading a .docx and recognising it in a worker thread (./word-worker.ts),
 * as the export runs in one (../export/run-in-worker.ts): a fresh worker
 * per import. Mammoth reads the file there, the HTML is parsed into the
 * recogniser's blocks there, and the worker keeps them until the import is
 * created or cancelled: choosing the best template, the preview with
 * another one and "Opret møde" are questions to it, so even a 290-page
 * dagsorden never holds up main (the window's IPC, menus, other meetings'
 * saves). A file that needs more memory than the worker may use is refused
 * as too large; a worker that cannot start at all (a packaged build without
 * its file) falls back to doing it all in main, which beats no import.
 */
import type { Worker } from 'node:worker_threads';
import {
  readAgendaDocument,
  recogniseDocument,
  type ImportReport,
  type RecogniseContext,
} from '../../../shared/import/recognise';
import { bestFittingTemplate } from '../../../shared/import/template-fit';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import type { Template } from '../../../shared/template/schema';
import { wordBytesToHtml } from './read-word';

/** A read dagsorden, held where it was read; the import asks it about templates. */
export interface ReadDagsorden {
  /** The index of the template that reads it best (shared/import/template-fit.ts). */
  bestTemplate(templates: readonly Template[]): Promise<number>;
  /** The preview's report of the document read with `template`. */
  report(template: Template, context: RecogniseContext): Promise<ImportReport>;
  /**
   * The meeting the document makes with `template` ("Opret møde"): only
   * then does a whole meeting cross from the worker (a preview needs no
   * more than its report).
   */
  meeting(template: Template, context: RecogniseContext): Promise<Meeting>;
  /** Lets the document go (ends its worker); later questions are refused. */
  close(): void;
}

/** Reads a .docx's bytes into a held dagsorden, or says why it cannot be read. */
export type OpenDagsorden = (bytes: Uint8Array) => Promise<Result<ReadDagsorden>>;

/** A question about the held document. */
type Question =
  | { kind: 'best'; templates: readonly Template[] }
  | { kind: 'report' | 'meeting'; template: Template; context: RecogniseContext };

/** A question to the worker (after the bytes), with the id its answer carries. */
export type WordWorkerRequest = Question & { id: number };

/** What the worker posts: that it loaded, the reading's result, then one answer per question. */
export type WordWorkerMessage =
  | { ready: true }
  | { read: Result<null> }
  | { id: number; value: number | ImportReport | Meeting }
  | { id: number; error: string };

/** A dagsorden is text; this is far more than mammoth needs for a 300-page one. */
export const WORD_WORKER_LIMITS = { maxOldGenerationSizeMb: 512 } as const;

/** Reads the .docx in this thread and holds it here: tests, the CLI, and the fallback. */
export const openDagsordenHere: OpenDagsorden = async (bytes) => {
  const html = await wordBytesToHtml(bytes);
  if (!html.ok) return html;
  const document = readAgendaDocument(html.value.html);
  const { messages } = html.value;
  let open = true;
  const held = <T>(answer: () => T) =>
    open ? Promise.resolve(answer()) : Promise.reject(new Error('the import was closed'));
  return ok({
    bestTemplate: (templates) => held(() => bestFittingTemplate(document, templates)),
    report: (template, context) =>
      held(() => recogniseDocument(document, template, context, messages).report),
    meeting: (template, context) =>
      held(() => recogniseDocument(document, template, context, messages).meeting),
    close: () => {
      open = false;
    },
  });
};

/** Reads each file in a fresh worker from `createWorker`, which then holds it for the import. */
export function workerDagsorden(createWorker: () => Worker): OpenDagsorden {
  return (bytes) =>
    new Promise<Result<ReadDagsorden>>((resolve) => {
      const worker = createWorker();
      let started = false;
      let settled = false;
      let ended: string | null = null;
      let next = 0;
      const waiting = new Map<
        number,
        { done: (value: unknown) => void; fail: (e: Error) => void }
      >();
      const end = (why: string) => {
        if (ended !== null) return;
        ended = why;
        void worker.terminate();
        for (const { fail } of waiting.values()) fail(new Error(`import worker ended: ${why}`));
        waiting.clear();
      };
      const settle = (result: Result<ReadDagsorden>) => {
        if (settled) return;
        settled = true;
        if (!result.ok) end('the file could not be read');
        resolve(result);
      };
      const inMain = () => {
        settled = true;
        end('did not start');
        console.warn('Word import worker unavailable, reading in main');
        void openDagsordenHere(bytes).then(resolve);
      };
      const ask = <T>(question: Question) =>
        new Promise<T>((done, fail) => {
          if (ended !== null) return fail(new Error(`import worker ended: ${ended}`));
          const id = next++;
          // The worker answers each kind of question with its own type (the `value` of WordWorkerMessage).
          waiting.set(id, { done: (value) => done(value as T), fail });
          worker.postMessage({ ...question, id } satisfies WordWorkerRequest);
        });
      const held: ReadDagsorden = {
        bestTemplate: (templates) => ask<number>({ kind: 'best', templates }),
        report: (template, context) => ask<ImportReport>({ kind: 'report', template, context }),
        meeting: (template, context) => ask<Meeting>({ kind: 'meeting', template, context }),
        close: () => end('closed'),
      };
      worker.on('message', (message: WordWorkerMessage) => {
        if ('ready' in message) started = true;
        else if ('read' in message) settle(message.read.ok ? ok(held) : message.read);
        else {
          const asked = waiting.get(message.id);
          waiting.delete(message.id);
          if ('error' in message) asked?.fail(new Error(message.error));
          else asked?.done(message.value);
        }
      });
      worker.once('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          settle(err({ code: 'word-too-large', detail: error.message }));
        } else if (!started) {
          if (!settled) inMain();
        } else settle(err({ code: 'word-damaged', detail: error.message }));
        end(error.message);
      });
      worker.once('exit', (code) => {
        if (!settled) {
          if (!started) inMain();
          else settle(err({ code: 'word-damaged', detail: `worker exited (${code})` }));
        }
        end(`exited (${code})`);
      });
      worker.postMessage(bytes);
    });
}
