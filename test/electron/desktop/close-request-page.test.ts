/**
 * The page's half of the close guard (electron/main/close-guard.ts), in
 * real Chromium against the real handlers: when main asks before closing,
 * an open meeting is saved, and a meeting without a file asks where to save.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../../shared/format/read';
import { useBrowserSuite } from '../../e2e/browser-suite';
import { requireTools } from '../../support/require-tool';

describe.runIf(requireTools('chromium'))('closing the window from the page’s side', () => {
  const suite = useBrowserSuite();

  it('a meeting that has no file yet asks where to save, then is written there', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByLabel('Organ').fill('Økonomiudvalget');
    const target = join(app.dataDir, 'Økonomiudvalget.referat');
    app.dialogs.save.push(target);

    await app.emit('app:close-requested', { quitting: true });

    await expect.poll(() => existsSync(target), { timeout: 5000 }).toBe(true);
    expect(app.dialogs.suggestedNames).toHaveLength(1);
    const saved = readMeetingFile(await fs.readFile(target, 'utf8'));
    expect(saved.ok && saved.meeting.body).toBe('Økonomiudvalget');
  });

  it('cancelling the save dialog keeps the meeting open', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByLabel('Organ').fill('Byrådet');

    // No scripted answer: the dialog is cancelled.
    await app.emit('app:close-requested', { quitting: false });

    await expect.poll(() => app.dialogs.suggestedNames.length).toBe(1);
    expect(await page.getByLabel('Organ').inputValue()).toBe('Byrådet');
  });
});
