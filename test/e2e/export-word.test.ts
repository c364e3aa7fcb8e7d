/**
 * Ctrl+E through the UI: the page hands main only its unsaved changes and
 * main exports the document it holds. Whatever was typed an instant before
 * the key is in the Word file, read back as a reader sees it (LibreOffice →
 * PDF → text), in a meeting that has no file yet and after an undone
 * deletion brought back an item main no longer held.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalise, renderDocx } from '../export/libreoffice';
import type { AppSession } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

/** Ctrl+E, answering the save dialog with `name` in the data folder; the file's bytes. */
async function ctrlE(app: AppSession, name: string): Promise<Uint8Array> {
  const path = join(app.dataDir, name);
  app.dialogs.export.push(path);
  await app.page.keyboard.press('Control+e');
  await app.page.getByRole('status').getByText(`Eksporteret til «${name}».`).waitFor();
  return fs.readFile(path);
}

/** The text of a .docx as LibreOffice prints it. */
function printed(bytes: Uint8Array): string {
  const [pages] = renderDocx([{ name: 'ctrl-e', bytes }]);
  return normalise((pages ?? []).join('\n'));
}

/** The text runs of a .docx body, joined: a quicker look than printing, for the steps in between. */
function bodyText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const baggrund = (page: Page) =>
  page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('Ctrl+E to Word', () => {
  const suite = useBrowserSuite();

  it('exports the words typed right before the key, in a meeting without a file', async () => {
    const exported: string[] = [];
    const app = await suite.open({ prepareExport: () => void exported.push('prepared') });
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    // Main gets the export ready as soon as a meeting is open (the click returns before main answers).
    await expect.poll(() => exported).toEqual(['prepared']);
    await page.getByLabel('Organ').fill('Byrådet');
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await page.keyboard.type('Skolestruktur');
    await baggrund(page).click();
    // No pause for autosave: the key comes straight after the last letter.
    await page.keyboard.type('Forvaltningen har talt med skolerne om planen.');
    let text = printed(await ctrlE(app, 'første.docx'));
    expect(text).toContain('Skolestruktur');
    expect(text).toContain('Forvaltningen har talt med skolerne om planen.');
    expect(app.dialogs.suggestedNames.at(-1)).toMatch(/^Byrådet \d{4}-\d\d-\d\d\.docx$/);

    // Again: main holds the item now, only the new words cross.
    await page.keyboard.type(' Sidste ord før eksporten.');
    text = printed(await ctrlE(app, 'anden.docx'));
    expect(text).toContain(
      'Forvaltningen har talt med skolerne om planen. Sidste ord før eksporten.',
    );
    expect(app.pageErrors).toEqual([]);
  }, 180_000);

  it('exports an item brought back by undo after main had let it go', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    for (const title of ['Budget', 'Skoler']) {
      await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
      await page.getByLabel('Titel', { exact: true }).fill(title);
    }
    await baggrund(page).click();
    await page.keyboard.type('Skolernes tekst, der skal med.');
    // Exported once with the text: main holds the item, the page knows it does.
    expect(bodyText(await ctrlE(app, 'alle.docx'))).toContain('Skolernes tekst, der skal med.');
    await page.getByRole('button', { name: 'Slet punkt' }).click();
    const entries = page.getByRole('navigation').getByRole('list').getByRole('button');
    await expect.poll(() => entries.count()).toBe(1);
    // The deletion reaches main (an export applies it as an autosave would).
    expect(bodyText(await ctrlE(app, 'uden.docx'))).not.toContain('Skolernes tekst');
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => entries.count()).toBe(2);

    const text = printed(await ctrlE(app, 'med.docx'));
    expect(text).toContain('Skoler');
    expect(text).toContain('Skolernes tekst, der skal med.');
    expect(app.pageErrors).toEqual([]);
  }, 180_000);
});
