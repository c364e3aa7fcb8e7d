/**
 * "Importér dagsorden fra Word…" with the secretary's own template: the
 * library is read when the import starts (a template saved a moment before
 * is offered), the select says where each template comes from, her own is
 * chosen because its item heading reads the document best, and "Opret
 * møde" makes the meeting in it — its own section holding the text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { serializeTemplateFile } from '../../shared/template/file';
import { templateSchema, type Template } from '../../shared/template/schema';
import { requireTools } from '../support/require-tool';
import { seriousViolations } from '../support/axe';
import { useBrowserSuite } from './browser-suite';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

const ITEMS = ['Cykelsti på Ringvejen', 'Støjskærm ved motorvejen'];

/** The Teknik- og Miljøudvalg's own template: Fagudvalg with "Sag N: titel" and a Miljøvurdering. */
function ownTemplate(): Template {
  const udvalg = structuredClone(builtInTemplate('udvalg') as Template);
  return templateSchema.parse({
    ...udvalg,
    name: 'Fagudvalg',
    item: { ...udvalg.item, heading: 'Sag {nr}: {titel}' },
    sections: [
      ...udvalg.sections,
      { id: 'miljoevurdering', label: 'Miljøvurdering', kind: 'rich-text', help: '' },
    ],
  });
}

/** Its dagsorden: "Sag N: titel" items, numbered sub-headings in the Sagsfremstilling. */
async function dagsorden(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'DAGSORDEN Teknik- og Miljøudvalget d. 03-03-2025',
            heading: HeadingLevel.TITLE,
          }),
          ...ITEMS.flatMap((title, i) => [
            new Paragraph({ text: `Sag ${i + 1}: ${title}`, heading: HeadingLevel.HEADING_1 }),
            new Paragraph(`Sagsnr.: 25/30${i}`),
            new Paragraph({ text: 'Sagsfremstilling', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '1. Økonomi', heading: HeadingLevel.HEADING_3 }),
            new Paragraph('Udgiften holdes inden for rammen.'),
            new Paragraph({ text: '2. Tidsplan', heading: HeadingLevel.HEADING_3 }),
            new Paragraph('Arbejdet begynder til foråret.'),
            new Paragraph({ text: 'Miljøvurdering', heading: HeadingLevel.HEADING_2 }),
            new Paragraph(`Sag ${i + 1} kræver ingen miljøvurdering.`),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

describe.runIf(requireTools('chromium'))('Importér dagsorden fra Word… med egen skabelon', () => {
  const suite = useBrowserSuite();

  it('offers the user’s template by source, picks it, and creates the meeting in it', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    // Saved after the app started: the import lists the library when it starts.
    const folder = join(app.dataDir, 'appdata', 'skabeloner');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tmu.referat-skabelon'), serializeTemplateFile(ownTemplate()));
    writeFileSync(join(folder, 'kladde.referat-skabelon'), 'ikke en skabelon');
    const source = join(app.dataDir, 'tmu.docx');
    writeFileSync(source, await dagsorden());

    app.dialogs.wordAgenda.push(source);
    await page.getByRole('button', { name: 'Importér dagsorden fra Word…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importér dagsorden: tmu.docx' });
    await dialog.waitFor();
    const select = dialog.getByLabel('Skabelon');
    // Her "Fagudvalg" and the built-in one have the same name: the select tells them apart.
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'Direktion',
      'Fagudvalg',
      'Byråd / kommunalbestyrelse',
      'Internt møde',
      'Fagudvalg (min)',
    ]);
    expect(await select.inputValue()).toBe('bruger:tmu.referat-skabelon');
    const rows = () => dialog.locator('.import-items tbody tr').allInnerTexts();
    expect(await rows()).toEqual([
      '1\tCykelsti på Ringvejen\t25/300\tSagsnr., Sagsfremstilling, Miljøvurdering',
      '2\tStøjskærm ved motorvejen\t25/301\tSagsnr., Sagsfremstilling, Miljøvurdering',
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    // The built-in of the same name reads the sub-headings as items; back to her own.
    await select.selectOption({ label: 'Fagudvalg' });
    await expect.poll(rows).toContain('1\tØkonomi\t\tResume');
    await select.selectOption({ label: 'Fagudvalg (min)' });
    await expect
      .poll(rows)
      .toContain('1\tCykelsti på Ringvejen\t25/300\tSagsnr., Sagsfremstilling, Miljøvurdering');

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
        path: join(artifacts, `import-own-template-${size.width}x${size.height}.png`),
      });
    }

    await dialog.getByRole('button', { name: 'Opret møde' }).click();
    await page.locator('#item-title').waitFor();
    expect(await page.locator('#item-title').inputValue()).toBe('Cykelsti på Ringvejen');
    // Her own section, which no built-in has, holds the item's text.
    await expect
      .poll(() => page.getByRole('region', { name: 'Miljøvurdering' }).innerText())
      .toContain('Sag 1 kræver ingen miljøvurdering.');
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});
