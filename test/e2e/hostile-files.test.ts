/**
 * Meeting files that are damaged or crafted (a colleague e-mails a
 * `.referat`; a file on a shared drive gets mangled) open safely through the
 * real UI: nothing is lost, nothing takes over the window.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { paragraphNode, plainTextOf, textNode } from '../../shared/model/rich-text';
import type { Meeting } from '../../shared/model/meeting';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';
import type { AppSession } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

/** The meeting in `path` as the app reads it, or null while it is missing or unreadable. */
async function meetingOnDisk(path: string): Promise<Meeting | null> {
  if (!existsSync(path)) return null;
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  return result.ok ? result.meeting : null;
}

/** Writes `meeting` (unvalidated, as a crafted file would be) and opens it with Åbn møde…. */
async function openCrafted(app: AppSession, meeting: unknown): Promise<string> {
  const path = join(app.dataDir, 'Modtaget.referat');
  await fs.writeFile(
    path,
    serializeMeetingFile(meeting as Meeting, { appVersion: 'x', savedAt: '2018-01-29T08:00:00Z' }),
  );
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
  await expect
    .poll(() => app.page.locator('.sidebar-items .sidebar-entry').count())
    .toBeGreaterThan(0);
  return path;
}

/** A text run styled to cover the whole window and swallow every click. */
const OVERLAY_STYLE =
  'position:fixed;inset:0;z-index:99999;background:#fff;color:#000;font-size:60px';

/** How many elements in the page carry an inline style that positions or layers them. */
const positionedElements = (page: AppSession['page']) =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('[style]')).filter(
        (element) => element.style.position !== '' || element.style.zIndex !== '',
      ).length,
  );

