import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

/** The decisions' texts, top to bottom, as shown. */
function decisionTexts(page: Page): Promise<string[]> {
  return page.getByRole('article').locator('[contenteditable]').allInnerTexts();
}

describe.runIf(requireTools('chromium'))('decisions and undoing deletions', () => {
  const suite = useBrowserSuite();

  it('puts a second "Ny beslutning" on the same day on top; a phrase goes there; undo restores a deleted one in place', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    const newDecision = page.getByRole('button', { name: '+ Ny beslutning' });

    await newDecision.click();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await page.getByRole('article').locator('[contenteditable="true"]').click();
    await page.keyboard.type('Første.');
    await newDecision.click();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.getByRole('article').first().locator('[contenteditable="true"]').click();
    await page.keyboard.type('Anden.');
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.', 'Første.']);

    // A standard phrase goes into the decision on top, the newest.
    await page.getByRole('button', { name: 'Drøftet.' }).click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.', 'Første.']);

    // Deleting the lower one and undoing puts it back below, not on top.
    await page
      .getByRole('article')
      .nth(1)
      .getByRole('button', { name: /^Slet / })
      .click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.']);
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.', 'Første.']);
  });
});
