/**
 * The editor in headless Chromium (the built renderer, real main-process
 * handlers behind window.referat): typing latency in a 50-page
 * Sagsfremstilling against a small one, opening a 60-item meeting, the
 * longest UI-thread block of an autosave while editing it, and the size of
 * the renderer's JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serializeMeetingFile } from '../shared/format/write';
import type { Meeting } from '../shared/model/meeting';
import { largeMeeting, paragraphs } from '../test/support/meeting-builders';
import {
  launchChromium,
  openApp,
  serveRenderer,
  type AppSession,
} from '../test/support/renderer-harness';
import { median, ms, percentile } from './measure';

const repoRoot = resolve(import.meta.dirname, '..');

/** Installed in the page: per keydown, the time until the task is done and until the next frame. */
const LATENCY_PROBE = `(() => {
  window.__latency = { work: [], frame: [] };
  document.addEventListener('keydown', () => {
    const start = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__latency.work.push(performance.now() - start);
    channel.port2.postMessage(0);
    requestAnimationFrame(() => window.__latency.frame.push(performance.now() - start));
  }, true);
})()`;

const SENTENCE =
  'Direktionen drøftede status på projektet og de økonomiske konsekvenser for budgettet. ';

/** A meeting whose item 1 has a Sagsfremstilling of ~50 pages and item 2 a small one. */
function fiftyPageMeeting(): Meeting {
  const meeting = largeMeeting(2, 3);
  // ~8 paragraphs of ~520 characters make a page in the Word export.
  meeting.items[0]!.sections.sagsfremstilling = paragraphs(
    ...Array.from({ length: 415 }, (_, i) => `${i + 1}. ${SENTENCE.repeat(6)}`),
  );
  return meeting;
}

async function openMeetingFile(app: AppSession, meeting: Meeting, name: string): Promise<void> {
  const path = join(app.dataDir, name);
  await fs.writeFile(
    path,
    serializeMeetingFile(meeting, { appVersion: 'bench', savedAt: new Date().toISOString() }),
  );
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).waitFor();
}

async function mountPresentation(page: Page): Promise<void> {
  // Scrolling it into view mounts the lazy editor (as when the secretary scrolls down).
  await page
    .locator('[aria-labelledby="section-sagsfremstilling"]')
    .first()
    .scrollIntoViewIfNeeded();
  const editable = page.locator(
    '[contenteditable="true"][aria-labelledby="section-sagsfremstilling"]',
  );
  await editable.waitFor();
  await editable.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+End');
}

async function typingLatency(
  page: Page,
  text: string,
): Promise<{ work: number[]; frame: number[] }> {
  await page.evaluate('window.__latency = { work: [], frame: [] }');
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(100);
  const samples = await page.evaluate<{ work: number[]; frame: number[] }>('window.__latency');
  // The first keys warm up the JIT and Lexical's caches.
  return { work: samples.work.slice(10), frame: samples.frame.slice(10) };
}

function describe(label: string, values: number[]): string {
  return `${label}: p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))} (${values.length} keys)`;
}

async function measureTyping(app: AppSession): Promise<void> {
  await openMeetingFile(app, fiftyPageMeeting(), 'halvtreds-sider.referat');
  const { page } = app;
  await page.evaluate(LATENCY_PROBE);
  await page.getByRole('button', { name: 'Åbn møde…' }).click();
  await mountPresentation(page);
  const text =
    'Direktionen tog orienteringen til efterretning og aftalte en ny proces for arbejdet. ';
  const big = await typingLatency(page, text);
  await page.keyboard.press('Alt+ArrowDown');
  await mountPresentation(page);
  const small = await typingLatency(page, text);
  console.log(describe('typing, 50-page Sagsfremstilling, keydown → task done', big.work));
  console.log(describe('typing, 50-page Sagsfremstilling, keydown → next frame', big.frame));
  console.log(describe('typing, small Sagsfremstilling,   keydown → task done', small.work));
  console.log(describe('typing, small Sagsfremstilling,   keydown → next frame', small.frame));
  console.log(
    `ratio 50 pages / small (p95, task done): ${(percentile(big.work, 95) / percentile(small.work, 95)).toFixed(1)}×`,
  );
}

