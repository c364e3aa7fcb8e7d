/**
 * "Slet skabelon…" in Skabeloner…: only under the user's own templates,
 * asking first with the safe answer focused, and the list keeps the focus
 * once the template is gone.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_TEMPLATE_FOLDER } from '../../electron/main/templates/template-library';
import { plainTemplate, templateFileText } from '../support/bad-templates';
import { useBrowserSuite } from './browser-suite';

const suite = useBrowserSuite();

describe('deleting a template', () => {
  it('asks first, deletes only the user’s own template and keeps the focus in the list', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const folder = join(app.dataDir, 'appdata', USER_TEMPLATE_FOLDER);
    mkdirSync(folder, { recursive: true });
    const own = { ...plainTemplate(), id: 'aeldreraadet', name: 'Ældrerådet' };
    writeFileSync(join(folder, 'aeldreraadet.referat-skabelon'), templateFileText(own));

    await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
    await app.emit('app:command', { command: 'file.templates' });
    const library = page.getByRole('dialog', { name: 'Skabeloner' });
    const list = library.getByRole('listbox', { name: 'Skabeloner' });
    await list.waitFor();
    // Built-in templates cannot be deleted: no button under them.
    await list.selectOption({ label: 'Fagudvalg' });
    expect(await library.getByRole('button', { name: 'Slet skabelon…' }).count()).toBe(0);

    await list.selectOption({ label: 'Ældrerådet' });
    await library.getByRole('button', { name: 'Slet skabelon…' }).click();
    const question = library.getByRole('group', { name: /Slet «Ældrerådet»\?/ });
    await question.waitFor();
    expect(await question.textContent()).toContain('beholder deres egen kopi');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: join('test-artifacts', 'template-delete-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join('test-artifacts', 'template-delete-1920x1080.png') });
    // The safe answer has the focus: Enter keeps the template.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Fortryd');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Slet skabelon…');
    expect(readdirSync(folder)).toEqual(['aeldreraadet.referat-skabelon']);

    await library.getByRole('button', { name: 'Slet skabelon…' }).click();
    await library.getByRole('button', { name: 'Slet skabelon', exact: true }).click();
    await expect.poll(() => readdirSync(folder)).toEqual([]);
    await expect
      .poll(() => library.getByRole('alert').first().textContent())
      .toContain('«Ældrerådet» er slettet');
    expect(await list.locator('option', { hasText: 'Ældrerådet' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Skabeloner',
    );
  });
});
