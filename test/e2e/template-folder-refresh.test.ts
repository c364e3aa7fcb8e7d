/**
 * A template file copied into the user's folder while the app runs (IT, a
 * colleague's file) is offered by the start screen's chooser once the
 * window has the focus again, and by Skabeloner… when it opens: no restart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_TEMPLATE_FOLDER } from '../../electron/main/templates/template-library';
import { plainTemplate, templateFileText } from '../support/bad-templates';
import { useBrowserSuite } from './browser-suite';

const suite = useBrowserSuite();

describe('templates added while the app runs', () => {
  it('are offered on the start screen after the window regains focus, and in Skabeloner…', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const chooser = page.getByLabel('med skabelonen');
    await chooser.waitFor();
    const labels = () => chooser.locator('option').allTextContents();
    await expect.poll(labels).not.toEqual([]);
    expect((await labels()).some((label) => label.includes('Ældrerådet'))).toBe(false);

    const folder = join(app.dataDir, 'appdata', USER_TEMPLATE_FOLDER);
    mkdirSync(folder, { recursive: true });
    const own = { ...plainTemplate(), id: 'aeldreraadet', name: 'Ældrerådet' };
    writeFileSync(join(folder, 'aeldreraadet.referat-skabelon'), templateFileText(own));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(async () => (await labels()).some((l) => l.includes('Ældrerådet')))
      .toBe(true);

    const second = { ...plainTemplate(), id: 'handicapraadet', name: 'Handicaprådet' };
    writeFileSync(join(folder, 'handicapraadet.referat-skabelon'), templateFileText(second));
    await app.emit('app:command', { command: 'file.templates' });
    const list = page.getByRole('dialog', { name: 'Skabeloner' }).getByRole('listbox');
    await expect
      .poll(() => list.locator('option').allTextContents())
      .toContainEqual(expect.stringContaining('Handicaprådet'));
  });
});
