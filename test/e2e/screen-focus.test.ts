/**
 * The caret is where the next key is meant for: a new meeting at Organ, a
 * new participant at the name, a reopened meeting where the secretary last
 * wrote (also after a restart); dates and times are typed Danish style in
 * one Tab stop; one formatting toolbar follows the text field in use.
 */
import { promises as fs } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import type { Meeting } from '../../shared/model/meeting';
import { plainTextOf } from '../../shared/model/rich-text';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { liveMeeting, openMeeting } from './screen-fixtures';

async function readMeeting(path: string): Promise<Meeting> {
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.problem.code);
  return result.meeting;
}

/** The focused element's id, or its label when it has no id. */
function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || el?.getAttribute('aria-label') || el?.textContent || null;
  });
}

describe.runIf(requireTools('chromium'))('focus and fields', () => {
  const suite = useBrowserSuite();

  it('puts the caret at Organ for a new meeting and Ctrl+0, and in the new participant’s name', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
    await page.keyboard.press('Control+n');
    await expect.poll(() => focused(page)).toBe('meeting-body');
    await page.keyboard.type('Byrådet');
    expect(await page.getByLabel('Organ').inputValue()).toBe('Byrådet');

    // "+ Tilføj deltager" from the keyboard, then the name straight away.
    await page.getByRole('button', { name: '+ Tilføj deltager' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ib Holm');
    await expect.poll(() => focused(page)).toBe('Navn, Ib Holm');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Åse Berg');
    await expect.poll(() => focused(page)).toBe('Navn, Åse Berg');

    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await expect.poll(() => focused(page)).toBe('item-title');
    await page.keyboard.press('Control+0');
    await expect.poll(() => focused(page)).toBe('meeting-body');
  });

  it('takes a date and times typed Danish style, one Tab stop each, and explains a wrong one', async () => {
    const app = await suite.open();
    const { page } = app;
    const path = await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    await page.keyboard.press('Control+0');
    const date = page.getByLabel('Mødedato');
    expect(await date.inputValue()).toBe('12-03-2019');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('meeting-date');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('5-3-2019');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('meeting-start');
    expect(await date.inputValue()).toBe('05-03-2019');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1630');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('meeting-end');
    await page.keyboard.type('18.15');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Starttid').inputValue()).toBe('16.30');
    await expect
      .poll(async () => {
        const m = await readMeeting(path);
        return [m.date, m.startTime, m.endTime];
      })
      .toEqual(['2019-03-05', '16:30', '18:15']);

    // Not a date: the text stays, a Danish message says how, the file keeps the last good date.
    await date.fill('31-02-2019');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('31-02-2019');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').innerText()).toBe(
      'Skriv datoen som dd-mm-åååå, fx 29-01-2018.',
    );
    expect((await readMeeting(path)).date).toBe('2019-03-05');
  });

  it('shows participants as a table, toggles attendance with Space, and shows the whole note', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const path = await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    await page.keyboard.press('Control+0');
    const table = page.getByRole('table', { name: 'Mødedeltagere' });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Navn',
      'Initialer',
      'Rolle/parti',
      'Fremmøde',
      'Handlinger',
    ]);
    // One line per person; a note on attendance gets a line of its own under its person.
    const heights = await table
      .locator('tbody tr.participant')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(heights).toHaveLength(6);
    expect(Math.max(...heights) - Math.min(...heights), String(heights)).toBeLessThan(2);

    const attendance = page.getByRole('button', { name: /^Fremmøde, Pia Gaarde Nielsen/ });
    await attendance.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => attendance.getAttribute('aria-label'))
      .toBe('Fremmøde, Pia Gaarde Nielsen: Afbud');
    await expect
      .poll(async () => (await readMeeting(path)).participants[2]!.attendance)
      .toBe('absent');

    const note = page.getByLabel('Note om fremmøde, Anders Holm Petersen');
    const fits = await note.evaluate(
      (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
    );
    expect(fits, 'the absence note is cut off').toBe(true);
  });

  it('reopens a meeting where the secretary last wrote, also after a restart', async () => {
    const app = await suite.open();
    const path = await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    let page = app.page;
    // A meeting never written in opens at the first item's title.
    await expect.poll(() => focused(page)).toBe('item-title');
    await page.getByRole('button', { name: /^2\. Budget 2019/ }).click();
    await page.locator('#section-baggrund-text').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Skrevet før lukning.');
    await page.getByRole('button', { name: 'Luk møde' }).click();
    await page.getByRole('heading', { name: 'Seneste møder' }).waitFor();

    // A restart: a new page, the same settings.
    await app.reload();
    page = app.page;
    app.dialogs.open.push(path);
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    await expect.poll(() => focused(page)).toBe('section-baggrund-text');
    await page.keyboard.type(' Og videre.');
    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => plainTextOf((await readMeeting(path)).items[1]!.sections.baggrund!.root))
      .toMatch(/Skrevet før lukning\. Og videre\.$/);
  });

  it('has one formatting toolbar, for the field in use, reached with Alt+F10', async () => {
    const app = await suite.open();
    const { page } = app;
    await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    await page.getByRole('button', { name: /^2\. Budget 2019/ }).click();
    await page.locator('#section-baggrund-text').click();
    await expect.poll(() => page.getByRole('toolbar').count()).toBe(1);
    const toolbar = page.getByRole('toolbar');
    expect(await toolbar.getAttribute('aria-label')).toBe('Formatering af Baggrund');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' Vigtigt');
    await expect
      .poll(() => toolbar.getByRole('button', { name: 'Fed' }).getAttribute('aria-pressed'))
      .toBe('true');

    await page.locator('#section-indstilling-text').click();
    await expect
      .poll(() => page.getByRole('toolbar').getAttribute('aria-label'))
      .toBe('Formatering af Indstilling');
    expect(await page.getByRole('toolbar').count()).toBe(1);
    expect(
      await page
        .getByRole('toolbar')
        .getByRole('button', { name: 'Fed' })
        .getAttribute('aria-pressed'),
    ).toBe('false');

    await page.keyboard.press('Alt+F10');
    await expect.poll(() => focused(page)).toBe('Fed');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toBe('Kursiv');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('section-indstilling-text');
  });

  it('offers Gem som… when Ctrl+W closes a meeting without a name', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde', exact: true }).click();
    await expect.poll(() => focused(page)).toBe('meeting-body');
    await page.keyboard.type('Byrådet');
    await page.keyboard.press('Control+w');
    const dialog = page.getByRole('dialog', { name: /er ikke gemt under et navn/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await focused(page)).toBe('Gem som…');
    const path = `${app.dataDir}/Byrådet.referat`;
    app.dialogs.save.push(path);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Seneste møder' }).waitFor();
    expect((await readMeeting(path)).body).toBe('Byrådet');
    // Only the meeting was closed: the start screen says nothing about Referat closing.
    expect(await page.getByText('Referat blev lukket').count()).toBe(0);
  });
});
