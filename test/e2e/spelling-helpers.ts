/** Helpers for the spelling tests in real Chromium (spelling.test.ts). */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from '../support/renderer-harness';

export const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

/**
 * Marks are painted only near the screen (mark-painter.ts); a window tall
 * enough for all of item 1 lets a test see every mark of a section at once.
 */
export const TALL = { width: 1280, height: 6000 };

/** The seed's real typos, by item number. */
export const TYPOS: Record<number, string[]> = {
  1: ['nedbygnig', 'kernerdriften', 'administrativkreds', 'kernerdrift'],
  3: ['gennemsækelighed'],
};

/**
 * Flagged in the seed although written as meant: words the dictionary lacks
 * (names of places and companies, as in Word) and one abbreviation written
 * without its full stop. Anything flagged outside this list and the typos
 * fails the test.
 */
export const NOT_IN_DICTIONARY: Record<string, string> = {
  Task: 'English, in "Task force" (Danish "taskforce" is not flagged)',
  task: 'English, in "task force"',
  Taastrupgaard: 'place: a housing estate',
  Charlottkvarteret: 'place: a housing area',
  Domea: 'company: a housing association',
  blåkildegård: 'place: Blåkildegård, in lower case in the seed',
  mdr: 'abbreviation written without its full stop ("mdr." is accepted)',
};

/** Routes every request of the session's browser context; the page is reloaded through it. */
export async function guardNetwork(app: AppSession): Promise<{ left: string[]; seen: string[] }> {
  const network = { left: [] as string[], seen: [] as string[] };
  await app.context.route('**/*', async (route) => {
    const url = route.request().url();
    network.seen.push(url);
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    network.left.push(url);
    return route.abort('blockedbyclient');
  });
  await app.reload();
  return network;
}

/** The words marked misspelled on screen: the rich text's highlight and the plain fields' marks. */
export function flaggedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...(CSS.highlights.get('spelling-error') ?? [])].map((range) =>
      (range as Range).toString(),
    ),
    ...[...document.querySelectorAll('[data-misspelled]')].flatMap((field) =>
      (field.getAttribute('data-misspelled') ?? '').split(' '),
    ),
  ]);
}

/** Waits until the marks include `expected` and have stopped changing (the worker is done). */
export async function settledFlags(page: Page, expected: string[]): Promise<string[]> {
  let last = '';
  let since = Date.now();
  await expect
    .poll(
      async () => {
        const words = await flaggedWords(page);
        if (words.join('|') !== last) {
          last = words.join('|');
          since = Date.now();
        }
        return expected.every((word) => words.includes(word)) && Date.now() - since > 750;
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe(true);
  return flaggedWords(page);
}

/** Mounts every text section of the shown item (big ones mount when scrolled into view). */
export async function mountSections(page: Page): Promise<void> {
  for (const placeholder of await page.locator('.rt-placeholder').all()) {
    await placeholder.scrollIntoViewIfNeeded();
  }
  await expect.poll(() => page.locator('.rt-placeholder').count()).toBe(0);
}

export async function showItem(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
  await page.getByRole('heading', { name: `Punkt ${number}`, exact: true }).waitFor();
  await mountSections(page);
}

/** The screen position of the first marked occurrence of `word` in the rich text. */
export async function markCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((wanted) => {
    const range = [...(CSS.highlights.get('spelling-error') ?? [])].find(
      (candidate) => (candidate as Range).toString() === wanted,
    );
    if (!(range instanceof Range)) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
  if (!box) throw new Error(`"${word}" is not marked`);
  return box;
}

export async function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.textContent ?? null);
}

/** Waits until a menu item has the keyboard focus (the menu takes it when it opens). */
export async function menuHasFocus(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null))
    .toBe('menuitem');
}

export function editorOf(page: Page, section: string) {
  return page.locator(`[contenteditable="true"][aria-labelledby="section-${section}"]`);
}
