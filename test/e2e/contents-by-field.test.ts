/**
 * A body lists its items by case type: in "Rediger skabelon…" the secretary
 * adds a choice field and groups the contents list by it, sets the field on
 * an item, and the Word file's contents list (read back through
 * LibreOffice) has a group per case type with the item's page.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, renderDocx } from '../export/libreoffice';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { openMeeting } from './screen-fixtures';
import { directorsMeeting } from './template-editor-fixtures';

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))(
  'contents by a choice field',
  () => {
    const suite = useBrowserSuite();

    it('groups the Word contents list by the case type chosen in each item', async () => {
      const app = await suite.open({ viewport: { width: 1280, height: 720 } });
      const { page } = app;
      await openMeeting(app, directorsMeeting(), 'Direktionen');
      await app.emit('app:command', { command: 'meeting.editTemplate' });
      const editor = page.getByRole('dialog', { name: /Rediger skabelon/ });
      await editor.getByRole('button', { name: '+ Tilføj felt' }).click();
      const fields = await editor.locator('[id^="te-field-"][id$="-label"]').count();
      const at = fields - 1;
      await editor.locator(`#te-field-${at}-label`).fill('Sagstype');
      await editor.locator(`#te-field-${at}-kind`).selectOption('choice');
      await editor
        .locator(`#te-field-${at}-choices`)
        .fill('Beslutningssag (B), Orienteringssag (O)');

      await editor
        .getByLabel('Opdeling')
        .selectOption({ label: 'Efter en valgliste (fx Sagstype)' });
      // The only choice list is picked for the secretary.
      await expect
        .poll(() =>
          editor.getByLabel('Valgliste').evaluate((el) => (el as HTMLSelectElement).value),
        )
        .toBe('sagstype');
      await editor.getByLabel('Overskrift, punkter uden valg').fill('Andre sager');
      // The preview groups as the export will: no item has a case type yet.
      await expect
        .poll(() => editor.getByTestId('preview-contents-group-0').textContent())
        .toBe('Andre sager');
      await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
      await editor.waitFor({ state: 'hidden' });

      // Item 1 is a Beslutningssag; item 2 has none.
      await page.getByRole('combobox', { name: 'Sagstype' }).selectOption('Beslutningssag');
      const docx = join(app.dataDir, 'Direktionen.docx');
      app.dialogs.export.push(docx);
      await page.keyboard.press('Control+e');
      await page.getByRole('status').getByText('Eksporteret til «Direktionen.docx».').waitFor();
      const [pages] = renderDocx([{ name: 'contents-by-field', bytes: await fs.readFile(docx) }]);
      const text = normalise((pages ?? []).join('\n'));
      expect(text).toMatch(
        /Indholdsfortegnelse\s+Beslutningssag\s+Status på Nyt Fokus\s*\.*\s*2\s+Andre sager\s+Personalesag vedrørende afskedigelse\s*\.*\s*3/,
      );

      // The body lists its closed items apart, last: the personnel case (closed, no case
      // type) moves from «Andre sager» to «Lukkede sager», which is then the only group for it.
      await app.emit('app:command', { command: 'meeting.editTemplate' });
      await editor.waitFor();
      await editor.getByLabel('Lukkede punkter i en gruppe for sig, sidst').check();
      await editor.getByLabel('Overskrift, lukkede punkter').fill('Lukkede sager');
      await expect
        .poll(() => editor.getByTestId('preview-contents-group-1').textContent())
        .toBe('Lukkede sager');
      await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
      await editor.waitFor({ state: 'hidden' });
      const apart = join(app.dataDir, 'Direktionen-lukkede.docx');
      app.dialogs.export.push(apart);
      await page.keyboard.press('Control+e');
      await page
        .getByRole('status')
        .getByText('Eksporteret til «Direktionen-lukkede.docx».')
        .waitFor();
      const [apartPages] = renderDocx([{ name: 'closed-apart', bytes: await fs.readFile(apart) }]);
      const apartText = normalise((apartPages ?? []).join('\n'));
      expect(apartText).toMatch(
        /Indholdsfortegnelse\s+Beslutningssag\s+Status på Nyt Fokus\s*\.*\s*2\s+Lukkede sager\s+Personalesag vedrørende afskedigelse\s*\.*\s*3/,
      );
      expect(apartText).not.toContain('Andre sager');
      expect(app.pageErrors).toEqual([]);
    }, 120_000);
  },
);
