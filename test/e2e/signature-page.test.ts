/**
 * "Underskriftsside efter sidste punkt" in the template editor: the preview
 * shows it, and the Word file ends with the page, read back through
 * LibreOffice: the heading and the members present, not the secretary.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, renderDocx } from '../export/libreoffice';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { openMeeting } from './screen-fixtures';
import { directorsMeeting } from './template-editor-fixtures';

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('the signature page', () => {
  const suite = useBrowserSuite();

  it('is turned on in the template editor, after the closing line, and ends the Word file', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const meeting = directorsMeeting();
    meeting.endTime = '10:00';
    await openMeeting(app, meeting, 'Direktionen');
    await app.emit('app:command', { command: 'meeting.editTemplate' });
    const editor = page.getByRole('dialog', { name: /Rediger skabelon/ });
    const title = editor.locator('#te-signatures-title');
    await expect.poll(() => title.isDisabled()).toBe(true);
    await editor.getByLabel('Underskriftsside efter sidste punkt').check();
    await title.fill('Underskriftsblad');
    await expect
      .poll(() => editor.getByTestId('preview-signatures').textContent())
      .toContain('Underskriftsblad');
    // The closing line, after the last item: the meeting has an end time (10:00).
    await editor.getByLabel('Slutlinje').fill('[Mødet hævet kl. {slut}.]');
    await expect
      .poll(() => editor.getByTestId('preview-closing').textContent())
      .toBe('Mødet hævet kl. 10:00.');
    await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
    await editor.waitFor({ state: 'hidden' });

    const docx = join(app.dataDir, 'Direktionen.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Direktionen.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'signature-page', bytes: await fs.readFile(docx) }]);
    const last = normalise(pages?.at(-1) ?? '');
    // The line ends the last item's page, before the signature page.
    expect(normalise(pages?.at(-2) ?? '')).toMatch(/Mødet hævet kl\. 10:00\. Side \d+ af \d+$/);
    expect(last).toMatch(/^Underskriftsblad\b/);
    const members = meeting.participants.filter((p) => !/sekretær/i.test(p.role));
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) expect(last).toContain(member.name);
    expect(last).not.toContain('Kathrine Skastrup');
  }, 120_000);
});
