/**
 * The command registry in the real UI: every command runs from wherever it
 * applies (help on the start screen too), and deletions come back with Ctrl+Z
 * for as long as nothing else changed the meeting's structure.
 */
import { describe, expect, it } from 'vitest';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

describe.runIf(requireTools('chromium'))('commands', () => {
  const suite = useBrowserSuite();

  it('shows the grouped shortcut overview from the start screen with F1 and ?, and Om Referat from the menu', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
    const overview = page.getByRole('dialog', { name: 'Tastaturgenveje' });
    for (const key of ['F1', '?']) {
      await page.keyboard.press(key);
      await expect.poll(() => overview.isVisible()).toBe(true);
      const groups = await overview.getByRole('heading', { level: 3 }).allInnerTexts();
      expect(groups).toEqual(['Punkter', 'Tekst', 'Beslutninger', 'Fil', 'Hjælp']);
      await page.keyboard.press('Escape');
      // Gone from the page, not only closed: the next key opens a fresh one.
      await expect.poll(() => overview.count()).toBe(0);
    }
    await app.emit('app:command', { command: 'help.about' });
    const about = page.getByRole('dialog', { name: 'Om Referat' });
    await expect.poll(() => about.isVisible()).toBe(true);
    await expect.poll(() => about.innerText()).toContain('version 0.0.0-test');
  });

  it('deletes an item by key and brings it back with Ctrl+Z while the offer stands, with no timer', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.clock.install();
    await openSeedCopy(app);
    await page.locator('#item-title').waitFor();
    const titles = () => page.locator('.sidebar li').allInnerTexts();
    const before = await titles();
    await page.locator('#item-title').focus();
    await page.keyboard.press('Control+Shift+Delete');
    await expect.poll(async () => (await titles()).length).toBe(before.length - 1);
    const bar = page.getByRole('status').filter({ hasText: 'er slettet' });
    // Long after the old 15-second timer: still offered.
    await page.clock.fastForward(60_000);
    expect(await bar.isVisible()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toEqual(before);
    await expect
      .poll(() => page.locator('#item-title').evaluate((e) => e === document.activeElement))
      .toBe(true);

    // The offer ends with the next structural change.
    await page.keyboard.press('Control+Shift+Delete');
    await expect.poll(() => bar.isVisible()).toBe(true);
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => bar.isVisible()).toBe(false);
  });

  it('runs the top bar buttons through the registry, like their keys', async () => {
    const app = await suite.open();
    const { page } = app;
    await openSeedCopy(app);
    await page.getByRole('button', { name: 'Tastaturgenveje' }).click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Tastaturgenveje' }).isVisible())
      .toBe(true);
  });
});
