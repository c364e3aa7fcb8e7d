/**
 * The Word export of a 60-item meeting (~290 pages: long Sagsfremstilling
 * with subheadings, lists and a table per item, closed items included),
 * internal version, against pandoc converting the same content (all items,
 * every body) as Markdown with --toc. Both as whole processes, timed from
 * outside, alternating: ours is the built `referat` command as an installed
 * one runs (node out/main/cli.js: plain JavaScript, the .referat file read
 * and validated, the .docx written atomically). Target: ours ≤ 0.5× pandoc.
 * Then the app: Ctrl+E on that meeting until the file is on disk, with the
 * export in the app's own worker (target ≤ 1 s). Then LibreOffice renders
 * our .docx and counts contents page numbers that match the printed pages.
 * Figures only; nothing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_WORKER_LIMITS, workerExporter } from '../electron/main/export/run-in-worker';
import { visibleTitle } from '../shared/export/sections/visibility';
import type { Meeting } from '../shared/model/meeting';
import { contentsNumbers, headingPages, renderDocx } from '../test/export/libreoffice';
import { launchChromium, openApp, serveRenderer } from '../test/support/renderer-harness';
import { hasTool } from '../test/support/require-tool';
import { median, ms } from './measure';
import {
  benchMeeting,
  buildOnce,
  CLI,
  mb,
  pairedRatio,
  runProcess,
  summarize,
  type ProcessRun,
} from './processes';

const RUNS = 5;
const ROOT = join(import.meta.dirname, '..');

/** Characters of text a reader sees in a .docx body (every w:t), to show both sides wrote the same content. */
function bodyTextLength(path: string): number {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array());
  let length = 0;
  for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) length += match[1]!.length;
  return length;
}

/** The app's export worker, as desktop-export.ts starts it: a fresh built worker per export. */
const appWorker = workerExporter(
  () =>
    new Worker(join(ROOT, 'out/main/export-worker.js'), { resourceLimits: EXPORT_WORKER_LIMITS }),
  join(ROOT, 'resources/fonts'),
);

/** Ctrl+E in the app on `file` until the .docx exists: times in ms, and the worker's part alone. */
async function ctrlE(file: string, meeting: Meeting, dir: string) {
  const server = await serveRenderer();
  const browser = await launchChromium();
  const totals: number[] = [];
  const workerOnly: number[] = [];
  try {
    const app = await openApp(browser, server.url, { runExport: appWorker });
    const { page } = app;
    app.dialogs.open.push(file);
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').waitFor();
    for (let i = 0; i < 3; i++) {
      const out = join(dir, `ctrl-e-${i}.docx`);
      app.dialogs.export.push(out);
      const start = performance.now();
      await page.keyboard.press('Control+E');
      while (!existsSync(out)) await new Promise((done) => setTimeout(done, 2));
      totals.push(performance.now() - start);
      await page.getByRole('status').getByText(`Eksporteret til «ctrl-e-${i}.docx».`).waitFor();
      const worker = performance.now();
      await appWorker(meeting, { version: 'internal' }, 'docx');
      workerOnly.push(performance.now() - worker);
    }
    await app.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { totals, workerOnly };
}

/** Runs the export benchmark and prints its figures. */
export async function run(): Promise<void> {
  buildOnce();
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-export-'));
  try {
    const { meeting, file, markdown } = benchMeeting(dir);
    const ourDocx = join(dir, 'referat.docx');
    const pandocDocx = join(dir, 'pandoc.docx');
    const ours = [process.execPath, CLI, 'export', file, '--out', ourDocx];
    const pandoc = ['pandoc', '-f', 'markdown', '-t', 'docx', '--toc', '-o', pandocDocx, markdown];
    const hasPandoc = hasTool('pandoc');

    // One warm-up each (disk cache), then alternating fresh processes.
    runProcess(ours);
    if (hasPandoc) runProcess(pandoc);
    const oursRuns: ProcessRun[] = [];
    const pandocRuns: ProcessRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      oursRuns.push(runProcess(ours));
      if (hasPandoc) pandocRuns.push(runProcess(pandoc));
    }
    const o = summarize(oursRuns);
    console.log(
      `meeting: 60 items, internal version (every item's body), .referat ${(statSync(file).size / 1024).toFixed(0)} kB; our .docx ${(statSync(ourDocx).size / 1024).toFixed(0)} kB`,
    );
    console.log(
      `ours   (node out/main/cli.js export, whole process, median of ${RUNS}): ${ms(o.wallMs)} wall [${o.walls}], ${ms(o.cpuMs)} CPU, peak RSS ${mb(o.maxRssKb)}`,
    );
    if (hasPandoc) {
      const p = summarize(pandocRuns);
      console.log(
        `pandoc (md → docx --toc, whole process, median of ${RUNS}):    ${ms(p.wallMs)} wall [${p.walls}], ${ms(p.cpuMs)} CPU, peak RSS ${mb(p.maxRssKb)}`,
      );
      console.log(
        `ratio ours/pandoc, median of pair-by-pair ratios: wall ${pairedRatio(oursRuns, pandocRuns, 'wallMs').toFixed(2)}×, CPU ${pairedRatio(oursRuns, pandocRuns, 'cpuMs').toFixed(2)}× [target ≤ 0.5×]; peak memory ${(o.maxRssKb / p.maxRssKb).toFixed(2)}×`,
      );
      console.log(
        `  same content: text in the body ${bodyTextLength(ourDocx)} characters ours, ${bodyTextLength(pandocDocx)} pandoc's (ours adds the filled-in contents list and header lines; pandoc leaves its contents field empty for Word to fill)`,
      );
    } else {
      console.log('pandoc not installed: apt-get install pandoc (no peer, no ratio)');
    }

    const app = await ctrlE(file, meeting, dir);
    console.log(
      `app, Ctrl+E → .docx on disk (built renderer in Chromium, export in the app's worker): median ${ms(median(app.totals))} [${app.totals.map((v) => v.toFixed(0)).join(', ')}] [target ≤ 1 s]`,
    );
    console.log(
      `  of which the worker alone (fresh worker, export, bytes back): median ${ms(median(app.workerOnly))}; the rest is reading the editors, the harness's IPC stand-in (DevTools protocol, slower than Electron's IPC), validation and the atomic write`,
    );

    if (hasTool('soffice') && hasTool('pdftotext')) {
      const start = performance.now();
      const [rendered = []] = renderDocx([{ name: 'referat', bytes: readFileSync(ourDocx) }]);
      const listed = contentsNumbers(
        rendered,
        meeting.items.map((item) => visibleTitle(item, { version: 'internal' }, meeting.template)),
      );
      const printed = headingPages(rendered);
      const matches = listed.filter(
        (page, i) => page !== null && page === printed.get(i + 1),
      ).length;
      console.log(
        `LibreOffice: ${rendered.length} pages; contents page numbers matching the printed headings: ${matches}/${meeting.items.length} [target 60/60] (render ${ms(performance.now() - start)})`,
      );
    } else {
      console.log('LibreOffice/pdftotext missing: page numbers not checked');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
