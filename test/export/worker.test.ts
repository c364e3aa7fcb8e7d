import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import {
  withFallback,
  workerExporter,
  WorkerUnavailableError,
} from '../../electron/main/export/run-in-worker';
import { generateMeeting } from '../support/generate-meeting';

const WORKER = resolve(import.meta.dirname, '../../electron/main/export/export-worker.ts');

describe('export worker', () => {
  // The TypeScript source, compiled on load by tsx's require hook.
  const run = workerExporter(
    () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true }),
  );

  it('exports off the main thread and hands the .docx bytes back', async () => {
    const bytes = await run(generateMeeting({ items: 3, sectionsPerItem: 1 }), {
      version: 'public',
    });
    expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
  });

  it('rejects with the reason when the export fails', async () => {
    const broken = { ...generateMeeting({ items: 1, sectionsPerItem: 1 }), items: null };
    // @ts-expect-error -- a meeting that bypassed validation
    await expect(run(broken, { version: 'public' })).rejects.toThrow(
      /Cannot read properties of null/,
    );
  });

  it('falls back when the worker cannot start, but not when the export fails', async () => {
    const missing = workerExporter(() => new Worker('/no/such/export-worker.js'));
    const fallback = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const onFallback = vi.fn();
    const run = withFallback(missing, fallback, onFallback);
    expect(
      await run(generateMeeting({ items: 1, sectionsPerItem: 1 }), { version: 'public' }),
    ).toEqual(new Uint8Array([1]));
    expect(onFallback).toHaveBeenCalledWith(expect.any(WorkerUnavailableError));

    const failing = withFallback(
      () => Promise.reject(new Error('export failed')),
      fallback,
      onFallback,
    );
    await expect(
      failing(generateMeeting({ items: 1, sectionsPerItem: 1 }), { version: 'public' }),
    ).rejects.toThrow('export failed');
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});
