/**
 * Danish spelling in real Chromium: the seed referat's real typos are
 * flagged and no ordinary word is, the meeting's own names never are, a new
 * typo is flagged as it is typed, a suggestion picked by keyboard replaces
 * it, "Tilføj til ordbog" and "Ignorér" outlast a restart, the setting turns
 * it all off, and the marks never reach the saved file or the Word export.
 *
 * Every request of every test goes through a guard that fails the test if
 * one leaves 127.0.0.1: the dictionary and the engine are the app's own.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../shared/export';
import { readMeetingFile } from '../../shared/format/read';
import { readDocx } from '../shared/export/docx-parts';
import { appWorkers } from '../support/ipc-stand-in';
import { openSeedCopy, type SessionOptions } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import {
  artifacts,
  editorOf,
  flaggedWords,
  focusedName,
  guardNetwork,
  markCentre,
  menuHasFocus,
  NOT_IN_DICTIONARY,
  settledFlags,
  showItem,
  TALL,
  TYPOS,
} from './spelling-helpers';

describe.runIf(requireTools('chromium'))('Danish spelling', () => {
  const suite = useBrowserSuite();

  async function open(options: SessionOptions = {}) {
    const app = await suite.open({ viewport: { width: 1280, height: 720 }, ...options });
    return { app, network: await guardNetwork(app) };
  }

  it('flags the seed’s four typos and no ordinary word, never the meeting’s names, offline', async () => {
    const { app, network } = await open({ viewport: TALL });
    const { page } = app;
    await openSeedCopy(app);

    const flagged: Record<number, string[]> = {};
    for (const item of [1, 2, 3, 4]) {
      await showItem(page, item);
      flagged[item] = await settledFlags(page, TYPOS[item] ?? []);
      console.log(`item ${item} flagged: ${flagged[item].join(', ') || '(none)'}`);
    }
    for (const [item, typos] of Object.entries(TYPOS)) {
      expect(flagged[Number(item)]).toEqual(expect.arrayContaining(typos));
    }
    const typos = new Set(Object.values(TYPOS).flat());
    const others = [...new Set(Object.values(flagged).flat())].filter((word) => !typos.has(word));
    console.log(
      `flagged besides the typos:\n${others.map((word) => `  ${word}: ${NOT_IN_DICTIONARY[word] ?? 'NOT EXPECTED'}`).join('\n')}`,
    );
    expect(others.filter((word) => !(word in NOT_IN_DICTIONARY))).toEqual([]);

    // A right-click on a flagged word opens its menu: the screenshot for
    // people, in a normal window, where the marks follow the scrolling.
    await showItem(page, 1);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByText(/en nedbygnig af den resterende/).scrollIntoViewIfNeeded();
    await expect.poll(() => flaggedWords(page)).toContain('nedbygnig');
    const nedbygnig = await markCentre(page, 'nedbygnig');
    await page.mouse.click(nedbygnig.x, nedbygnig.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Stavning: nedbygnig' });
    await menu.getByRole('menuitem', { name: 'Tilføj til ordbog' }).waitFor();
    await expect
      .poll(() => menu.getByRole('menuitem').allTextContents(), { timeout: 20_000 })
      .not.toContain('Søger forslag…');
    await fs.mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'spelling-menu.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);

    // The participants' names, the body and the venue are never flagged …
    await page.setViewportSize(TALL);
    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await page.getByLabel('Navn, Jørgen Lerhard').waitFor();
    expect(await settledFlags(page, [])).toEqual([]);
    await expect.poll(() => page.locator('[aria-invalid="spelling"]').count()).toBe(0);
    // … also where they are written in the text, in the genitive too; a
    // misspelt one is (Lerhard and Skastrup are not in the dictionary).
    await showItem(page, 2);
    const decision = page.getByRole('article').locator('[contenteditable="true"]');
    await decision.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Jørgen Lerhards og Kathrine Skastrups forslag, ikke Lerhardd.');
    const withNames = await settledFlags(page, ['Lerhardd']);
    expect(withNames).toEqual(['Lerhardd']);

    expect(network.left).toEqual([]);
    // The guard saw the worker's own requests too: the dictionary came from the app.
    expect(network.seen.some((url) => url.endsWith('.dic'))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('flags a typo as it is typed, and a suggestion picked by keyboard replaces it', async () => {
    const { app, network } = await open();
    const { page } = app;
    await openSeedCopy(app);
    await page.getByRole('heading', { name: 'Punkt 1', exact: true }).waitFor();
    const background = editorOf(page, 'baggrund');
    await background.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Vi så på sagenn');
    // Not while the word is still being typed: "sag" is not a mistake on the way to "sagen".
    await page.keyboard.type(' ');
    const typedAt = Date.now();
    await expect.poll(() => flaggedWords(page), { interval: 20 }).toContain('sagenn');
    console.log(`"sagenn" flagged ${Date.now() - typedAt} ms after the space was typed`);

    await page.keyboard.press('Control+.');
    const menu = page.getByRole('menu', { name: 'Stavning: sagenn' });
    const suggestion = menu.getByRole('menuitem', { name: 'sagen', exact: true });
    await suggestion.waitFor();
    // The first suggestion has focus; arrows, Home and End move between the items.
    await expect.poll(() => focusedName(page), { timeout: 20_000 }).toBe('sagen');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).not.toBe('sagen');
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Ignorér');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('sagen');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('Ignorér');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('sagen');
    await page.keyboard.press('Enter');

    await expect.poll(() => background.innerText()).toContain('Vi så på sagen ');
    expect(await background.innerText()).not.toContain('sagenn');
    expect(await menu.count()).toBe(0);
    // Focus is back in the text, after the corrected word.
    expect(await background.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('igen');
    await expect.poll(() => background.innerText()).toContain('sagenigen');
    await page.keyboard.press('Control+Z');

    // Escape closes a menu and changes nothing.
    const before = await background.innerText();
    await page.keyboard.press('Control+.');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await background.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await background.innerText()).toBe(before);

    // A plain field: the title's "Task" gets a suggestion by keyboard too.
    const title = page.locator('#item-title');
    await expect.poll(() => title.getAttribute('data-misspelled')).toBe('Task');
    expect(await title.getAttribute('aria-invalid')).toBe('spelling');
    await title.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+.');
    await page
      .getByRole('menu', { name: 'Stavning: Task' })
      .getByRole('menuitem')
      .first()
      .waitFor();
    // Once the suggestions are in, the first has focus; Enter picks it.
    await expect.poll(() => focusedName(page), { timeout: 20_000 }).not.toBe('Tilføj til ordbog');
    const pick = await focusedName(page);
    expect(pick).toMatch(/^\p{Lu}/u);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => title.inputValue())
      .toBe(`Status på Nyt Fokus / ${pick} force for udsatte boligområder`);
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    // It went through React like typing: the sidebar shows the new title.
    await page
      .getByRole('button', {
        name: `1. Status på Nyt Fokus / ${pick} force for udsatte boligområder`,
      })
      .waitFor();
    await expect.poll(() => title.getAttribute('data-misspelled')).toBe(null);

    expect(network.left).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps "Tilføj til ordbog" in the settings and "Ignorér" in the meeting, across a restart', async () => {
    const { app, network } = await open({ viewport: TALL });
    const { page } = app;
    const path = await openSeedCopy(app);
    await showItem(page, 1);
    await settledFlags(page, ['Domea', 'Taastrupgaard']);

    // Right-click → "Tilføj til ordbog", by keyboard.
    const domea = await markCentre(page, 'Domea');
    await page.mouse.click(domea.x, domea.y, { button: 'right' });
    await page.getByRole('menu', { name: 'Stavning: Domea' }).waitFor();
    await menuHasFocus(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('Tilføj til ordbog');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.settings.getSettings().personalDictionary).toEqual(['Domea']);

    // Caret in the word, Ctrl+. → "Ignorér".
    const estate = await markCentre(page, 'Taastrupgaard');
    await page.mouse.click(estate.x, estate.y);
    await page.keyboard.press('Control+.');
    await page.getByRole('menu', { name: 'Stavning: Taastrupgaard' }).waitFor();
    await menuHasFocus(page);
    await page.keyboard.press('End');
    // Suggestions arriving now must not move the focus off "Ignorér".
    await expect
      .poll(() => page.getByRole('menuitem').allTextContents(), { timeout: 20_000 })
      .not.toContain('Søger forslag…');
    expect(await focusedName(page)).toBe('Ignorér');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await flaggedWords(page)).filter((w) => w === 'Domea' || w === 'Taastrupgaard'),
      )
      .toEqual([]);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect
      .poll(async () => {
        const read = readMeetingFile(await fs.readFile(path, 'utf8'));
        return read.ok ? read.meeting.spellingIgnored : null;
      })
      .toEqual(['Taastrupgaard']);

    // Restart: a new page with the same settings and files.
    await app.reload();
    app.dialogs.open.push(path);
    await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
    await showItem(app.page, 1);
    const after = await settledFlags(app.page, ['nedbygnig', 'Charlottkvarteret']);
    expect(after).not.toContain('Domea');
    expect(after).not.toContain('Taastrupgaard');

    // The dictionary word holds in every meeting, the ignored one only in its own.
    await app.page.getByRole('button', { name: 'Luk møde' }).click();
    await app.page.getByRole('button', { name: 'Nyt møde' }).click();
    await app.page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await editorOf(app.page, 'baggrund').click();
    await app.page.keyboard.type('Domea og Taastrupgaard. ');
    expect(await settledFlags(app.page, ['Taastrupgaard'])).toEqual(['Taastrupgaard']);

    expect(network.left).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('is switched off and on in Indstillinger, where the personal dictionary is edited', async () => {
    const { app, network } = await open({
      settings: { spellcheck: false, personalDictionary: ['Domea'] },
      viewport: TALL,
    });
    const { page } = app;
    await openSeedCopy(app);
    await showItem(page, 1);
    await page.waitForTimeout(1000);
    expect(await flaggedWords(page)).toEqual([]);
    // Off means off: no worker, no dictionary loaded.
    expect(appWorkers(page)).toEqual([]);

    await page.getByRole('button', { name: 'Luk møde' }).click();
    await page.getByRole('button', { name: 'Indstillinger…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    const switchedOn = dialog.getByRole('checkbox', { name: 'Stavekontrol (dansk)' });
    expect(await switchedOn.isChecked()).toBe(false);
    const dictionary = dialog.getByLabel('Egen ordbog (ét ord pr. linje)');
    expect(await dictionary.inputValue()).toBe('Domea');
    await switchedOn.check();
    await dictionary.fill('Domea\nTaastrupgaard\n\nDomea');
    await dialog.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect
      .poll(() => app.settings.getSettings())
      .toMatchObject({ spellcheck: true, personalDictionary: ['Domea', 'Taastrupgaard'] });

    await openSeedCopy(app);
    await showItem(page, 1);
    const flagged = await settledFlags(page, TYPOS[1] ?? []);
    expect(flagged).not.toContain('Domea');
    expect(flagged).not.toContain('Taastrupgaard');

    expect(network.left).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('never puts its marks into the saved file or the Word export', async () => {
    /** Opens the seed, types a sentence with a typo, saves and exports; spelling on or off. */
    async function editSaveExport(spellcheck: boolean) {
      const { app, network } = await open({
        settings: { spellcheck },
        now: () => new Date(2018, 0, 29, 12, 0),
        viewport: TALL,
      });
      const { page } = app;
      const path = await openSeedCopy(app, await fs.mkdtemp(join(app.dataDir, 'm-')));
      await showItem(page, 1);
      await editorOf(page, 'baggrund').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Tilføjet under mødet, med en stavefejl: sagenn.');
      if (spellcheck) await settledFlags(page, ['sagenn', ...(TYPOS[1] ?? [])]);
      else await page.waitForTimeout(1000);
      const marks = (await flaggedWords(page)).length;

      await page.getByRole('button', { name: 'Gem', exact: true }).click();
      await expect
        .poll(async () => (await fs.readFile(path, 'utf8')).includes('stavefejl: sagenn.'))
        .toBe(true);
      const saved = readMeetingFile(await fs.readFile(path, 'utf8'));
      if (!saved.ok) throw new Error(saved.problem.code);
      // The Word export is a pure function of the saved meeting (main runs
      // this same exporter in its worker; the harness does not wire one).
      const parts = readDocx(await exportMeetingToDocx(saved.meeting, { version: 'internal' }));
      // Not content: the file's timestamps, and bookmark ids, which the docx
      // library numbers on from one export to the next in the same process.
      parts.delete('docProps/core.xml');
      const document = parts.get('word/document.xml') ?? '';
      const ids = new Map<string, number>();
      parts.set(
        'word/document.xml',
        document.replace(
          /(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g,
          (_match, head: string, id: string) =>
            `${head}${ids.get(id) ?? ids.set(id, ids.size).size - 1}"`,
        ),
      );
      expect(network.left).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      return { marks, meeting: saved.meeting, docx: Object.fromEntries(parts) };
    }

    const on = await editSaveExport(true);
    const off = await editSaveExport(false);
    expect(on.marks).toBeGreaterThan(5);
    expect(off.marks).toBe(0);
    expect(on.meeting).toEqual(off.meeting);
    expect(on.docx).toEqual(off.docx);
    // The typo itself is text and stays; what spelling adds is only on screen.
    expect(on.docx['word/document.xml']).toContain('stavefejl: sagenn.');
    expect(JSON.stringify(on.meeting)).not.toMatch(/spelling-error|highlight/);
  });
});
