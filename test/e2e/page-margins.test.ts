/**
 * A body prints its name and the date at the top of every page and its own
 * footer: in "Rediger skabelon…" the secretary writes both, the preview
 * shows page 2's lines, and the Word file (read back through LibreOffice)
 * has them on its pages, with no header over the title.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, renderDocx } from '../export/libreoffice';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { openMeeting } from './screen-fixtures';
import { directorsMeeting, openTemplateEditor } from './template-editor-fixtures';

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('page header and footer', () => {
  const suite = useBrowserSuite();

  it('are written in the template editor and printed on the Word file’s pages', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openMeeting(app, directorsMeeting(), 'Direktionen');
    const editor = await openTemplateEditor(app);
    await editor.getByLabel('Sidehoved', { exact: true }).fill('{organ} – Referat – {dato:lang}');
    await editor.getByLabel('Sidefod', { exact: true }).fill('{organ} · side {side} af {sider}');
    await expect
      .poll(() => editor.getByTestId('preview-page-header').textContent())
      .toBe('Direktionen – Referat – 29. januar 2018');
    await expect
      .poll(() => editor.getByTestId('preview-page-footer').textContent())
      .toBe('Direktionen · side 2 af 12');
    // A placeholder the page has not is named beside the field, in Danish.
    await editor.getByLabel('Sidefod', { exact: true }).fill('Side {nr}');
    await expect
      .poll(() => editor.locator('#te-page-footer-problem').textContent())
      .toContain('ukendte pladsholder {nr}');
    await editor.getByLabel('Sidefod', { exact: true }).fill('{organ} · side {side} af {sider}');
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });

    const docx = join(app.dataDir, 'Direktionen.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Direktionen.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'page-margins-e2e', bytes: await fs.readFile(docx) }]);
    const printed = (pages ?? []).map(normalise);
    expect(printed.length).toBeGreaterThan(1);
    printed.forEach((text, i) => {
      expect(text.includes('Direktionen – Referat – 29. januar 2018'), `page ${i + 1}`).toBe(i > 0);
      expect(text).toContain(`Direktionen · side ${i + 1} af ${printed.length}`);
    });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
