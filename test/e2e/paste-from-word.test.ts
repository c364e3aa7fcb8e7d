import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import type { RichTextNode } from '../../shared/model/rich-text';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const wordHtml = resolve(import.meta.dirname, 'fixtures/word-clipboard.html');

/** A compact picture of the structure: kinds, list types, text, formats, links. */
function shape(node: RichTextNode): unknown {
  switch (node.type) {
    case 'text':
      return node.format ? { text: node.text, format: node.format } : node.text;
    case 'link':
      return { link: node.url, children: (node.children ?? []).map(shape) };
    case 'list':
      return { [String(node.listType)]: (node.children ?? []).map(shape) };
    default:
      return {
        [node.type === 'heading' ? String(node.tag) : node.type]: (node.children ?? []).map(shape),
      };
  }
}

describe.runIf(requireTools('chromium'))('paste from Word', () => {
  const suite = useBrowserSuite();

  it('rebuilds mso-list paragraphs as real lists and drops foreign styling, scripts, images and javascript: links', async () => {
    const app = await suite.open();
    const path = await openSeedCopy(app);
    const { page } = app;
    await page.getByRole('button', { name: /^3\. Tidsplan/ }).click();
    const editor = page.locator('[contenteditable="true"][aria-labelledby="section-indstilling"]');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');

    const html = await fs.readFile(wordHtml, 'utf8');
    await editor.evaluate((element, clipboardHtml) => {
      const data = new DataTransfer();
      data.setData('text/html', clipboardHtml);
      data.setData('text/plain', 'Økonomi');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, html);

    // What the secretary sees: real lists, nested, no foreign colours or fonts.
    expect(await editor.locator('ul > li').first().innerText()).toContain('Første punkt');
    expect(await editor.locator('ul ul li').innerText()).toBe('Underpunkt med fed tekst');
    expect(await editor.locator('ol > li').allInnerTexts()).toEqual([
      'Godkender budgettet',
      'Drøfter tidsplanen',
    ]);
    expect(await editor.locator('[style*="color"], [style*="font"], img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned),
    ).toBeUndefined();

    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => (await fs.readFile(path, 'utf8')).includes('Godkender budgettet'))
      .toBe(true);
    const saved = readMeetingFile(await fs.readFile(path, 'utf8'));
    if (!saved.ok) throw new Error(saved.problem.code);
    const recommendation = saved.meeting.items[2]!.sections.indstilling!.root.children;
    expect(recommendation.map(shape)).toEqual([
      { h3: ['Økonomi'] },
      {
        paragraph: [
          'Direktionen ',
          { text: 'godkendte', format: 1 },
          ' ',
          { text: 'budgettet', format: 2 },
          '.',
        ],
      },
      {
        bullet: [
          { listitem: ['Første punkt'] },
          {
            listitem: [
              { bullet: [{ listitem: ['Underpunkt med ', { text: 'fed', format: 1 }, ' tekst'] }] },
            ],
          },
          { listitem: ['Andet punkt'] },
        ],
      },
      {
        paragraph: [
          'Se dette og ',
          { link: 'https://www.htk.dk/', children: ['kommunens side'] },
          '.',
        ],
      },
      { number: [{ listitem: ['Godkender budgettet'] }, { listitem: ['Drøfter tidsplanen'] }] },
    ]);
    const json = JSON.stringify(recommendation);
    expect(json).not.toMatch(/javascript:|Comic Sans|color|font-size|clip_image/);
    // Under the production CSP (no inline styles) nothing was refused on the way.
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps bold and italic that Google Docs writes as inline CSS, under the strict CSP', async () => {
    const app = await suite.open();
    await openSeedCopy(app);
    const { page } = app;
    const editor = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">' +
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;color:#000000;font-weight:700;">Fed</span>' +
      '<span style="font-size:11pt;font-weight:400;"> og </span>' +
      '<span style="font-size:11pt;font-style:italic;font-weight:400;">kursiv</span></p></b>';
    await editor.evaluate((element, clipboardHtml) => {
      const data = new DataTransfer();
      data.setData('text/html', clipboardHtml);
      data.setData('text/plain', 'Fed og kursiv');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, html);
    await expect.poll(() => editor.innerText()).toBe('Fed og kursiv');
    expect(await editor.locator('.rt-bold').allInnerTexts()).toEqual(['Fed']);
    expect(await editor.locator('.rt-italic').allInnerTexts()).toEqual(['kursiv']);
    expect(await editor.locator('[style]').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
