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
import { plainTextOf } from '../../shared/model/rich-text';
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
});
