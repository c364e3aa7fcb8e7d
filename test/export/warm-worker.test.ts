/**
 * The export worker the app keeps between exports (warm-worker.ts): reused
 * while warm, replaced after it has been idle, and still never retried on
 * the main thread after running out of memory or crashing.
 */
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ExportOutOfMemoryError,
  withFallback,
  WorkerUnavailableError,
} from '../../electron/main/export/run-in-worker';
import { SOURCE_FONT_DIR } from '../../electron/main/export/pdf-fonts';
import { warmWorkerExporter, type WarmExporter } from '../../electron/main/export/warm-worker';
import { generateMeeting } from '../support/generate-meeting';

/** A worker that answers each export with how many it has run: the same worker counts on. */
const COUNTING = `const { parentPort } = require('node:worker_threads');
  let count = 0;
  parentPort.postMessage({ ready: true });
  parentPort.on('message', () => parentPort.postMessage({ ok: true, bytes: new Uint8Array([++count]) }));`;

/** A worker that starts and then fills its heap. */
const HUNGRY = `const { parentPort } = require('node:worker_threads');
  parentPort.postMessage({ ready: true });
  parentPort.on('message', () => { const a = []; for (;;) a.push(new Array(1e6).fill(1)); });`;

/** A worker that starts and then throws while exporting. */
const CRASHING = `const { parentPort } = require('node:worker_threads');
  parentPort.postMessage({ ready: true });
  parentPort.on('message', () => { setTimeout(() => { throw new Error('boom'); }); });`;

const meeting = generateMeeting({ items: 1, sectionsPerItem: 1 });
const exporters: WarmExporter[] = [];
afterEach(async () => {
  await Promise.all(exporters.splice(0).map((exporter) => exporter.dispose()));
});

/**
 * A warm exporter whose workers run `sources` in turn (the last one from
 * then on); `workers` lists them, `replies` counts each one's answers.
 */
function exporter(sources: string[], idleMs?: number, quietMs = 0) {
  const workers: Worker[] = [];
  const replies: number[] = [];
  const warm = warmWorkerExporter(
    () => {
      const source = sources.length > 1 ? sources.shift()! : sources[0]!;
      const worker = source.startsWith('/')
        ? new Worker(source)
        : new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
      const index = workers.push(worker) - 1;
      replies[index] = 0;
      worker.on('message', (message: object) => {
        if (!('ready' in message)) replies[index]!++;
      });
      return worker;
    },
    SOURCE_FONT_DIR,
    // Two rounds of warm-up at once: each is one export the counting worker counts.
    {
      ...(idleMs === undefined ? {} : { idleMs }),
      warmUp: { items: 5, rounds: 2, delayMs: 0, quietMs },
    },
  );
  exporters.push(warm);
  return { warm, workers, replies };
}

const once = (run: WarmExporter['run']) => run(meeting, { version: 'public' }, 'docx');

