/**
 * A meeting written live, as issue 10 has it: a substitute, a member who
 * leaves, an inhabil member, a vote by party letter, a postponed item,
 * times noted per item and the end time set when the last item closes,
 * all from the keyboard. The Word file, read back through LibreOffice,
 * prints the absentees, the vote and the statuses as the template says;
 * "Nyt møde ud fra dette" then carries the postponed item with its
 * earlier decision.
 */
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, renderDocx } from '../export/libreoffice';
import { seriousViolations } from '../support/axe';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import {
  focusedName,
  layoutProblems,
  openCommitteeMeeting,
  readMeeting,
} from './live-meeting-fixtures';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))('the live meeting', () => {
  const suite = useBrowserSuite();

  it('lets decisions follow the meeting until set, checks votes, and puts the time in a plain field', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.clock.setFixedTime(new Date('2018-01-29T10:05:00'));
    const path = await openCommitteeMeeting(app);

    // "kl. 10.05" where the caret is in a plain field, through the field's own input.
    await page.locator('#item-title').press('End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => page.locator('#item-title').inputValue()).toBe('Budget 2019 kl. 10.05');

    // A new decision follows the meeting's body: correcting the header corrects it.
    await page.keyboard.press('Control+Shift+D');
    const decision = page.getByRole('article').first();
    const heading = () => decision.getByRole('heading').innerText();
    await expect.poll(heading).toBe('Beslutning i Børne- og Skoleudvalget den 29. januar 2018:');
    expect(await decision.getByText('følger mødet').count()).toBe(2);
    await page.keyboard.press('Control+0');
    await page.getByLabel('Organ').fill('Skoleudvalget');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(heading).toBe('Beslutning i Skoleudvalget den 29. januar 2018:');
    // Set on purpose (typed Danish style), then back to following.
    await decision.getByLabel('Dato').fill('22-01-2018');
    await expect.poll(heading).toBe('Beslutning i Skoleudvalget den 22. januar 2018:');
    await decision.getByRole('button', { name: 'Følg mødet' }).click();
    await expect.poll(heading).toBe('Beslutning i Skoleudvalget den 29. januar 2018:');
    expect(await decision.getByLabel('Dato').inputValue()).toBe('');
    await expect
      .poll(async () => (await readMeeting(path)).items[0]!.decisions[0]!.date)
      .toBeNull();

    // Counts must add up to the six voting members present.
    await decision.getByRole('button', { name: '+ Afstemning' }).click();
    await decision.getByLabel('Kun antal').check();
    const problem = decision.getByRole('status');
    for (const [label, count] of [
      ['For', '3'],
      ['Imod', '1'],
      ['Undlod at stemme', '1'],
    ] as const) {
      await decision.getByLabel(label, { exact: true }).fill(count);
    }
    await expect
      .poll(() => problem.innerText())
      .toBe('Stemmerne går ikke op: 5 i alt, men 6 medlemmer er til stede under punktet.');
    await decision.getByLabel('For', { exact: true }).fill('4');
    await expect.poll(() => problem.innerText()).toBe('Stemmerne går op.');
    const wording = decision.getByLabel('Tekst i referatet');
    expect(await wording.inputValue()).toBe('For stemte 4, imod stemte 1, 1 undlod at stemme.');
    // The sentence is the secretary's to change, and to give back.
    await wording.fill('Et flertal stemte for; 1 medlem tog forbehold.');
    await decision.getByRole('button', { name: 'Brug forslaget' }).click();
    await expect
      .poll(() => wording.inputValue())
      .toBe('For stemte 4, imod stemte 1, 1 undlod at stemme.');

    // By name: a member made inhabil after voting can no longer vote.
    await decision.getByLabel('Med navne').check();
    await decision.getByLabel('Stemme, Bo Jensen').selectOption('for');
    await page.keyboard.press('Control+Shift+M');
    await page.getByLabel('Sket på punktet, Bo Jensen').selectOption('inhabil');
    await expect
      .poll(() => problem.innerText())
      .toBe('Bo Jensen kan ikke stemme på dette punkt (fraværende, inhabil eller ikke medlem).');
    expect(await decision.getByLabel('Stemme, Bo Jensen').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('records attendance, inhabilitet, a substitute, a vote and statuses, prints them, and carries the postponed item on', async () => {
    const app = await suite.open({ now: () => new Date('2018-02-05T08:00:00') });
    const { page } = app;
    // The page's clock says 10:05 on the meeting day; timers keep running (autosave).
    await page.clock.setFixedTime(new Date('2018-01-29T10:05:00'));
    const path = await openCommitteeMeeting(app);
    const keys: Record<string, number> = {};
    const press = async (what: string, ...sequence: string[]) => {
      for (const key of sequence) await page.keyboard.press(key);
      keys[what] = (keys[what] ?? 0) + sequence.length;
    };

    // Item 1: opened at 10.05; Fie Kragh sent a substitute for the whole meeting.
    await page.locator('#item-title').focus();
    await press('open item', 'Control+Shift+O');
    await expect.poll(() => page.locator('#item-times').innerText()).toBe('Åbnet kl. 10.05');
    await press('attendance panel', 'Control+Shift+M');
    await expect.poll(() => focusedName(page)).toBe('Sket på punktet, Anne Holm');
    // "+ Stedfortræder" is one Skift+Tab up; the member by letter, the name, Enter.
    await press('substitute', 'Shift+Tab', 'Enter', 'f', 'Tab');
    expect(await page.getByLabel('Stedfortræder for').inputValue()).toBe(
      (await readMeeting(path)).participants.find((p) => p.name === 'Fie Kragh')?.id,
    );
    await page.keyboard.type('Gert Nielsen');
    await press('substitute', 'Enter');
    await expect
      .poll(() => page.locator('#attendance-summary').innerText())
      .toBe('Til stede: 7 af 8 · Fraværende: Fie Kragh');

    // Two decisions against the Indstilling's points; a vote on "Ad 1." by party letter.
    await page.getByRole('button', { name: '+ Ad hvert punkt (1–2)' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    const points = page.getByRole('article').getByLabel('Gælder');
    await expect
      .poll(() => points.evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value)))
      .toEqual(['1', '2']);
    await page.getByRole('article').first().locator('[contenteditable="true"]').click();
    await page.keyboard.type('Indstillingen godkendt.');
    await press('vote', 'Control+Shift+A');
    await expect.poll(() => focusedName(page)).toBe('Parti A');
    // Parties in Danish order: A, C, F, V, Ø. C abstains, V votes against.
    await press('vote', 'ArrowDown', 'u');
    const problem = page.getByRole('article').first().locator('.live-problem');
    await expect.poll(() => problem.innerText()).toMatch(/^Stemmerne går ikke op: .* mangler/);
    await press('vote', 'ArrowDown', 'ArrowDown', 'i');
    // Enter in a voting list: the rest (A, F, Ø) vote for.
    await press('vote', 'Enter');
    const wording = 'For stemte 3 (A, F, Ø), imod stemte 2 (V), 1 undlod at stemme (C).';
    await expect
      .poll(() => page.getByRole('article').first().getByLabel('Tekst i referatet').inputValue())
      .toBe(wording);
    await expect
      .poll(() => page.getByRole('article').first().locator('.live-ok').innerText())
      .toBe('Stemmerne går op.');
    // The item as the secretary sees it now: attendance open, two decisions, a vote.
    expect(await seriousViolations(page)).toEqual([]);
    await fs.mkdir(artifacts, { recursive: true });
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const row of [
        '.item-form-head',
        '.live-times',
        '.live-attendance .live-row',
        '.live-decision-meta',
        '.live-vote .live-row',
        '.sidebar-entry',
      ]) {
        expect(await layoutProblems(page, row), `${row} at ${size.width}`).toEqual([]);
      }
      await page.getByRole('heading', { name: 'Punkt 1' }).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(artifacts, `live-item-${size.width}x${size.height}.png`),
      });
      await page.getByRole('article').first().locator('.live-vote').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(artifacts, `live-vote-${size.width}x${size.height}.png`),
      });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#item-title').focus();
    await press('status', 'Control+Shift+T', '1');
    await expect
      .poll(() => page.getByRole('button', { name: /^Status: / }).innerText())
      .toBe('Status: Godkendt');
    // The keyboard is back in the title, which the digit did not touch.
    expect(await page.locator('#item-title').inputValue()).toBe('Budget 2019');
    expect(await focusedName(page)).toBe('');
    await page.clock.setFixedTime(new Date('2018-01-29T10:32:00'));
    await press('close item', 'Control+Shift+L');

    // Item 2: postponed again, with the time written into the decision.
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { name: 'Punkt 2' }).waitFor();
    await press('open item', 'Control+Shift+O');
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.keyboard.type('Udsat til næste møde; drøftelsen sluttede ');
    await press('time', 'Control+Shift+K');
    await page.keyboard.type('.');
    await press('status', 'Control+Shift+T', '3');
    const sidebar = page.getByRole('navigation', { name: 'Mødets indhold' });
    const entry = (n: number) => sidebar.getByRole('listitem').nth(n - 1);
    await expect.poll(() => entry(2).innerText()).toMatch(/Skolestruktur\s*Udsat/);
    expect(await entry(2).getByText('✓').count()).toBe(0);
    await expect.poll(() => entry(1).getByRole('img').getAttribute('aria-label')).toBe('Godkendt');
    // The sidebar's filter shows the postponed item alone.
    await sidebar.getByLabel('Vis').selectOption('postponed');
    await expect.poll(() => sidebar.getByRole('listitem').count()).toBe(1);
    await sidebar.getByLabel('Vis').selectOption('all');
    await press('close item', 'Control+Shift+L');

    // Item 3: Erik Berg left before it, Bo Jensen is inhabil.
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { name: 'Punkt 3' }).waitFor();
    await press('open item', 'Control+Shift+O');
    await press('attendance panel', 'Control+Shift+M');
    // Keys go to the panel only once it has the focus (a loaded machine may be slow to give it).
    await expect.poll(() => focusedName(page)).toBe('Sket på punktet, Anne Holm');
    await press('left', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'f');
    await expect
      .poll(() => page.getByLabel('Sket på punktet, Erik Berg').inputValue())
      .toBe('left');
    await press('inhabil', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'i', 'Tab');
    await expect.poll(() => focusedName(page)).toBe('Begrundelse for inhabilitet, Bo Jensen');
    await page.keyboard.type('nær familie til ansøger');
    keys.inhabil = (keys.inhabil ?? 0) + 1; // the reason counted as one entry
    await expect
      .poll(() => page.locator('#attendance-summary').innerText())
      .toBe('Til stede: 5 af 8 · Fraværende: Erik Berg, Fie Kragh · Inhabil: Bo Jensen');
    await page.screenshot({ path: join(artifacts, 'live-attendance-1280x900.png') });
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.type('Godkendt.');
    await press('status', 'Control+Shift+T', '1');
    await press('close item', 'Control+Shift+L');

    // Item 4, the last: closing it asks whether the meeting ended then.
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { name: 'Punkt 4' }).waitFor();
    await page.clock.setFixedTime(new Date('2018-01-29T11:40:00'));
    await press('open item', 'Control+Shift+O');
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.type('Intet.');
    await press('status', 'Control+Shift+T');
    await page.screenshot({ path: join(artifacts, 'live-status-menu-1280x900.png') });
    await press('status', '2');
    await page.clock.setFixedTime(new Date('2018-01-29T11:42:00'));
    await press('close item', 'Control+Shift+L');
    const question = page.getByRole('alertdialog');
    await expect
      .poll(() => question.innerText())
      .toContain('Sæt mødets sluttidspunkt til kl. 11.42?');
    expect(await focusedName(page)).toBe('Sæt sluttid kl. 11.42');
    await press('end time', 'Enter');
    await expect.poll(() => question.count()).toBe(0);

    // What was written, on disk (autosave).
    await expect.poll(async () => (await readMeeting(path)).endTime).toBe('11:42');
    const saved = await readMeeting(path);
    expect(saved.items.map((i) => i.status)).toEqual([
      'approved',
      'postponed',
      'approved',
      'noted',
    ]);
    expect(saved.items.map((i) => [i.openedAt, i.closedAt])).toEqual([
      ['10:05', '10:32'],
      ['10:32', '10:32'],
      ['10:32', '10:32'],
      ['11:40', '11:42'],
    ]);
    const gert = saved.participants.find((p) => p.name === 'Gert Nielsen');
    const fie = saved.participants.find((p) => p.name === 'Fie Kragh');
    expect(gert?.substituteFor).toBe(fie?.id);
    expect(fie?.attendance).toBe('absent');

    // Export through the UI and read the Word file as a reader sees it.
    // The header's participants table shows whom the substitute replaces.
    await page.keyboard.press('Control+0');
    await expect
      .poll(() => page.getByLabel('Stedfortræder for, Gert Nielsen', { exact: true }).inputValue())
      .toBe(fie?.id);
    expect(await page.getByLabel('Stedfortræder for, Fie Kragh', { exact: true }).count()).toBe(0);

    const docx = join(app.dataDir, 'referat.docx');
    app.dialogs.export.push(docx);
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText('Eksporteret til «referat.docx».').waitFor();
    const [pages] = renderDocx([{ name: 'live', bytes: await fs.readFile(docx) }]);
    const text = normalise((pages ?? []).join('\n'));
    expect(text).toContain('Afbud Fie Kragh (V)');
    expect(text).toContain('Gert Nielsen (V) (stedfortræder for Fie Kragh)');
    expect(text).toContain('Fraværende Erik Berg (C) (forlod mødet før behandlingen af punkt 3)');
    expect(text).toContain('Status: Godkendt');
    expect(text).toContain('Status: Udsat');
    expect(text).toContain('Behandlet kl. 10.05-10.32');
    expect(text).toContain('Ad 1. Indstillingen godkendt.');
    expect(text).toContain(wording);
    expect(text).toContain('Fraværende: Erik Berg (C), Fie Kragh (V)');
    expect(text).toContain(
      'Bo Jensen (V) deltog ikke i behandlingen af punktet på grund af inhabilitet (nær familie til ansøger).',
    );
    expect(text).toContain('Udsat til næste møde; drøftelsen sluttede kl. 10.32.');
    expect(text).toMatch(/Tidspunkt Kl\. 09[:.]00-11[:.]42/);

    // The next meeting carries the postponed item with both its decisions.
    await page.keyboard.press('Control+Shift+N');
    await expect
      .poll(() => sidebar.getByRole('listitem').allInnerTexts())
      .toEqual([expect.stringMatching(/^1\.\s*Skolestruktur/)]);
    await sidebar.getByRole('listitem').first().getByRole('button').click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').allInnerTexts())
      .toEqual([
        'Beslutning i Børne- og Skoleudvalget den 29. januar 2018:',
        'Beslutning i Børne- og Skoleudvalget den 22. januar 2018:',
      ]);
    expect(await page.getByRole('button', { name: /^Status: / }).innerText()).toBe(
      'Status: Ikke angivet',
    );
    // The keyboard cost of each live action as this test recorded it (the
    // lead's note on issue 10 quotes these); more keys here is a regression.
    expect(keys).toEqual({
      'open item': 4, // Ctrl+Skift+O on each of four items
      'attendance panel': 2, // Ctrl+Skift+M on items 1 and 3
      substitute: 5, // Skift+Tab, Enter, F, Tab, (name), Enter
      vote: 7, // Ctrl+Skift+A, ↓, U, ↓, ↓, I, Enter
      status: 8, // Ctrl+Skift+T and a digit, on four items
      'close item': 4,
      time: 1, // Ctrl+Skift+K
      left: 5, // ↓ × 4 to the member, F
      inhabil: 6, // ↑ × 3, I, Tab, (reason)
      'end time': 1, // Enter on the question
    });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
