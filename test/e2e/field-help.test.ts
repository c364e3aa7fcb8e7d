/**
 * A choice list's help text, like a text field's: written in the template
 * editor («Rediger skabelon…»), then shown under the list in the item's
 * form, where nothing overlaps at either window size.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

describe.runIf(requireTools('chromium'))('a choice list’s help text', () => {
  const suite = useBrowserSuite();

  it('is written in the template editor and shown under the list in the item form', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await page.getByLabel('med skabelonen').selectOption({ label: 'Fagudvalg' });
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    // The key is for the editor screen: wait until it is there, or a loaded machine loses it.
    await page.getByRole('button', { name: '+ Tilføj punkt' }).waitFor();
    await page.keyboard.press('Control+Shift+Enter');
    await page.locator('#item-field-sagstype').waitFor();

    await app.emit('app:command', { command: 'meeting.editTemplate' });
    const editor = page.getByRole('dialog', { name: /Rediger skabelon/ });
    // Fagudvalg's first field, Sagstype, is a choice list.
    const help = editor.locator('#te-field-0-help');
    await help.fill('Beslutningssag, når udvalget skal beslutte; ellers Orienteringssag.');
    const row = await help.evaluate((input) =>
      [...(input.closest('li')?.children ?? [])]
        .filter((c) => c.getBoundingClientRect().width > 0)
        .map((c) => {
          const r = c.getBoundingClientRect();
          return { text: c.textContent?.trim() ?? c.id, r: [r.left, r.top, r.right, r.bottom] };
        }),
    );
    const overlapping = row.flatMap((a, i) =>
      row
        .slice(i + 1)
        .filter(
          (b) =>
            a.r[0]! < b.r[2]! - 0.5 &&
            b.r[0]! < a.r[2]! - 0.5 &&
            a.r[1]! < b.r[3]! - 0.5 &&
            b.r[1]! < a.r[3]! - 0.5,
        )
        .map((b) => `${a.text} / ${b.text}`),
    );
    // Name, kind, choices, «Udskrives», the help line, the buttons, the placeholder line.
    expect(row.length).toBeGreaterThanOrEqual(9);
    expect(overlapping).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await help.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'field-help-editor-1280x720.png') });
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });

    const select = page.locator('#item-field-sagstype');
    const shown = page.locator('#item-field-sagstype-help');
    await expect
      .poll(() => select.getAttribute('aria-describedby'))
      .toBe('item-field-sagstype-help');
    expect(await shown.innerText()).toBe(
      'Beslutningssag, når udvalget skal beslutte; ellers Orienteringssag.',
    );
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      const [list, text, label, next] = await Promise.all([
        select.boundingBox(),
        shown.boundingBox(),
        page.locator('label[for="item-field-sagstype"]').boundingBox(),
        page.locator('label[for="item-field-kompetence"]').boundingBox(),
      ]);
      // The label level with the list, not with the list and its help together.
      const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
      expect(Math.abs(middle(label!) - middle(list!))).toBeLessThan(4);
      // Under the list, in its column, above the next field's row.
      expect(text!.y).toBeGreaterThanOrEqual(list!.y + list!.height - 0.5);
      expect(Math.abs(text!.x - list!.x)).toBeLessThan(1);
      expect(text!.x).toBeGreaterThan(label!.x + label!.width);
      expect(next!.y).toBeGreaterThanOrEqual(text!.y + text!.height - 0.5);
      await page.screenshot({
        path: join(artifacts, `field-help-item-${size.width}x${size.height}.png`),
      });
    }
  });
});
