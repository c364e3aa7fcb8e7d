/**
 * The Word import's worker: mammoth, the parsed document and the
 * recogniser off the main thread, held there until the import ends; errors
 * as values, main as the fallback.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { workerDagsorden, type ReadDagsorden } from '../../electron/main/import/word-reader';
import { exportMeetingToDocx } from '../../shared/export/index';
import { describeIpcError } from '../../shared/ipc/describe-error';
import type { Result } from '../../shared/ipc/result';
import { BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import { sampleMeeting } from '../support/meeting-builders';
import { ensureRendererBuilt } from '../support/renderer-harness';

const WORKER = resolve(import.meta.dirname, '../../electron/main/import/word-worker.ts');
const BUILT = resolve(import.meta.dirname, '../../out/main/word-worker.js');

const dagsorden = () =>
  exportMeetingToDocx(sampleMeeting(), { version: 'internal', document: 'dagsorden' });

const CONTEXT = { today: '2030-01-01', defaults: { body: '', venue: '', secretaryName: '' } };

/** The item titles the held document gives with the template that fits it best. */
async function titlesOfBest(read: Result<ReadDagsorden>): Promise<string[]> {
  if (!read.ok) throw new Error(read.error.code);
  const best = await read.value.bestTemplate(BUILT_IN_TEMPLATES);
  const report = await read.value.report(BUILT_IN_TEMPLATES[best]!, CONTEXT);
  read.value.close();
  return report.items.map((item) => item.title);
}

describe('the Word import worker', () => {
  // The TypeScript source, compiled on load by tsx's require hook.
  const read = workerDagsorden(
    () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true }),
  );

  it('reads a .docx off the main thread and answers the import’s questions there until closed', async () => {
    const result = await read(await dagsorden());
    if (!result.ok) throw new Error(result.error.code);
    const held = result.value;
    expect(await held.bestTemplate(BUILT_IN_TEMPLATES)).toBe(0);
    const [report, meeting] = await Promise.all([
      held.report(BUILT_IN_TEMPLATES[0]!, CONTEXT),
      held.meeting(BUILT_IN_TEMPLATES[1]!, CONTEXT),
    ]);
    expect(report.items.map((item) => item.title)).toEqual(['Status på Nyt Fokus', 'Personalesag']);
    expect(meeting.template.id).toBe(BUILT_IN_TEMPLATES[1]?.id);
    expect(meeting.items.map((item) => item.title)).toEqual([
      'Status på Nyt Fokus',
      'Personalesag',
    ]);
    held.close();
    await expect(held.report(BUILT_IN_TEMPLATES[0]!, CONTEXT)).rejects.toThrow(/closed/);
  });

  it('hands back why a file cannot be read, as a value', async () => {
    expect(await read(new TextEncoder().encode('ikke Word'))).toEqual({
      ok: false,
      error: { code: 'not-word' },
    });
  });

  it('reads in main when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = workerDagsorden(() => new Worker('/no/such/word-worker.js'));
    expect(await titlesOfBest(await missing(await dagsorden()))).toEqual([
      'Status på Nyt Fokus',
      'Personalesag',
    ]);
    expect(warn).toHaveBeenCalledWith('Word import worker unavailable, reading in main');
    warn.mockRestore();
  });

  it('runs as built (out/main/word-worker.js), mammoth bundled', async () => {
    ensureRendererBuilt();
    expect(existsSync(BUILT)).toBe(true);
    const built = workerDagsorden(() => new Worker(BUILT));
    expect(await titlesOfBest(await built(await dagsorden()))).toEqual([
      'Status på Nyt Fokus',
      'Personalesag',
    ]);
  });

  it('refuses a zip bomb before unpacking it, as too large', async () => {
    // A small .docx whose document.xml unpacks to 82 MB of paragraphs.
    const parts = unzipSync(await dagsorden());
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const [before, after] = xml.split('<w:body>') as [string, string];
    const head = strToU8(`${before}<w:body>`);
    const paragraph = strToU8('<w:p><w:r><w:t>Dagsorden</w:t></w:r></w:p>');
    const tail = strToU8(after);
    const count = 2_000_000;
    const document = new Uint8Array(head.length + paragraph.length * count + tail.length);
    document.set(head, 0);
    for (let i = 0; i < count; i++) document.set(paragraph, head.length + i * paragraph.length);
    document.set(tail, head.length + paragraph.length * count);
    parts['word/document.xml'] = document;
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.length).toBeLessThan(2_000_000);
    const result = await read(bomb);
    expect(result.ok === false && result.error.code).toBe('word-too-large');
  }, 120_000);

  it('names a file too large to import in one Danish line', () => {
    expect(describeIpcError({ code: 'word-too-large', path: join('/x', 'stor.docx') })).toMatch(
      /^«stor\.docx» er for stor eller for indviklet til at blive importeret\. .* Intet er oprettet\.$/,
    );
  });
});
