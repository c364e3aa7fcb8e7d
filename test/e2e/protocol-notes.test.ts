/**
 * Protokolbemærkninger (styrelseslovens §11) during the meeting: added
 * from the keyboard alone on the decision on screen, a member picked by
 * letter, a party written as text, removed and brought back, saved, and
 * printed in the Word file under the decision after the vote, as a reader
 * sees it.
 */
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { normalise, renderDocx } from '../export/libreoffice';
import { seriousViolations } from '../support/axe';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { focusedName, layoutProblems } from './live-meeting-fixtures';
import { liveMeeting, openMeeting } from './screen-fixtures';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

/** The member whose box has the keyboard (its label's text), or null. */
function focusedMember(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === 'checkbox'
      ? (active.closest('label')?.textContent?.trim() ?? null)
      : null;
  });
}

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('protokolbemærkninger', () => {
  const suite = useBrowserSuite();

  it('are added and typed from the keyboard, and printed under the decision after the vote', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const path = await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    // Item 2 holds today's decision with its vote.
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { name: 'Punkt 2' }).waitFor();

    // Ctrl+Skift+P: a note on the decision on top, the keyboard on its members.
    await page.keyboard.press('Control+Shift+P');
    const first = page.locator('.live-note').first();
    await first.waitFor();
    await expect.poll(() => focusedMember(page)).toBe('Michael Ziegler (C)');
    // A letter jumps to the member, Space picks; Tab skips «Fra» to the statement.
    await page.keyboard.press('p');
    await expect.poll(() => focusedMember(page)).toBe('Pia Gaarde Nielsen (V)');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vi kan ikke støtte forslaget.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Udgifterne til skolerne er for høje.');
    await expect
      .poll(() => first.locator('.live-note-printed').innerText())
      .toBe(
        'I referatet: «Protokolbemærkning fra Pia Gaarde Nielsen: Vi kan ikke støtte forslaget.\nUdgifterne til skolerne er for høje.»',
      );

    // A second one from a party, written as text.
    await page.keyboard.press('Control+Shift+P');
    const second = page.locator('.live-note').nth(1);
    await second.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dansk Folkeparti');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vi stemmer for, men ønsker en ny prioritering.');

    // Removed from the keyboard, and back with Ctrl+Z, focus on it.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('Fjern protokolbemærkning 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.live-note').count()).toBe(1);
    await page
      .getByRole('status')
      .getByText(/Protokolbemærkningen fra Dansk Folkeparti/)
      .waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.live-note').count()).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.live-note') !== null))
      .toBe(true);

    // The decision as the secretary sees it: nothing overlapping, nothing cut off.
    expect(await seriousViolations(page)).toEqual([]);
    await fs.mkdir(artifacts, { recursive: true });
    // And the smallest window the app supports.
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 720, height: 480 },
    ]) {
      await page.setViewportSize(size);
      for (const row of ['.live-decision-meta', '.live-note', '.live-note .live-row']) {
        expect(await layoutProblems(page, row), `${row} at ${size.width}`).toEqual([]);
      }
      await first.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(artifacts, `protocol-notes-${size.width}x${size.height}.png`),
      });
      // The decision's own row, with «+ Protokolbemærkning» beside «Følg mødet» and the vote.
      await page
        .locator('.live-decision-meta')
        .first()
        .evaluate((el) => el.scrollIntoView());
      await page.screenshot({
        path: join(artifacts, `protocol-notes-decision-${size.width}x${size.height}.png`),
      });
    }

    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => {
        const read = readMeetingFile(await fs.readFile(path, 'utf8'));
        if (!read.ok) return null;
        const decision = read.meeting.items[1]?.decisions.find((d) => d.protocolNotes.length);
        return decision?.protocolNotes.map(({ byText, text, by }) => ({
          by: by.map((id) => read.meeting.participants.find((p) => p.id === id)?.name),
          byText,
          text,
        }));
      })
      .toEqual([
        {
          by: ['Pia Gaarde Nielsen'],
          byText: '',
          text: 'Vi kan ikke støtte forslaget.\nUdgifterne til skolerne er for høje.',
        },
        {
          by: [],
          byText: 'Dansk Folkeparti',
          text: 'Vi stemmer for, men ønsker en ny prioritering.',
        },
      ]);

    const docx = join(app.dataDir, 'Økonomiudvalget.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «Økonomiudvalget.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'protocol-notes', bytes: await fs.readFile(docx) }]);
    const text = normalise((pages ?? []).join('\n'));
    // Under today's decision, after its vote, in the order added; the older decision follows.
    expect(text).toMatch(
      new RegExp(
        [
          'Indstillingen blev godkendt\\.',
          'For stemte 3 \\(A, C, O\\), imod stemte 1 \\(V\\)\\.',
          'Protokolbemærkning fra Pia Gaarde Nielsen: Vi kan ikke støtte forslaget\\.',
          'Udgifterne til skolerne er for høje\\.',
          'Protokolbemærkning fra Dansk Folkeparti: Vi stemmer for, men ønsker en ny prioritering\\.',
          'Beslutning Økonomiudvalget den 12-02-2019',
        ].join('\\s+'),
      ),
    );
  });
});
