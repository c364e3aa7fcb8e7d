/**
 * Ctrl+Z from the keyboard brings back what was just deleted (a decision, a
 * participant, a bilag) while its undo is offered, as "Fortryd sletning"
 * does; the item case is in commands.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { liveMeeting, openMeeting } from './screen-fixtures';

describe.runIf(requireTools('chromium'))('undo from the keyboard', () => {
  const suite = useBrowserSuite();

  it('brings back a deleted decision, participant and bilag with Ctrl+Z', async () => {
    const app = await suite.open();
    const { page } = app;
    await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    const offer = page.getByRole('button', { name: 'Fortryd sletning' });

    await page.getByRole('button', { name: /^2\. Budget 2019/ }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page
      .getByRole('button', { name: 'Slet Beslutning Økonomiudvalget den 12-03-2019' })
      .click();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await expect.poll(() => offer.isVisible()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    expect(await page.getByRole('article').first().innerText()).toContain(
      'Indstillingen blev godkendt.',
    );

    app.dialogs.attachment.push('/home/sekretær/Bilag/Tidsplan.pdf');
    await page.getByRole('button', { name: '+ Tilføj bilag' }).click();
    await page.getByLabel('Titel, bilag 1').fill('Tidsplan');
    await page.getByRole('button', { name: 'Slet bilag 1' }).click();
    await expect.poll(() => page.getByLabel('Titel, bilag 1').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('Titel, bilag 1').count()).toBe(1);
    expect(await page.getByLabel('Titel, bilag 1').inputValue()).toBe('Tidsplan');

    await page.keyboard.press('Control+0');
    await page.getByRole('button', { name: 'Fjern Pia Gaarde Nielsen' }).click();
    await expect.poll(() => page.getByLabel('Navn, Pia Gaarde Nielsen').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('Navn, Pia Gaarde Nielsen').count()).toBe(1);
    expect(await offer.count()).toBe(0);
  });
});
