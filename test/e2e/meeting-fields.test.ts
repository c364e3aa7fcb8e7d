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
});