describe('the warm export worker', () => {
  it('is started ahead when asked, then runs every export, one at a time', async () => {
    const { warm, workers } = exporter([COUNTING]);
    // No meeting to warm up on: started, nothing more.
    await warm.prepare();
    await warm.prepare();
    expect(workers).toHaveLength(1);
    // Asked at once, answered in turn by the same worker.
    const answers = await Promise.all([once(warm.run), once(warm.run), once(warm.run)]);
    expect(answers).toEqual([new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])]);
    expect(workers).toHaveLength(1);
  });

  it('starts on the first export when nobody prepared it', async () => {
    const { warm, workers } = exporter([COUNTING]);
    expect(workers).toHaveLength(0);
    expect(await once(warm.run)).toEqual(new Uint8Array([1]));
    expect(workers).toHaveLength(1);
  });

  it('warms a prepared worker up on the opened meeting before the first export', async () => {
    const { warm, workers } = exporter([COUNTING]);
    await warm.prepare(generateMeeting({ items: 8, sectionsPerItem: 1 }));
    // Two warm-up rounds were the worker's first exports; the secretary's is its third.
    expect(await once(warm.run)).toEqual(new Uint8Array([3]));
    expect(workers).toHaveLength(1);
  });

  it('waits with each warm-up round while the secretary is writing', async () => {
    const { warm, replies } = exporter([COUNTING], undefined, 150);
    warm.noteActivity();
    const writing = setInterval(() => warm.noteActivity(), 20);
    const warming = warm.prepare(meeting);
    try {
      // Autosaves keep coming: no round runs, however long it goes on.
      await new Promise((waited) => setTimeout(waited, 600));
      expect(replies[0]).toBe(0);
    } finally {
      clearInterval(writing);
    }
    // A pause in the writing: the rounds run.
    await warming;
    expect(replies[0]).toBe(2);
  });

  it('stops warming up once a real export has run', async () => {
    const { warm } = exporter([COUNTING]);
    const warming = warm.prepare(meeting);
    // Asked before the warm-up began: it goes first, and the warm-up is dropped.
    expect(await once(warm.run)).toEqual(new Uint8Array([1]));
    await warming;
    expect(await once(warm.run)).toEqual(new Uint8Array([2]));
  });

  it('ends a worker some time after its last export and keeps a fresh, warmed-up one instead', async () => {
    const { warm, workers, replies } = exporter([COUNTING], 20);
    await warm.prepare(meeting);
    expect(await once(warm.run)).toEqual(new Uint8Array([3]));
    // The used worker ends (its heap is given back) and a fresh one takes its place.
    await new Promise((ended) => workers[0]!.once('exit', ended));
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    // The fresh one warms up too: two rounds, answered.
    await vi.waitFor(() => expect(replies[1]).toBe(2), { timeout: 10_000 });
    expect(await once(warm.run)).toEqual(new Uint8Array([3]));
  });

  it('leaves a prepared worker that has only warmed up alone', async () => {
    const { warm, workers } = exporter([COUNTING], 1);
    await warm.prepare(meeting);
    await new Promise((waited) => setTimeout(waited, 50));
    expect(workers).toHaveLength(1);
    expect(await once(warm.run)).toEqual(new Uint8Array([3]));
  });

  it('does not retry an out-of-memory export on the main thread; the next export gets a new worker', async () => {
    const { warm, workers } = exporter([HUNGRY, COUNTING]);
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([9])));
    const run = withFallback(warm.run, fallback, vi.fn());
    await warm.prepare();
    expect(await once(run).catch((e: unknown) => e)).toBeInstanceOf(ExportOutOfMemoryError);
    expect(fallback).not.toHaveBeenCalled();
    expect(await once(run)).toEqual(new Uint8Array([1]));
    expect(workers).toHaveLength(2);
  });

  it('does not retry a worker that crashed after it started; the next export gets a new worker', async () => {
    const { warm, workers } = exporter([CRASHING, COUNTING]);
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([9])));
    const run = withFallback(warm.run, fallback, vi.fn());
    await expect(once(run)).rejects.toThrow('boom');
    expect(fallback).not.toHaveBeenCalled();
    expect(await once(run)).toEqual(new Uint8Array([1]));
    expect(workers).toHaveLength(2);
  });

  it('falls back when its worker cannot start, also when it was prepared ahead', async () => {
    const { warm } = exporter(['/no/such/export-worker.js']);
    await warm.prepare(meeting);
    const onFallback = vi.fn();
    const run = withFallback(warm.run, () => Promise.resolve(new Uint8Array([9])), onFallback);
    expect(await once(run)).toEqual(new Uint8Array([9]));
    expect(onFallback).toHaveBeenCalledWith(expect.any(WorkerUnavailableError));
  });

  it('runs the real export worker twice, Word then PDF, in the same thread', async () => {
    const source = resolve(import.meta.dirname, '../../electron/main/export/export-worker.ts');
    const created: Worker[] = [];
    const warm = warmWorkerExporter(() => {
      const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, {
        eval: true,
      });
      created.push(worker);
      return worker;
    }, SOURCE_FONT_DIR);
    exporters.push(warm);
    const meeting = generateMeeting({ items: 3, sectionsPerItem: 1 });
    const docx = await warm.run(meeting, { version: 'internal' }, 'docx');
    expect(Object.keys(unzipSync(docx))).toContain('word/document.xml');
    const pdf = await warm.run(meeting, { version: 'public' }, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    expect(created).toHaveLength(1);
  }, 60_000);
});
