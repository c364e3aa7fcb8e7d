import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { createExportHandlers } from '../../electron/main/export/export-handlers';
import {
  ExportOutOfMemoryError,
  withFallback,
  WorkerUnavailableError,
  type RunExport,
} from '../../electron/main/export/run-in-worker';
import { warmWorkerExporter, type WarmExporter } from '../../electron/main/export/warm-worker';
import { SOURCE_FONT_DIR } from '../../electron/main/export/pdf-fonts';
import { describeIpcError } from '../../shared/ipc/describe-error';
import type { IpcError } from '../../shared/ipc/result';
import { generateMeeting } from '../support/generate-meeting';

const WORKER = resolve(import.meta.dirname, '../../electron/main/export/export-worker.ts');

const started: WarmExporter[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((exporter) => exporter.dispose()));
});

/** The app's exporter (warm-worker.ts) over workers from `createWorker`. */
function workerExporter(createWorker: () => Worker, fontDir: string): RunExport {
  const exporter = warmWorkerExporter(createWorker, fontDir);
  started.push(exporter);
  return exporter.run;
}

describe('export worker', () => {
  // The TypeScript source, compiled on load by tsx's require hook.
  const run = workerExporter(
    () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true }),
    SOURCE_FONT_DIR,
  );

  it('exports off the main thread and hands the .docx bytes back', async () => {
    const bytes = await run(
      generateMeeting({ items: 3, sectionsPerItem: 1 }),
      { version: 'public' },
      'docx',
    );
    expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
  });

  it('exports the PDF there too, reading the fonts from the folder it is given', async () => {
    const meeting = generateMeeting({ items: 3, sectionsPerItem: 1 });
    const bytes = await run(meeting, { version: 'public' }, 'pdf');
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    const broken = workerExporter(
      () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true }),
      '/no/such/fonts',
    );
    await expect(broken(meeting, { version: 'public' }, 'pdf')).rejects.toThrow(/ENOENT/);
  });

  it('rejects with the reason when the export fails', async () => {
    const broken = { ...generateMeeting({ items: 1, sectionsPerItem: 1 }), items: null };
    // @ts-expect-error -- a meeting that bypassed validation
    await expect(run(broken, { version: 'public' }, 'docx')).rejects.toThrow(
      /Cannot read properties of null/,
    );
  });

  it('falls back when the worker cannot start, but not when the export fails', async () => {
    const missing = workerExporter(() => new Worker('/no/such/export-worker.js'), SOURCE_FONT_DIR);
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const onFallback = vi.fn();
    const run = withFallback(missing, fallback, onFallback);
    expect(
      await run(generateMeeting({ items: 1, sectionsPerItem: 1 }), { version: 'public' }, 'docx'),
    ).toEqual(new Uint8Array([1]));
    expect(onFallback).toHaveBeenCalledWith(expect.any(WorkerUnavailableError));

    const failing = withFallback(
      () => Promise.reject(new Error('export failed')),
      fallback,
      onFallback,
    );
    await expect(
      failing(generateMeeting({ items: 1, sectionsPerItem: 1 }), { version: 'public' }, 'docx'),
    ).rejects.toThrow('export failed');
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('does not retry an export that ran out of memory on the main thread, and says so in Danish', async () => {
    // A worker that starts (says it is ready, as the real one does) and then fills its heap.
    const hungry = workerExporter(
      () =>
        new Worker(
          `const { parentPort } = require('node:worker_threads');
           parentPort.postMessage({ ready: true });
           parentPort.on('message', () => { const a = []; for (;;) a.push(new Array(1e6).fill(1)); });`,
          { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } },
        ),
      SOURCE_FONT_DIR,
    );
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const run = withFallback(hungry, fallback, vi.fn());
    const error = await run(
      generateMeeting({ items: 1, sectionsPerItem: 1 }),
      { version: 'public' },
      'docx',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportOutOfMemoryError);
    expect(fallback).not.toHaveBeenCalled();

    const handlers = createExportHandlers({
      runExport: run,
      chooseExportPath: () => Promise.resolve('/ikke/skrevet.docx'),
      lastFolder: () => null,
      publicShowsClosedTitles: () => false,
      rememberFolder: vi.fn(),
      showInFolder: vi.fn(),
      openPath: () => Promise.resolve(''),
    });
    const result = await handlers.exportMeeting('docx', {
      meeting: generateMeeting({ items: 1, sectionsPerItem: 1 }),
      version: 'public',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'export-out-of-memory' } });
    expect(describeIpcError((result as { error: IpcError }).error)).toContain(
      'Eksporten brugte for meget hukommelse',
    );
  });

  it('does not retry a worker that crashed after it started', async () => {
    const crashing = workerExporter(
      () =>
        new Worker(
          `const { parentPort } = require('node:worker_threads');
           parentPort.postMessage({ ready: true });
           parentPort.on('message', () => { setTimeout(() => { throw new Error('boom'); }); });`,
          { eval: true },
        ),
      SOURCE_FONT_DIR,
    );
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const run = withFallback(crashing, fallback, vi.fn());
    await expect(
      run(generateMeeting({ items: 1, sectionsPerItem: 1 }), { version: 'public' }, 'docx'),
    ).rejects.toThrow('boom');
    expect(fallback).not.toHaveBeenCalled();
  });
});
