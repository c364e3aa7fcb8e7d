/**
 * The editor in headless Chromium (the built renderer, real main-process
 * handlers behind window.referat): opening a 60-item meeting, the longest
 * UI-thread block of an autosave while editing it, and the size of the
 * renderer's JavaScript. Typing latency is in ./typing.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Meeting } from '../shared/model/meeting';
import { largeMeeting } from '../test/support/meeting-builders';
import {
  launchChromium,
  openApp,
  serveRenderer,
  type AppSession,
} from '../test/support/renderer-harness';
import { mountPresentation, openMeetingFile } from './app-pages';
import { median, ms } from './measure';
import { buildOnce } from './processes';

const repoRoot = resolve(import.meta.dirname, '..');

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
  for (const field of ['baggrund', 'indstilling', 'baggrund']) {
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
  buildOnce();
  const server = await serveRenderer();
  const browser = await launchChromium();
  try {
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
