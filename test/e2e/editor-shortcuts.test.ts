import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

/** A new meeting with one item, the caret in its Baggrund. */
async function newItemBackground(page: Page) {
  await page.getByRole('button', { name: 'Nyt møde' }).click();
  await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
  const section = page.getByRole('region', { name: 'Baggrund' });
  const editor = section.locator('[contenteditable="true"]');
  await editor.click();
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
  return { section, editor };
}

describe.runIf(requireTools('chromium'))('editor shortcuts', () => {
  const suite = useBrowserSuite();

  it('starts lists from "- ", "* " and "1. " in a paragraph only; Ctrl+Z right after gives the text back', async () => {
    const { page } = await suite.open();
    const { editor } = await newItemBackground(page);

    await page.keyboard.type('- Budget');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tidsplan');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('* Ny liste');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Første');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Anden');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // Undone right after the conversion: a plain paragraph that starts "1. ".
    await page.keyboard.type('1. ');
    await page.keyboard.press('Control+z');
    await page.keyboard.type('kvartal blev godt.');
    await page.keyboard.press('Enter');
    // A subhead stays a heading.
    await page.keyboard.press('Control+Alt+3');
    await page.keyboard.type('2. Organiseringen');
    // In a table cell "- 5" is a negative figure.
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar').getByRole('button', { name: 'Indsæt tabel' }).click();
    await page.keyboard.type('- 5');

    const blocks = () =>
      editor.evaluate((root) =>
        [...root.children].map((block) => `${block.tagName}:${(block as HTMLElement).innerText}`),
      );
    await expect
      .poll(async () => (await blocks()).slice(0, 4))
      .toEqual([
        // "* " right below a bulleted list continues it, as in Word.
        'UL:Budget\nTidsplan\nNy liste',
        'OL:Første\nAnden',
        'P:1. kvartal blev godt.',
        'H3:2. Organiseringen',
      ]);
    expect(await editor.locator('ul li').count()).toBe(3);
    expect(await editor.locator('table td, table th').first().innerText()).toBe('- 5');
    expect(await editor.locator('table ul, table ol').count()).toBe(0);
  });

  it('edits and removes the link at the caret from the toolbar and with Ctrl+K, accepting only safe addresses', async () => {
    const { page } = await suite.open();
    const { editor } = await newItemBackground(page);
    // The one toolbar, showing the Baggrund's tools.
    const toolbar = page.getByRole('toolbar', { name: 'Formatering af Baggrund' });
    await page.keyboard.type('Se ');
    expect(await toolbar.getByRole('button', { name: 'Fjern link' }).count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.getByLabel('Linkadresse').fill('www.htk.dk');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('a').getAttribute('href')).toBe('https://www.htk.dk');

    // Into the link: the toolbar offers editing and removing it.
    await page.keyboard.press('ArrowLeft');
    await toolbar.getByRole('button', { name: 'Redigér link…' }).click();
    const form = page.getByRole('group', { name: 'Redigér link' });
    const address = form.getByLabel('Linkadresse');
    expect(await address.inputValue()).toBe('https://www.htk.dk');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await expect
      .poll(() => form.getByRole('alert').innerText())
      .toContain('Kun web- og mailadresser');
    await address.fill('https://www.htk.dk/referater');
    await address.press('Enter');
    await expect
      .poll(() => editor.locator('a').getAttribute('href'))
      .toBe('https://www.htk.dk/referater');
    expect(await editor.innerText()).toBe('Se www.htk.dk');

    // Ctrl+K in a link edits it too; an e-mail address becomes mailto.
    await page.keyboard.press('Control+k');
    expect(await address.inputValue()).toBe('https://www.htk.dk/referater');
    await address.fill('referat@htk.dk');
    await address.press('Enter');
    await expect.poll(() => editor.locator('a').getAttribute('href')).toBe('mailto:referat@htk.dk');

    await toolbar.getByRole('button', { name: 'Fjern link' }).click();
    await expect.poll(() => editor.locator('a').count()).toBe(0);
    expect(await editor.innerText()).toBe('Se www.htk.dk');
    await expect.poll(() => toolbar.getByRole('button', { name: 'Indsæt link…' }).count()).toBe(1);
  });

  it("opens the link box of the section whose toolbar has focus on Ctrl+K, linking that section's text", async () => {
    const { page } = await suite.open();
    const { editor } = await newItemBackground(page);
    await page.keyboard.type('Se kommunens side');
    for (let i = 0; i < 'kommunens side'.length; i += 1)
      await page.keyboard.press('Shift+ArrowLeft');
    // From the selected words to the toolbar (Alt+F10), then Ctrl+K there.
    await page.keyboard.press('Alt+F10');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') !== null))
      .toBe(true);
    await page.keyboard.press('Control+k');
    const address = page.getByRole('group', { name: 'Indsæt link' }).getByLabel('Linkadresse');
    await expect.poll(() => address.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('www.htk.dk');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('a').innerText()).toBe('kommunens side');
    expect(await editor.locator('a').getAttribute('href')).toBe('https://www.htk.dk');

    // On to Indstilling: the toolbar now acts on its text, and so does its link box.
    await page.keyboard.press('Tab');
    const next = page.getByRole('region', { name: 'Indstilling' });
    const nextText = next.locator('[contenteditable="true"]');
    await expect.poll(() => nextText.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Alt+F10');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[role="toolbar"]')?.getAttribute('aria-label'),
        ),
      )
      .toBe('Formatering af Indstilling');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByLabel('Linkadresse').count()).toBe(1);
    await page.keyboard.type('referat@htk.dk');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => nextText.locator('a').getAttribute('href'))
      .toBe('mailto:referat@htk.dk');
    expect(await nextText.innerText()).toBe('referat@htk.dk');
    expect(await editor.locator('a').count()).toBe(1);
  });

  it('shows one toolbar, one Tab stop named after the field in use, with arrow keys, Home and End inside', async () => {
    const { page } = await suite.open();
    await newItemBackground(page);
    // Where the focus is: "<toolbar label> › <button label>", or the text's label id.
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const toolbar = active.closest('[role="toolbar"]');
        return toolbar
          ? `${toolbar.getAttribute('aria-label')} › ${active.getAttribute('aria-label')}`
          : `text ${active.getAttribute('aria-labelledby')}`;
      });
    const press = async (key: string) => {
      await page.keyboard.press(key);
      return focused();
    };

    // Tab goes from text to text, not through buttons; the toolbar follows.
    expect(await press('Tab')).toBe('text section-indstilling');
    expect(await press('Alt+F10')).toBe('Formatering af Indstilling › Fed');
    expect(await press('ArrowRight')).toBe('Formatering af Indstilling › Kursiv');
    expect(await press('End')).toBe('Formatering af Indstilling › Gentag');
    expect(await press('ArrowRight')).toBe('Formatering af Indstilling › Fed');
    expect(await press('ArrowLeft')).toBe('Formatering af Indstilling › Gentag');
    expect(await press('Home')).toBe('Formatering af Indstilling › Fed');
    expect(await press('ArrowRight')).toBe('Formatering af Indstilling › Kursiv');
    // The toolbar remembers the last button; Escape goes back to the text.
    expect(await press('Escape')).toBe('text section-indstilling');
    expect(await press('Alt+F10')).toBe('Formatering af Indstilling › Kursiv');
    expect(await press('Escape')).toBe('text section-indstilling');

    const stops = await page
      .getByRole('toolbar')
      .evaluateAll((bars) => bars.map((bar) => bar.querySelectorAll('[tabindex="0"]').length));
    expect(stops).toEqual([1]);
  });
});
