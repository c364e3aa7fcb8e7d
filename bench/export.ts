/**
 * The Word export of a 60-item meeting (~290 pages: long Sagsfremstilling
 * with subheadings, lists and a table per item, closed items included),
 * internal version, against pandoc converting the same content (all items,
 * every body) as Markdown with --toc. Both as whole processes, timed from
 * outside, alternating: ours is the built `referat` command as an installed
 * one runs (node out/main/cli.js: plain JavaScript, the .referat file read
 * and validated, the .docx written atomically). Target: ours ≤ 0.5× pandoc.
 * Then the app: Ctrl+E on that meeting until the file is on disk, with the
 * export in the app's own worker (target ≤ 1 s), with where the time goes. Then LibreOffice renders
 * our .docx and counts contents page numbers that match the printed pages.
 * Figures only; nothing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_WORKER_LIMITS, type RunExport } from '../electron/main/export/run-in-worker';
import { DEFAULT_WARM_UP, warmWorkerExporter } from '../electron/main/export/warm-worker';
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

/** The text a reader sees in a .docx body (every w:t, joined). */
function bodyTextOf(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

/** Characters of text a reader sees in a .docx body, to show both sides wrote the same content. */
function bodyTextLength(path: string): number {
  return bodyTextOf(path).length;
}

/** The built export worker, with the app's heap limit. */
const builtWorker = () =>
  new Worker(join(ROOT, 'out/main/export-worker.js'), { resourceLimits: EXPORT_WORKER_LIMITS });
const FONTS = join(ROOT, 'resources/fonts');

/** Waits until `path` exists; polled every 2 ms. */
async function fileAppears(path: string): Promise<number> {
  while (!existsSync(path)) await new Promise((done) => setTimeout(done, 2));
  return performance.now();
}

/** One Ctrl+E, in ms from the key: until main started the export, the worker's part, until the file was on disk. */
interface CtrlE {
  total: number;
  /** CPU time of this process (main's handlers and the export worker) meanwhile; Chromium's is not counted. */
  mainCpu: number;
  beforeWorker: number;
  worker: number;
  afterWorker: number;
}

/**
 * Ctrl+E in the app on `file` until the .docx exists, each time right after
 * typing a few words into an item (so the editors have text to hand over),
 * with the export in the app's own worker as desktop-export.ts runs it:
 * started and warmed up when the meeting opens, kept between exports. Then
 * the same export in a fresh worker per export, as the app did before.
 */
async function ctrlE(file: string, meeting: Meeting, dir: string) {
  const server = await serveRenderer();
  const browser = await launchChromium();
  const warm = warmWorkerExporter(builtWorker, FONTS);
  const runs: CtrlE[] = [];
  let exportStart = 0;
  let exportEnd = 0;
  const timedRun: RunExport = async (...request) => {
    exportStart = performance.now();
    try {
      return await warm.run(...request);
    } finally {
      exportEnd = performance.now();
    }
  };
  try {
    const app = await openApp(browser, server.url, {
      runExport: timedRun,
      prepareExport: (opened) => void warm.prepare(opened),
      noteActivity: () => warm.noteActivity(),
    });
    const { page } = app;
    app.dialogs.open.push(file);
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    const editor = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await editor.waitFor();
    // A secretary exports well after opening the meeting, not at once: by
    // then the worker has loaded and warmed up (it starts 3 s after opening).
    await new Promise((done) => setTimeout(done, DEFAULT_WARM_UP.delayMs + 5000));
    await editor.click();
    await page.keyboard.press('Control+End');
    // The secretary has been writing: the first autosave after opening (which
    // serialises every item once and makes the backup) is behind us, as it
    // would be long before a real export.
    await page.keyboard.type(' Skrevet under mødet.');
    await page
      .getByRole('status')
      .getByText(/^Gemt \d/)
      .waitFor();
    for (let i = 0; i < 5; i++) {
      const out = join(dir, `ctrl-e-${i}.docx`);
      app.dialogs.export.push(out);
      await page.keyboard.type(` Ord ${i} skrevet lige før eksporten.`);
      const cpu = process.cpuUsage();
      const start = performance.now();
      await page.keyboard.press('Control+E');
      const end = await fileAppears(out);
      const used = process.cpuUsage(cpu);
      runs.push({
        total: end - start,
        mainCpu: (used.user + used.system) / 1000,
        beforeWorker: exportStart - start,
        worker: exportEnd - exportStart,
        afterWorker: end - exportEnd,
      });
      await page.getByRole('status').getByText(`Eksporteret til «ctrl-e-${i}.docx».`).waitFor();
      if (!bodyTextOf(out).includes(`Ord ${i} skrevet lige før eksporten.`)) {
        throw new Error(`ctrl-e-${i}.docx lacks the words typed before Ctrl+E`);
      }
    }
    await app.close();
  } finally {
    await browser.close();
    await server.close();
    await warm.dispose();
  }
  const fresh: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const once = warmWorkerExporter(builtWorker, FONTS);
    await once.run(meeting, { version: 'internal' }, 'docx');
    fresh.push(performance.now() - start);
    await once.dispose();
  }
  return { runs, fresh };
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
    const [first, ...rest] = app.runs;
    const part = (key: keyof CtrlE) => ms(median(rest.map((run) => run[key])));
    console.log(
      `app, Ctrl+E → .docx on disk (built renderer in Chromium, export in the app's warm worker), right after typing: median ${part('total')} [${app.runs.map((run) => run.total.toFixed(0)).join(', ')}; the first after opening ${ms(first?.total ?? NaN)}] [target ≤ 1 s]`,
    );
    console.log(
      `  CPU in main's process meanwhile (handlers, the worker, its garbage collection; not Chromium's): median ${part('mainCpu')}, the first ${ms(first?.mainCpu ?? NaN)}`,
    );
    console.log(
      `  of which: key → main starts the export ${part('beforeWorker')} (editors flushed, changed items serialised, sent through the harness's IPC stand-in, applied to main's document); the worker ${part('worker')} (meeting posted, export, bytes back); atomic write ${part('afterWorker')}`,
    );
    console.log(
      `  the same export in a fresh worker per export (as before the worker was kept): median ${ms(median(app.fresh))} [${app.fresh.map((v) => v.toFixed(0)).join(', ')}]`,
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
