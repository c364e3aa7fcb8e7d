import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const seedFixture = resolve(import.meta.dirname, '../fixtures/direktionen-2018-01-29.referat');

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') ?? '');
const sidebarTitles = (page: Page) =>
  page
    .locator('.sidebar-items .sidebar-entry')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));

describe.runIf(requireTools('chromium'))('live-meeting keyboard flow', () => {
  const suite = useBrowserSuite();

  async function openSeed() {
    const app = await suite.open();
    const path = join(app.dataDir, 'Direktionen.referat');
    await fs.copyFile(seedFixture, path);
    app.dialogs.open.push(path);
    await expect
      .poll(() => app.page.getByRole('button', { name: 'Nyt møde' }).isVisible())
      .toBe(true);
    await app.page.keyboard.press('Control+o');
    await expect.poll(() => app.page.locator('#item-title').count()).toBe(1);
    return app;
  }

  it('moves between items and into the Beslutning without the mouse, keeping focus', async () => {
    const { page } = await openSeed();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('#item-heading').innerText()).toBe('Punkt 2');
    expect(await focusedId(page)).toBe('item-title');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('#item-heading').innerText()).toBe('Punkt 1');
    expect(await focusedId(page)).toBe('item-title');

    await page.keyboard.press('Control+d');
    await expect.poll(() => focusedLabel(page)).toBe('decision-d-1-2018-01-29');

    // A new decision, then a standard phrase by number from the picker.
    await page.keyboard.press('Control+Shift+d');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.keyboard.press('Control+Shift+f');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Standardformuleringer' }).isVisible())
      .toBe(true);
    await page.keyboard.press('2');
    // The new decision has the meeting's date like the old one, so it is on top.
    await expect
      .poll(() => page.getByRole('article').first().locator('[contenteditable]').innerText())
      .toBe('Godkendt.');

    await page.keyboard.press('Control+0');
    await expect.poll(() => focusedId(page)).toBe('meeting-body');
    // The caret is in Organ, where "?" is a character: F1 opens the overview from anywhere.
    await page.keyboard.press('F1');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Tastaturgenveje' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('dialog').innerText()).toContain('Gå til beslutning');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('reorders, duplicates, deletes and undoes with numbering following the order', async () => {
    const { page } = await openSeed();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect
      .poll(() => sidebarTitles(page))
      .toEqual([
        expect.stringMatching(/^1\.Status på direktionens/),
        expect.stringMatching(/^2\.Status på Nyt Fokus/),
        expect.stringMatching(/^3\.Tidsplan/),
        expect.stringMatching(/^4\.Personalesag.*lukket/),
      ]);
    expect(await page.locator('#item-heading').innerText()).toBe('Punkt 2');

    await page.getByRole('button', { name: 'Duplikér punkt' }).click();
    await expect.poll(() => sidebarTitles(page).then((t) => t.length)).toBe(5);
    expect((await sidebarTitles(page))[2]).toMatch(/^3\.Status på Nyt Fokus.*\(kopi\)/);

    await page.getByRole('button', { name: 'Slet punkt' }).click();
    await expect.poll(() => sidebarTitles(page).then((t) => t.length)).toBe(4);
    expect(await page.getByRole('status').filter({ hasText: 'er slettet' }).innerText()).toContain(
      'Punkt 2 «Status på Nyt Fokus',
    );
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => sidebarTitles(page).then((t) => t.length)).toBe(5);
    expect((await sidebarTitles(page))[1]).toMatch(/^2\.Status på Nyt Fokus/);
  });

  it('nests and un-nests list items with Tab and Shift+Tab, and Tab leaves a paragraph', async () => {
    const { page } = await openSeed();
    await page.keyboard.press('Alt+ArrowDown');
    const recommendation = page.locator(
      '[contenteditable="true"][aria-labelledby="section-indstilling"]',
    );
    await recommendation.locator('li').nth(1).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    await expect.poll(() => recommendation.locator('ol ol li').count()).toBe(1);
    expect(await focusedLabel(page)).toBe('section-indstilling');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => recommendation.locator('ol ol li').count()).toBe(0);

    // Outside a list Tab moves on (no keyboard trap).
    await recommendation.locator('p').first().click();
    // Wait until Lexical has taken the click's caret (its toolbar shows "not in a list").
    const numbered = page
      .getByRole('toolbar', { name: 'Formatering af Indstilling' })
      .getByRole('button', { name: 'Nummereret liste' });
    await expect.poll(() => numbered.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('+ Ny beslutning');
  });

  it('switches items from inside a text section, keeps undo to the field in use, and reorders by drag and from the menu', async () => {
    const app = await openSeed();
    const { page } = app;
    const background = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await background.click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('#item-heading').innerText()).toBe('Punkt 2');

    // Type in a section, then in the title: Ctrl+Z in the title undoes the title only.
    await background.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tilføjet.');
    const title = page.locator('#item-title');
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' X');
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => title.inputValue())
      .toBe('Status på direktionens porteføljeliste - januar 2018');
    expect(await background.innerText()).toContain('Tilføjet.');

    // Drag item 4 to the top; numbering follows.
    const rows = page.locator('.sidebar-items li');
    await rows.nth(3).dragTo(rows.nth(0));
    await expect.poll(() => sidebarTitles(page).then((t) => t[0])).toMatch(/^1\.Personalesag/);

    // The Hjælp menu sends a command; the overview opens.
    await app.emit('app:command', { command: 'help.shortcuts' });
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Tastaturgenveje' }).isVisible())
      .toBe(true);
  });
});
