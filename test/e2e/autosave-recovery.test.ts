import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { plainTextOf } from '../../shared/model/rich-text';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { makeUnwritable } from '../support/temp-dir';
import { useBrowserSuite } from './browser-suite';

async function meetingOnDisk(path: string) {
  if (!existsSync(path)) return null;
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  return result.ok ? result.meeting : null;
}

describe.runIf(requireTools('chromium'))('autosave and recovery', () => {
  const suite = useBrowserSuite();

  it('writes typed text to the meeting file without Gem, and says so', async () => {
    const app = await suite.open();
    const path = await openSeedCopy(app);
    const { page } = app;
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tilføjet under mødet.');
    await expect
      .poll(
        async () =>
          plainTextOf(
            (await meetingOnDisk(path))?.items[0]?.sections.baggrund!.root ?? { type: 'x' },
          ),
        {
          timeout: 5000,
        },
      )
      .toContain('vedlagt som bilag. Tilføjet under mødet.');
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toMatch(/^Gemt \d\d:\d\d$/);
    // The previous version is kept beside the file.
    expect(existsSync(`${path}.bak`)).toBe(true);
  });

  it('loses at most the last second when the page dies during ten seconds of steady typing', async () => {
    const app = await suite.open();
    const path = await openSeedCopy(app);
    const { page } = app;
    const text = () =>
      meetingOnDisk(path).then((m) =>
        plainTextOf(m?.items[0]?.sections.baggrund!.root ?? { type: 'x' }),
      );
    const before = await text();
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
    await page.keyboard.press('Control+End');

    // A key every 100 ms, never a pause long enough for the quiet-time debounce.
    const killAt = 4000 + Math.floor(Math.random() * 5000);
    console.log(`steady typing: page killed after ${killAt} ms`);
    const typed: { char: string; at: number }[] = [];
    const start = Date.now();
    const letters = 'abcdefghijklmnopqrstuvwxyzæøå';
    while (Date.now() - start < killAt) {
      const char = letters[typed.length % letters.length]!;
      typed.push({ char, at: Date.now() - start });
      await page.keyboard.type(char);
      await new Promise((done) =>
        setTimeout(done, Math.max(0, typed.length * 100 - (Date.now() - start))),
      );
    }
    const cdp = await app.context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const killedAt = Date.now() - start;
    // A write main had already received lands; nothing else will.
    await new Promise((done) => setTimeout(done, 500));

    const added = (await text()).slice(before.length);
    const all = typed.map((t) => t.char).join('');
    expect(all.startsWith(added)).toBe(true);
    const olderThanASecond = typed.filter((t) => t.at <= killedAt - 1000).length;
    console.log(
      `typed ${typed.length} keys, ${added.length} on disk, ${olderThanASecond} typed more than 1 s before the kill`,
    );
    expect(added.length).toBeGreaterThanOrEqual(olderThanASecond);
  });

  it('keeps a meeting without a name in the recovery area and restores it after the page is killed', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByLabel('Organ').fill('Byrådet');
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await page.keyboard.type('Godkendelse af dagsorden');
    await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
    await page.keyboard.type('Skrevet før nedbruddet.');
    const recovery = join(app.dataDir, 'appdata/recovery');
    await expect
      .poll(async () => {
        const names = await fs.readdir(recovery).catch(() => []);
        const meeting = names[0] ? await meetingOnDisk(join(recovery, names[0])) : null;
        return meeting ? plainTextOf(meeting.items[0]!.sections.baggrund!.root) : '';
      })
      .toBe('Skrevet før nedbruddet.');

    // Kill the renderer mid-typing: no beforeunload, no last save.
    await page.keyboard.type(' Og lidt mere');
    const cdp = await app.context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The reply to Page.crash never comes: the renderer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await app.reload();

    const restored = app.page;
    const offer = restored.getByRole('region', { name: 'Ikke-gemte møder fra sidst' });
    await expect.poll(() => offer.isVisible()).toBe(true);
    await offer.getByRole('button', { name: /^Gendan Byrådet/ }).click();
    await expect
      .poll(() => restored.locator('#item-title').inputValue())
      .toBe('Godkendelse af dagsorden');
    expect(
      await restored
        .locator('[aria-labelledby="section-baggrund"][contenteditable="true"]')
        .innerText(),
    ).toContain('Skrevet før nedbruddet.');

    // Giving it a name moves it out of the recovery area.
    const named = join(app.dataDir, 'Byrådet.referat');
    app.dialogs.save.push(named);
    await restored.getByRole('button', { name: 'Gem som…' }).click();
    await expect.poll(() => meetingOnDisk(named).then((m) => m?.body)).toBe('Byrådet');
    await expect.poll(() => fs.readdir(recovery)).toEqual([]);
  });

  it('keeps the text and explains in Danish when the folder is not writable, then recovers', async ({
    skip,
  }) => {
    const app = await suite.open();
    const folder = join(app.dataDir, 'share');
    await fs.mkdir(folder);
    const path = await openSeedCopy(app, folder);
    const { page } = app;
    const undo = makeUnwritable(folder, skip);
    try {
      await page.locator('[contenteditable="true"][aria-labelledby="section-baggrund"]').click();
      await page.keyboard.type('Tekst der ikke må gå tabt. ');
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.innerText(), { timeout: 5000 })
        .toContain('Din tekst er ikke tabt');
      expect(await alert.getByRole('button', { name: 'Gem som…' }).isVisible()).toBe(true);
      expect(
        await page
          .locator('[aria-labelledby="section-baggrund"][contenteditable="true"]')
          .innerText(),
      ).toContain('Tekst der ikke må gå tabt.');
    } finally {
      undo();
    }
    // The automatic retry succeeds once the folder is writable again.
    await expect
      .poll(
        async () =>
          plainTextOf(
            (await meetingOnDisk(path))?.items[0]?.sections.baggrund!.root ?? { type: 'x' },
          ),
        {
          timeout: 10_000,
        },
      )
      .toContain('Tekst der ikke må gå tabt.');
  });
});
