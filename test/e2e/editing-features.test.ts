import { existsSync, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { plainTextOf } from '../../shared/model/rich-text';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const seedFixture = resolve(import.meta.dirname, '../fixtures/direktionen-2018-01-29.referat');

async function readMeeting(path: string) {
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.problem.code);
  return result.meeting;
}

describe.runIf(requireTools('chromium'))('editing features', () => {
  const suite = useBrowserSuite();

  it('saves what was typed a moment ago when the window is closed, then lets it close', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
    await page.keyboard.type('Sidste sætning før lukning.');
    // Immediately, well before the autosave would run. A meeting without a
    // file asks where to save it; here the secretary picks a place.
    const chosen = join(app.dataDir, 'Møde.referat');
    app.dialogs.save.push(chosen);
    await app.emit('app:close-requested', { quitting: false });
    await expect.poll(() => app.closeAnswers).toEqual(['listening', 'close']);
    expect(plainTextOf((await readMeeting(chosen)).items[0]!.sections.baggrund!.root)).toBe(
      'Sidste sætning før lukning.',
    );
  });

  it('keeps the window open when that dialog is cancelled, with the text safe in the recovery area', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
    await page.keyboard.type('Ikke tabt.');
    await app.emit('app:close-requested', { quitting: true });
    await expect.poll(() => app.closeAnswers).toEqual(['listening', 'stay']);
    const recovery = join(app.dataDir, 'appdata/recovery');
    const [name] = await fs.readdir(recovery);
    expect(
      plainTextOf((await readMeeting(join(recovery, name!))).items[0]!.sections.baggrund!.root),
    ).toBe('Ikke tabt.');
  });

  it('uses the standard phrases from the settings, links a bilag to a file, inserts tables and only safe links', async () => {
    const app = await suite.open({
      settings: { standardPhrases: ['Godkendt med bemærkninger.', 'Udsat til næste møde.'] },
    });
    const path = await openSeedCopy(app);
    const { page } = app;
    await page.getByRole('button', { name: /^4\. Personalesag/ }).click();

    // Deleting a decision can be undone, text included.
    const decisionText = await page.getByRole('article').locator('[contenteditable]').innerText();
    await page.getByRole('button', { name: 'Slet Beslutning Direktionen den 29-01-2018' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect
      .poll(() => page.getByRole('article').locator('[contenteditable]').innerText())
      .toBe(decisionText);

    const phrases = page.getByRole('group', { name: 'Standardformuleringer' });
    expect(await phrases.getByRole('button').allInnerTexts()).toEqual([
      '+ Ny beslutning',
      'Godkendt med bemærkninger.',
      'Udsat til næste møde.',
    ]);

    // Bilag with a file from the (scripted) dialog.
    app.dialogs.attachment.push('/home/sekretær/Bilag/Tidsplan.pdf');
    await page.getByRole('button', { name: '+ Tilføj bilag' }).click();
    await page.getByLabel('Titel, bilag 1').fill('Tidsplan');
    await page.getByRole('button', { name: 'Vælg fil til bilag 1' }).click();
    await expect.poll(() => page.locator('.attachment-file').innerText()).toBe('Tidsplan.pdf');

    // A table for figures, and links: javascript: refused, a web address accepted.
    const section = page.getByRole('region', { name: 'Baggrund' });
    const editor = section.locator('[contenteditable="true"]');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar').getByRole('button', { name: 'Indsæt tabel' }).click();
    await expect.poll(() => editor.locator('table tr').count()).toBe(3);
    await page.keyboard.type('Mio. kr.');
    const tableTools = page.getByRole('toolbar').getByRole('group', { name: 'Tabel' });
    await tableTools.getByRole('button', { name: 'Indsæt række under' }).click();
    await expect.poll(() => editor.locator('table tr').count()).toBe(4);
    await tableTools.getByRole('button', { name: 'Indsæt kolonne til højre' }).click();
    await expect.poll(() => editor.locator('table tr').first().locator('td, th').count()).toBe(4);
    await editor.locator('p').first().click();
    await page.keyboard.press('Control+k');
    // The link box opens under the one toolbar, for the field in use.
    const linkBox = page.getByRole('group', { name: 'Indsæt link' });
    const address = linkBox.getByLabel('Linkadresse');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await expect
      .poll(() => linkBox.getByRole('alert').innerText())
      .toContain('Kun web- og mailadresser');
    await address.fill('www.htk.dk');
    await address.press('Enter');
    await expect.poll(() => editor.locator('a').getAttribute('href')).toBe('https://www.htk.dk');

    await page.keyboard.press('Control+s');
    // Autosave may have written earlier states already: wait for the last one.
    await expect
      .poll(async () => JSON.stringify((await readMeeting(path)).items[3]!.sections.baggrund!))
      .toContain('"url":"https://www.htk.dk"');
    expect((await readMeeting(path)).items[3]!.attachments).toMatchObject([
      { title: 'Tidsplan', filePath: '/home/sekretær/Bilag/Tidsplan.pdf' },
    ]);
    const saved = JSON.stringify((await readMeeting(path)).items[3]!.sections.baggrund!);
    expect(saved).toContain('"type":"table"');
    expect(saved).toContain('"url":"https://www.htk.dk"');
    expect(saved).not.toContain('javascript:');
  });

  it('"Nyt møde ud fra dette" keeps body, venue and participants and starts without decisions or a file', async () => {
    const app = await suite.open({ now: () => new Date(2018, 1, 5, 9, 0) });
    const path = await openSeedCopy(app);
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde ud fra dette' }).click();
    await expect
      .poll(() => page.locator('.save-indicator').innerText())
      .toBe('Ikke gemt under et navn');
    expect(await page.getByRole('article').count()).toBe(0);
    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    expect(await page.getByLabel('Mødested').inputValue()).toBe(
      'Comwell Køge Strand, Strandvejen 111, 4600 Køge',
    );
    expect(await page.getByLabel('Navn, Kathrine Seier Skastrup').inputValue()).toBe(
      'Kathrine Seier Skastrup',
    );
    // The original file is untouched.
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it('shows a damaged section read-only, keeps the rest editable and saves the damaged part unchanged', async () => {
    const app = await suite.open();
    const file = JSON.parse(await fs.readFile(seedFixture, 'utf8')) as {
      meeting: { items: { sections: Record<string, { root: { children: unknown[] } }> }[] };
    };
    // A node Lexical refuses to load (a root inside a root), as a damaged or hand-edited file might hold.
    const damaged = { type: 'root', children: [] };
    file.meeting.items[0]!.sections.baggrund!.root.children.push(damaged);
    const path = join(app.dataDir, 'Beskadiget.referat');
    await fs.writeFile(path, JSON.stringify(file));
    app.dialogs.open.push(path);
    const { page } = app;
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    const section = page.getByRole('region', { name: 'Baggrund' });
    await expect
      .poll(() => section.getByRole('alert').innerText())
      .toContain('kunne ikke åbnes til redigering');
    expect(await section.innerText()).toContain('Notatet giver en kort status');

    await page.locator('[contenteditable="true"][aria-labelledby="section-indstilling"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tilføjet.');
    await expect
      .poll(async () => plainTextOf((await readMeeting(path)).items[0]!.sections.indstilling!.root))
      .toContain('Tilføjet.');
    expect((await readMeeting(path)).items[0]!.sections.baggrund!.root.children.at(-1)).toEqual(
      damaged,
    );
  });
});
