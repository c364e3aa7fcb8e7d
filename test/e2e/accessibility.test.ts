import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedFixture = join(repoRoot, 'test/fixtures/direktionen-2018-01-29.referat');
const artifacts = join(repoRoot, 'test-artifacts');
describe.runIf(requireTools('chromium'))('accessibility of the main screens', () => {
  const suite = useBrowserSuite();

  it('has no serious axe violations on the start screen, header form, item form and dialogs', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 2600 } });
    const { page } = app;
    const path = join(app.dataDir, 'Direktionen.referat');
    await fs.copyFile(seedFixture, path);
    app.settings.rememberRecent(path, 'Direktionen 29-01-2018', new Date());
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: /Direktionen 29-01-2018/ }).isVisible())
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Direktionen 29-01-2018/ }).click();
    await expect
      .poll(() => page.locator('#item-title').inputValue())
      .toContain('Status på Nyt Fokus');
    // Mount every section (the big one mounts when scrolled into view).
    await page
      .locator('[aria-labelledby="section-sagsfremstilling"]')
      .first()
      .scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[contenteditable="true"]').count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);

    // The form of the seed's item 1, kept as a test artifact (out of git).
    await fs.mkdir(artifacts, { recursive: true });
    await page.locator('.editor-main').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'item-1-form.png'), fullPage: true });

    // The toolbar with its table group (caret in a table) and the link box open.
    const background = page.getByRole('region', { name: 'Baggrund' });
    await background.locator('[contenteditable="true"]').click();
    const toolbar = page.getByRole('toolbar', { name: 'Formatering af Baggrund' });
    await toolbar.getByRole('button', { name: 'Indsæt tabel' }).click();
    await expect.poll(() => toolbar.getByRole('group', { name: 'Tabel' }).count()).toBe(1);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByLabel('Linkadresse').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await expect.poll(() => page.getByLabel('Organ').inputValue()).toBe('Direktionen');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tastaturgenveje' }).click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Tastaturgenveje' }).isVisible())
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
