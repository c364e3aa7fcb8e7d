/**
 * The municipality's logo, set once in "Rediger skabelon…": «Vælg logo…»
 * opens main's file dialog (scripted here), a file that is no image is
 * refused in Danish, the chosen PNG shows in the form and on the
 * preview's title page at the page's scale, and the Word file carries it
 * on its first page only (read back through LibreOffice).
 */
import { promises as fs, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../shared/export/docx-parts';
import { convertDocx } from '../export/libreoffice';
import { images } from '../export/pdf-inspect';
import { seriousViolations } from '../support/axe';
import { solidPng } from '../support/images';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { openMeeting } from './screen-fixtures';
import { directorsMeeting, openTemplateEditor } from './template-editor-fixtures';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

describe.runIf(requireTools('chromium', 'soffice', 'pdfimages'))('the logo', () => {
  const suite = useBrowserSuite();

  it('is chosen in the template editor, previewed to scale and printed on page 1 of the Word file', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openMeeting(app, directorsMeeting(), 'Direktionen');
    const editor = await openTemplateEditor(app);
    const group = editor.getByRole('group', { name: 'Logo' });
    await expect
      .poll(() => group.getByRole('button', { name: 'Fjern logo' }).isDisabled())
      .toBe(true);
    expect(await group.getByLabel('Bredde').isDisabled()).toBe(true);

    // A file that is no image: refused in Danish beside the button, nothing set.
    const gif = join(app.dataDir, 'logo.gif');
    await fs.writeFile(gif, 'GIF89a not really');
    app.dialogs.logo.push(gif);
    await group.getByRole('button', { name: 'Vælg logo…' }).click();
    await expect
      .poll(() => group.locator('#te-logo-problem').textContent())
      .toBe('«logo.gif»: Logoet skal være et PNG- eller JPEG-billede');
    expect(await editor.getByTestId('preview-logo').count()).toBe(0);

    // A 300 × 100 PNG, 5 cm wide.
    const png = join(app.dataDir, 'kommunelogo.png');
    await fs.writeFile(png, solidPng(300, 100, [20, 80, 160]));
    app.dialogs.logo.push(png);
    await group.getByRole('button', { name: 'Vælg logo…' }).click();
    await group.getByRole('img', { name: 'Det valgte logo' }).waitFor();
    expect(await group.locator('#te-logo-problem').textContent()).toBe('');
    await group.getByLabel('Bredde').selectOption({ label: '5 cm' });

    // On the preview's title page as on A4: 5 of 21 cm wide, its right edge 2.5 cm from the
    // paper's, its top 1.25 cm down, 1/3 as tall as wide.
    const logo = editor.getByTestId('preview-logo');
    await logo.waitFor();
    await logo.scrollIntoViewIfNeeded();
    const paper = await editor.getByTestId('preview-referat').boundingBox();
    const box = await logo.boundingBox();
    if (!paper || !box) throw new Error('no preview boxes');
    const scale = paper.width / 21;
    expect(box.width).toBeCloseTo(5 * scale, 0);
    expect(box.height).toBeCloseTo((5 * scale) / 3, 0);
    expect(paper.x + paper.width - (box.x + box.width)).toBeCloseTo(2.5 * scale, 0);
    expect(box.y - paper.y).toBeCloseTo(1.25 * scale, 0);

    // With a logo chosen, the group's controls are enabled and named; nothing for axe to report.
    expect(await group.getByLabel('Sider').isDisabled()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    mkdirSync(artifacts, { recursive: true });
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'logo-editor-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await group.scrollIntoViewIfNeeded();
    await logo.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'logo-editor-1920x1080.png') });

    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });
    const docx = join(app.dataDir, 'Direktionen.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Direktionen.docx».').waitFor();
    const bytes = await fs.readFile(docx);
    const media = [...readDocx(bytes).keys()].filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const [pdf] = convertDocx([{ name: 'logo-e2e', bytes }]);
    const shown = images(pdf ?? '').map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(shown).toEqual([1]);

    // «Fjern logo» from the keyboard: the preview loses it, the focus stays in the group, and
    // the next Word file has no picture.
    await app.emit('app:command', { command: 'meeting.editTemplate' });
    await editor.waitFor();
    await group.getByRole('button', { name: 'Fjern logo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.getByTestId('preview-logo').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Vælg logo…');
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });
    const plain = join(app.dataDir, 'Direktionen-uden-logo.docx');
    app.dialogs.export.push(plain);
    await page.keyboard.press('Control+e');
    await page
      .getByRole('status')
      .getByText('Eksporteret til «Direktionen-uden-logo.docx».')
      .waitFor();
    const without = [...readDocx(await fs.readFile(plain)).keys()];
    expect(without.filter((path) => path.startsWith('word/media/'))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
