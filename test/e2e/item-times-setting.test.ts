/**
 * Item times (Ctrl+Shift+O / Ctrl+Shift+L) depend on the template's
 * "recordTimes". Where it is off the keys explain themselves, and the
 * template editor turns it on: no JSON editing needed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeedCopy } from '../support/renderer-harness';
import { useBrowserSuite } from './browser-suite';

const suite = useBrowserSuite();

describe('item times', () => {
  it('say where to turn them on when the template has them off, and work once the template editor turns them on', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openSeedCopy(app);
    await page.getByRole('heading', { name: 'Punkt 1', exact: true }).waitFor();
    const status = page.locator('.live-times-off');
    await expect.poll(() => status.textContent()).toBe('');

    const title = page.getByRole('textbox', { name: 'Titel' }).first();
    await title.focus();
    const before = await title.boundingBox();
    await page.keyboard.press('Control+Shift+O');
    await expect
      .poll(() => status.textContent())
      .toContain('Skabelonen noterer ikke, hvornår punkterne åbnes og afsluttes');
    expect(await page.getByRole('button', { name: 'Åbn punkt' }).count()).toBe(0);
    // The line floats: the fields do not jump while the secretary types, and it is all in view.
    expect(await title.boundingBox()).toEqual(before);
    const line = await status.boundingBox();
    expect(line).not.toBeNull();
    expect(line!.x).toBeGreaterThanOrEqual(0);
    expect(line!.y + line!.height).toBeLessThanOrEqual(720);
    expect(line!.x + line!.width).toBeLessThanOrEqual(1280);
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: join('test-artifacts', 'item-times-off-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join('test-artifacts', 'item-times-off-1920x1080.png') });

    // The next key takes it away, so it never covers the text being typed.
    await page.keyboard.press('End');
    await expect.poll(() => status.textContent()).toBe('');

    await app.emit('app:command', { command: 'meeting.editTemplate' });
    const editor = page.getByRole('dialog');
    const times = editor.getByRole('checkbox', { name: 'Notér hvornår punkterne behandles' });
    await times.check();
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Åbn punkt' }).waitFor();
    await page.getByRole('textbox', { name: 'Titel' }).first().focus();
    await page.keyboard.press('Control+Shift+O');
    await expect
      .poll(() => page.locator('#item-times').textContent())
      .toMatch(/^Åbnet kl\. \d\d\.\d\d/);
  });
});