/** Click to editable item 1, and the part after the IPC reply arrived (React + Lexical only). */
async function measureOpen(
  app: AppSession,
  meeting: Meeting,
): Promise<{ total: number; render: number }> {
  await openMeetingFile(app, meeting, 'tres-punkter.referat');
  return await app.page.evaluate<{ total: number; render: number }>(`(async () => {
    const start = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Åbn møde…').click();
    await new Promise((done) => {
      const check = () =>
        document.querySelector('[contenteditable="true"][aria-labelledby="section-baggrund"]')
          ? done()
          : requestAnimationFrame(check);
      check();
    });
    const end = performance.now();
    const replied = performance.getEntriesByName('referat:opened').at(-1).startTime;
    return { total: end - start, render: end - replied };
  })()`);
}

async function measureAutosave(app: AppSession): Promise<number[]> {
  const { page } = app;
  for (const field of ['background', 'recommendation', 'background']) {
    await page.locator(`[contenteditable="true"][aria-labelledby="section-${field}"]`).click();
    for (let burst = 0; burst < 4; burst++) {
      await page.keyboard.type('Tilføjet under mødet. ', { delay: 20 });
      await page.waitForTimeout(900);
    }
  }
  await mountPresentation(page);
  for (let burst = 0; burst < 4; burst++) {
    await page.keyboard.type('Og i sagsfremstillingen. ', { delay: 20 });
    await page.waitForTimeout(900);
  }
  const serialize = await page.evaluate<number[]>(
    "performance.getEntriesByName('referat:serialize').map((e) => e.duration)",
  );
  console.log(
    `  of which serialize: longest ${ms(Math.max(...serialize))}, median ${ms(median(serialize))}, all: ${serialize.map((v) => v.toFixed(1)).join(' ')}`,
  );
  const all = await page.evaluate<number[]>(
    "performance.getEntriesByName('referat:autosave').map((e) => e.duration)",
  );
  console.log(`  autosave blocks: ${all.map((v) => v.toFixed(1)).join(' ')}`);
  return all;
}

function rendererJsGzip(): { raw: number; gzip: number } {
  const assets = join(repoRoot, 'out/renderer/assets');
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Runs the editor benchmark and prints its figures. */
export async function run(): Promise<void> {
  // Measure the code as it is now, not an older build.
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  const server = await serveRenderer();
  const browser = await launchChromium();
  try {
    const typingApp = await openApp(browser, server.url);
    await measureTyping(typingApp);
    await typingApp.close();

    const big = largeMeeting(60, 40);
    const opens: number[] = [];
    const renders: number[] = [];
    let autosaves: number[] = [];
    for (let i = 0; i < 5; i++) {
      const app = await openApp(browser, server.url);
      const open = await measureOpen(app, big);
      opens.push(open.total);
      renders.push(open.render);
      if (i === 4) autosaves = await measureAutosave(app);
      await app.close();
    }
    console.log(
      `open 60-item meeting until item 1 is editable: median ${ms(median(opens))} (${opens.map((v) => v.toFixed(0)).join(', ')} ms)`,
    );
    console.log(
      `  of which after the IPC reply (React + Lexical, no transport): median ${ms(median(renders))}; the rest is reading + validating the file in main and the harness's IPC stand-in (DevTools protocol + JSON)`,
    );
    console.log(
      `autosave UI-thread block while editing it: longest ${ms(Math.max(...autosaves))}, median ${ms(median(autosaves))} (${autosaves.length} blocks)`,
    );
    const size = rendererJsGzip();
    console.log(
      `renderer JS: ${(size.raw / 1024).toFixed(0)} KB, ${(size.gzip / 1024).toFixed(0)} KB gzip`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
