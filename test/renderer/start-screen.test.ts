import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openApp,
  serveRenderer,
  type AppSession,
} from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';

const seedFixture = resolve(import.meta.dirname, '../fixtures/direktionen-2018-01-29.referat');

describe.runIf(requireTools('chromium'))('start screen in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRenderer>>;
  let session: AppSession | undefined;

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows the empty state: new, open and an empty recent list', async () => {
    session = await openApp(browser, server.url);
    const { page } = session;
    await expect.poll(() => page.getByRole('button', { name: 'Nyt møde' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Åbn møde…' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Seneste møder' }).isVisible()).toBe(true);
    expect(await page.getByText('Ingen endnu').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('opens the seed through the open dialog and shows its title, then lists it as recent', async () => {
    session = await openApp(browser, server.url);
    const copy = join(session.dataDir, 'Direktionen.referat');
    await fs.copyFile(seedFixture, copy);
    session.dialogs.open.push(copy);
    const { page } = session;
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    await expect
      .poll(() => page.getByText('REFERAT Direktionen d. 29-01-2018').first().isVisible())
      .toBe(true);
    expect(session.settings.recentFiles().map((file) => file.path)).toEqual([copy]);
    expect(session.pageErrors).toEqual([]);
  });

  it('explains a corrupt file in Danish and offers the backup', async () => {
    session = await openApp(browser, server.url);
    const path = join(session.dataDir, 'Ødelagt.referat');
    const seed = await fs.readFile(seedFixture, 'utf8');
    await fs.writeFile(path, seed.slice(0, seed.length / 2));
    await fs.writeFile(`${path}.bak`, seed);
    session.dialogs.open.push(path);
    const { page } = session;
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('«Ødelagt.referat» er ufuldstændig');
    await alert.getByRole('button', { name: 'Åbn sikkerhedskopi' }).click();
    await expect
      .poll(() => page.getByText('REFERAT Direktionen d. 29-01-2018').first().isVisible())
      .toBe(true);
    // The damaged file itself is never touched.
    expect(await fs.readFile(path, 'utf8')).toBe(seed.slice(0, seed.length / 2));
  });

  it('explains a recent meeting that is gone and takes it off the list', async () => {
    session = await openApp(browser, server.url);
    const gone = join(session.dataDir, 'Flyttet.referat');
    session.settings.rememberRecent(gone, 'Direktionen 29-01-2018', new Date());
    const { page } = session;
    await page.reload();
    await page.getByRole('button', { name: /Direktionen 29-01-2018/ }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('«Flyttet.referat» findes ikke længere');
    await alert.getByRole('button', { name: 'Fjern fra listen' }).click();
    await expect.poll(() => page.getByText('Ingen endnu').isVisible()).toBe(true);
    expect(session.settings.recentFiles()).toEqual([]);
  });
});
