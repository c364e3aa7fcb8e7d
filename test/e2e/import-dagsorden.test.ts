/**
 * Issue 11, done when: a Word dagsorden imported through the UI (the open
 * dialog scripted, the real import handlers), the preview read with another
 * template and back, "Opret møde", a decision typed, then the public PDF and
 * the public .docx exported — both with the contents list's page numbers
 * equal to the pages the items land on.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentsNumbers, headingPages, renderDocx } from '../export/libreoffice';
import { requireTools } from '../support/require-tool';
import { seriousViolations } from '../support/axe';
import { useBrowserSuite } from './browser-suite';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

const TITLES = ['Budgetopfølgning 2. kvartal', 'Ny parkeringsstrategi', 'Eventuelt'];

/** A dagsorden as a case system writes it: Heading 1 items, Heading 2 sections, a contents list on top. */
async function wordDagsorden(): Promise<Uint8Array> {
  const long = 'Forvaltningen har gennemgått budgettet for alle områder og vurderer forbruget. ';
  const children = [
    new Paragraph({ text: 'DAGSORDEN Direktionen d. 03-03-2025', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Mødedato', bold: true }),
        new TextRun('\tMandag d. 3. marts 2025 kl. 09:00'),
      ],
    }),
    new Paragraph('Mødested: Rådhuset, lokale 2'),
    new TableOfContents('Indholdsfortegnelse', { hyperlink: true, headingStyleRange: '1-1' }),
    ...TITLES.flatMap((title, i) => [
      new Paragraph({
        text: `Punkt ${i + 1}: ${title}`,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
      new Paragraph(`Sagsnr.: 25/10${i}`),
      new Paragraph({ text: 'Baggrund', heading: HeadingLevel.HEADING_2 }),
      new Paragraph(`Baggrunden for punkt ${i + 1}.`),
      new Paragraph({ text: 'Sagsfremstilling', heading: HeadingLevel.HEADING_2 }),
      // Item 1 runs over several pages, so the later items' page numbers are not simply 2, 3, 4.
      ...Array.from(
        { length: i === 0 ? 60 : 2 },
        (_, n) => new Paragraph(`${n + 1}. ${long.repeat(3)}`),
      ),
    ]),
  ];
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function previewRows(page: Page): Promise<string[]> {
  return page.locator('.import-items tbody tr').allInnerTexts();
}

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))(
  'Importér dagsorden fra Word…',
  () => {
    const suite = useBrowserSuite();

    it('imports a Word dagsorden, takes a decision, and exports the public PDF and .docx with right contents pages', async () => {
      const app = await suite.open({ viewport: { width: 1280, height: 720 } });
      const { page } = app;
      const source = join(app.dataDir, 'dagsorden.docx');
      writeFileSync(source, await wordDagsorden());

      app.dialogs.wordAgenda.push(source);
      await page.getByRole('button', { name: 'Importér dagsorden fra Word…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importér dagsorden: dagsorden.docx' });
      await dialog.waitFor();
      // The template that reads it best is chosen: the Direktion's "Punkt N: titel".
      expect(await dialog.getByLabel('Skabelon').inputValue()).toBe('indbygget:direktionen');
      expect(await previewRows(page)).toEqual([
        '1\tBudgetopfølgning 2. kvartal\t25/100\tSagsnr., Baggrund, Sagsfremstilling',
        '2\tNy parkeringsstrategi\t25/101\tSagsnr., Baggrund, Sagsfremstilling',
        '3\tEventuelt\t25/102\tSagsnr., Baggrund, Sagsfremstilling',
      ]);
      await expect.poll(() => dialog.innerText()).toContain('Rådhuset, lokale 2');
      expect(await seriousViolations(page)).toEqual([]);

      // Another template reads the same document differently: Fagudvalg has no Baggrund.
      await dialog.getByLabel('Skabelon').selectOption({ label: 'Fagudvalg' });
      await expect
        .poll(() => previewRows(page))
        .toContain('1\tBudgetopfølgning 2. kvartal\t25/100\tSagsnr., Resume, Sagsfremstilling');
      await expect
        .poll(() => dialog.innerText())
        .toContain('(«Baggrund Baggrunden for punkt 1.») er lagt i Resume');

      // The dialog fits the smallest window, its button in view (boxes, not only a picture).
      mkdirSync(artifacts, { recursive: true });
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        const box = await dialog.boundingBox();
        const button = await dialog.getByRole('button', { name: 'Opret møde' }).boundingBox();
        expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width).toBe(true);
        expect(button && button.y + button.height <= size.height).toBe(true);
        await page.screenshot({
          path: join(artifacts, `import-preview-${size.width}x${size.height}.png`),
        });
      }

      await dialog.getByLabel('Skabelon').selectOption({ label: 'Direktion' });
      await expect
        .poll(() => previewRows(page))
        .toContain('1\tBudgetopfølgning 2. kvartal\t25/100\tSagsnr., Baggrund, Sagsfremstilling');
      await dialog.getByRole('button', { name: 'Opret møde' }).click();
      await page
        .getByText('DAGSORDEN Direktionen d. 03-03-2025')
        .or(page.getByText('REFERAT Direktionen d. 03-03-2025'))
        .first()
        .waitFor();

      // The secretary takes the decision on item 1 (open on import).
      await page.getByRole('button', { name: '+ Ny beslutning' }).click();
      await page.getByRole('article').locator('[contenteditable="true"]').click();
      await page.keyboard.type('Budgetopfølgningen blev godkendt.');

      const folder = join(app.dataDir, 'ud');
      mkdirSync(folder);
      app.dialogs.export.push(join(folder, 'offentlig.pdf'));
      await app.emit('app:command', { command: 'file.exportPublicPdf' });
      await page.getByRole('status').getByText('Eksporteret til «offentlig.pdf».').waitFor();
      app.dialogs.export.push(join(folder, 'offentlig.docx'));
      await app.emit('app:command', { command: 'file.exportPublic' });
      await page.getByRole('status').getByText('Eksporteret til «offentlig.docx».').waitFor();

      const pdf = execFileSync('pdftotext', ['-layout', join(folder, 'offentlig.pdf'), '-'])
        .toString('utf8')
        .split('\f')
        .filter((page, n, all) => n < all.length - 1 || page.trim() !== '');
      const [word] = renderDocx([
        { name: 'offentlig', bytes: new Uint8Array(readFileSync(join(folder, 'offentlig.docx'))) },
      ]);
      for (const pages of [pdf, word ?? []]) {
        const landed = headingPages(pages);
        expect([...landed.keys()]).toEqual([1, 2, 3]);
        // Item 1's 60 paragraphs push items 2 and 3 beyond pages 3 and 4.
        expect(landed.get(2)).toBeGreaterThan(3);
        expect(contentsNumbers(pages, TITLES)).toEqual(TITLES.map((_, i) => landed.get(i + 1)));
        const text = pages.join('\n');
        expect(text).toContain('REFERAT Direktionen d. 03-03-2025');
        expect(text).toContain('Budgetopfølgningen blev godkendt.');
        expect(text).toContain('25/101');
      }
      expect(app.pageErrors).toEqual([]);
    }, 180_000);

    it('says in one Danish line why a .doc cannot be imported, and creates nothing', async () => {
      const app = await suite.open();
      const source = join(app.dataDir, 'gammel.docx');
      writeFileSync(
        source,
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
      );
      app.dialogs.wordAgenda.push(source);
      await app.page.getByRole('button', { name: 'Importér dagsorden fra Word…' }).click();
      await app.page
        .getByRole('alert')
        .getByText(/«gammel\.docx» er et ældre Word-dokument \(\.doc\)/)
        .waitFor();
      expect(await app.page.getByRole('dialog').count()).toBe(0);
      await app.page.getByRole('button', { name: 'Nyt møde' }).waitFor();
    }, 60_000);
  },
);