describe.runIf(requireTools('chromium'))('hostile and damaged meeting files', () => {
  const suite = useBrowserSuite();

  it('keeps both items of a file whose items share an id when one is edited and autosaved', async () => {
    const app = await suite.open();
    const meeting = sampleMeeting();
    const [first, second] = meeting.items as [Meeting['items'][0], Meeting['items'][0]];
    first.sections.baggrund = paragraphs('Punkt 1 skal blive stående.');
    second.sections.baggrund = paragraphs('Punkt 2 før mødet.');
    // Crafted or damaged: both items carry one id.
    second.id = first.id;
    const path = await openCrafted(app, meeting);
    const { page } = app;

    await expect
      .poll(() => page.getByRole('status', { name: 'Rettelser ved åbning' }).innerText())
      .toContain('1 punkt havde samme id');

    // The meeting opens at its first item; type there.
    await expect.poll(() => page.locator('#item-title').inputValue()).toBe('Status på Nyt Fokus');
    const background = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await expect.poll(() => background.innerText()).toBe('Punkt 1 skal blive stående.');
    await background.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tilføjet.');

    await expect
      .poll(async () => {
        const items = (await meetingOnDisk(path))?.items ?? [];
        return items.map((item) => plainTextOf(item.sections.baggrund!.root));
      })
      .toEqual(['Punkt 1 skal blive stående. Tilføjet.', 'Punkt 2 før mødet.']);
    const saved = await meetingOnDisk(path);
    expect(new Set(saved?.items.map((item) => item.id)).size).toBe(2);
    expect(saved?.items.map((item) => item.title)).toEqual(['Status på Nyt Fokus', 'Personalesag']);

    await page
      .getByRole('status', { name: 'Rettelser ved åbning' })
      .getByRole('button', { name: 'Luk' })
      .click();
    expect(await page.getByRole('status', { name: 'Rettelser ved åbning' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('ignores a text style in a file that would cover the window, and stays clickable', async () => {
    const app = await suite.open();
    const meeting = sampleMeeting();
    meeting.items[0]!.sections.baggrund!.root.children = [
      paragraphNode([{ ...textNode('Referat er låst. Ring til support.'), style: OVERLAY_STYLE }]),
    ];
    const path = await openCrafted(app, meeting);
    const { page } = app;
    const background = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await expect.poll(() => background.innerText()).toBe('Referat er låst. Ring til support.');
    expect(await positionedElements(page)).toBe(0);
    expect(await background.locator('[style]').count()).toBe(0);

    // A real click on another item works: nothing lies over the window.
    await page.locator('.sidebar-items .sidebar-entry').nth(1).click({ timeout: 2000 });
    await expect.poll(() => page.locator('#item-title').inputValue()).toBe('Personalesag');
    await expect
      .poll(() => page.getByRole('status', { name: 'Rettelser ved åbning' }).innerText())
      .toContain('Formatering fra et andet program');
    // The words stay; the style is gone from the file with the next save.
    await page.locator('#item-title').press('End');
    await page.keyboard.type(' (lukket)');
    await expect
      .poll(async () => (await meetingOnDisk(path))?.items[1]?.title)
      .toBe('Personalesag (lukket)');
    const saved = await fs.readFile(path, 'utf8');
    expect(saved).toContain('Referat er låst. Ring til support.');
    expect(saved).not.toContain('position:fixed');
  });

  it("drops styles pasted in Lexical's own clipboard format", async () => {
    const app = await suite.open();
    const path = await openCrafted(app, sampleMeeting());
    const { page } = app;
    const background = page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]');
    await background.click();
    const payload = JSON.stringify({
      namespace: 'referat',
      nodes: [
        { ...textNode('Indsat tekst.'), style: OVERLAY_STYLE },
        { ...paragraphNode([textNode('Andet afsnit.')]), textStyle: OVERLAY_STYLE },
      ],
    });
    await background.evaluate((element, lexical) => {
      const data = new DataTransfer();
      data.setData('application/x-lexical-editor', lexical);
      data.setData('text/html', '<p style="position:fixed;inset:0">Indsat tekst.</p>');
      data.setData('text/plain', 'Indsat tekst.');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, payload);
    await expect.poll(() => background.innerText()).toContain('Indsat tekst.');
    expect(await background.innerText()).toContain('Andet afsnit.');
    expect(await positionedElements(page)).toBe(0);
    await page.keyboard.type(' Skrevet bagefter.');
    expect(await positionedElements(page)).toBe(0);

    await page.locator('.sidebar-items .sidebar-entry').nth(1).click({ timeout: 2000 });
    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => JSON.stringify((await meetingOnDisk(path))?.items[0]?.sections.baggrund))
      .toContain('Skrevet bagefter.');
    expect(await fs.readFile(path, 'utf8')).not.toContain('position:fixed');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens a table whose cell claims a colSpan of a billion, with the span bounded', async () => {
    const app = await suite.open();
    const meeting = sampleMeeting();
    const cell = (text: string, colSpan: number) => ({
      type: 'tablecell',
      version: 1,
      headerState: 0,
      colSpan,
      rowSpan: colSpan,
      backgroundColor: null,
      children: [paragraphNode([textNode(text)])],
    });
    meeting.items[0]!.sections.baggrund!.root.children = [
      {
        type: 'table',
        version: 1,
        children: [
          { type: 'tablerow', version: 1, children: [cell('Beløb', 1e9), cell('Note', 1)] },
          { type: 'tablerow', version: 1, children: [cell('1.000 kr.', 1)] },
        ],
      },
    ];
    await openCrafted(app, meeting);
    const { page } = app;
    const table = page.locator(
      '[contenteditable="true"][aria-labelledby="section-baggrund"] table',
    );
    await expect.poll(() => table.innerText()).toContain('Beløb');
    expect(await table.innerText()).toContain('1.000 kr.');
    // The editor has no merged cells: it splits a span into cells, as many as the span
    // says. Unbounded, that was a billion cells and a frozen window.
    const firstRow = await table.locator('tr').first().locator('td, th').count();
    expect(firstRow).toBeGreaterThan(1);
    expect(firstRow).toBeLessThanOrEqual(101);
    await expect
      .poll(() => page.getByRole('status', { name: 'Rettelser ved åbning' }).innerText())
      .toContain('Tal i formateringen');
    // The window answers: another item opens on a click.
    await page.locator('.sidebar-items .sidebar-entry').nth(1).click({ timeout: 2000 });
    await expect.poll(() => page.locator('#item-title').inputValue()).toBe('Personalesag');
  });
});
