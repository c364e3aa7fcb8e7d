import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { workerExporter } from '../../electron/main/export/run-in-worker';
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
});
