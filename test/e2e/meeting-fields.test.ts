/**
 * A template's meeting field (Byråd's «Bemærkninger») is written under
 * Mødeoplysninger, kept in the meeting file by autosave, and printed as its
 * header line in the Word file, read back as a reader sees it.
 */
import { promises as fs, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { normalise, renderDocx } from '../export/libreoffice';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { openMeeting } from './screen-fixtures';
import { directorsMeeting } from './template-editor-fixtures';

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('meeting fields', () => {
  const suite = useBrowserSuite();

  it('are written under Mødeoplysninger, saved, and printed in the header of the Word file', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await page.getByLabel('med skabelonen').selectOption({ label: 'Byråd / kommunalbestyrelse' });
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByLabel('Organ').fill('Byrådet');
    const remarks = page.getByRole('textbox', { name: 'Bemærkninger' });
    await remarks.fill('Bo Jensen deltog ikke i den lukkede del af mødet.');
    // The template's help is tied to the field for a screen reader.
    await expect
      .poll(() => remarks.evaluate((el) => el.getAttribute('aria-describedby')))
      .toBe('meeting-field-bemaerkninger-help');

    // Lined up with the form's other fields, and nothing squeezed at 1280×720.
    const venue = await page.getByLabel('Mødested').boundingBox();
    const box = await remarks.boundingBox();
    expect(box && venue).toBeTruthy();
    expect(Math.abs(box!.x - venue!.x)).toBeLessThan(1);
    expect(Math.abs(box!.width - venue!.width)).toBeLessThan(1);
    mkdirSync('test-artifacts', { recursive: true });
    await remarks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join('test-artifacts', 'meeting-fields-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join('test-artifacts', 'meeting-fields-1920x1080.png') });

    const path = join(app.dataDir, 'Byrådet.referat');
    app.dialogs.save.push(path);
    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => {
        const read = await fs
          .readFile(path, 'utf8')
          .then(readMeetingFile)
          .catch(() => null);
        return read?.ok ? read.meeting.fields : null;
      })
      .toEqual({ bemaerkninger: 'Bo Jensen deltog ikke i den lukkede del af mødet.' });

    const docx = join(app.dataDir, 'Byrådet.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Byrådet.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'meeting-fields', bytes: await fs.readFile(docx) }]);
    expect(normalise((pages ?? []).join('\n'))).toMatch(
      /Bemærkninger\s+Bo Jensen deltog ikke i den lukkede del af mødet\./,
    );
  });

  it('are made in the template editor, with the line under the title that prints them', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openMeeting(app, directorsMeeting(), 'Direktionen');
    await app.emit('app:command', { command: 'meeting.editTemplate' });
    const editor = page.getByRole('dialog', { name: /Rediger skabelon/ });
    await editor.getByRole('button', { name: '+ Tilføj mødefelt' }).click();
    const name = editor.locator('#te-meeting-field-0-label');
    // Focus goes to the new field's name, ready to be typed over.
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Møde nr.');
    await expect.poll(() => editor.getByText('pladsholder: {moede-nr}').count()).toBe(1);
    // The new field came with a line under the title, which followed the name.
    const lines = await editor
      .locator('[id^="te-header-"][id$="-value"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(lines.at(-1)).toBe('{moede-nr}');
    await editor.locator('#te-meeting-field-0-help').fill('Mødets nummer i år');
    mkdirSync('test-artifacts', { recursive: true });
    await editor.locator('#te-add-meeting-field').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join('test-artifacts', 'template-meeting-fields-1280x720.png') });
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await page.getByRole('textbox', { name: 'Møde nr.' }).fill('5');
    const docx = join(app.dataDir, 'Direktionen.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Direktionen.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'meeting-field-editor', bytes: await fs.readFile(docx) }]);
    expect(normalise((pages ?? []).join('\n'))).toMatch(/Møde nr\.\s+5\b/);
  });
});
