import { promises as fs } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import type { Meeting } from '../../shared/model/meeting';
import { loadSeedFixture } from '../support/seed';
import { openSeedCopy } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

async function readMeeting(path: string): Promise<Meeting> {
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.problem.code);
  return result.meeting;
}

function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/** The value of the focused field, or null when focus is not in an input. */
function focusedValue(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement ? active.value : null;
  });
}

/** The text of the decision whose editor has focus, or null. */
function focusedDecisionText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.isContentEditable && active.closest('article') ? active.innerText : null;
  });
}

/** Names Chromium itself computed for the nodes with `role`, in page order. */
async function chromiumNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && node.role?.value === role)
    .map((node) => node.name?.value ?? '');
}

/** The decisions' texts, top to bottom, as shown. */
function decisionTexts(page: Page): Promise<string[]> {
  return page.getByRole('article').locator('[contenteditable]').allInnerTexts();
}

describe.runIf(requireTools('chromium'))('decisions and undoing deletions', () => {
  const suite = useBrowserSuite();

  it('puts a second "Ny beslutning" on the same day on top; a phrase goes there; undo restores a deleted one in place', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    const newDecision = page.getByRole('button', { name: '+ Ny beslutning' });

    await newDecision.click();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await page.getByRole('article').locator('[contenteditable="true"]').click();
    await page.keyboard.type('Første.');
    await newDecision.click();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.getByRole('article').first().locator('[contenteditable="true"]').click();
    await page.keyboard.type('Anden.');
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.', 'Første.']);

    // A standard phrase goes into the decision on top, the newest.
    await page.getByRole('button', { name: 'Drøftet.' }).click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.', 'Første.']);

    // Deleting the lower one and undoing puts it back below, not on top.
    await page
      .getByRole('article')
      .nth(1)
      .getByRole('button', { name: /^Slet / })
      .click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.']);
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.', 'Første.']);
    // The keyboard is in the restored decision, not lost to the page body.
    await expect.poll(() => focusedDecisionText(page)).toBe('Første.');
    await page.keyboard.type(' Igen.');
    await expect.poll(() => decisionTexts(page)).toEqual(['Anden.Drøftet.', 'Første. Igen.']);
  });

  it('undoes deleting a participant and a bilag, back in place with everything they held', async () => {
    const app = await suite.open();
    const { page } = app;
    const path = await openSeedCopy(app);
    const seed = loadSeedFixture();
    const names = () =>
      page
        .getByRole('textbox', { name: /^Navn, / })
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await page.getByRole('button', { name: 'Fjern Charlotte Markussen' }).click();
    await expect.poll(names).not.toContain('Charlotte Markussen');
    // The keyboard stays in the list: on the next participant's name.
    expect(await focusedLabel(page)).toBe('Navn, Kathrine Seier Skastrup');
    // Autosaved without her, so the undo below really writes her back.
    await expect.poll(async () => (await readMeeting(path)).participants.length).toBe(4);
    expect(await page.getByRole('status').filter({ hasText: 'er fjernet' }).innerText()).toContain(
      'Deltageren Charlotte Markussen er fjernet.',
    );
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(names).toEqual(seed.participants.map((p) => p.name));
    expect(await focusedLabel(page)).toBe('Navn, Charlotte Markussen');
    expect(await page.getByLabel('Initialer, Charlotte Markussen').inputValue()).toBe('CM');

    await page.getByRole('button', { name: /^1\. Status på Nyt Fokus/ }).click();
    const titles = () =>
      page
        .getByRole('textbox', { name: /^Titel, bilag/ })
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    await page.getByRole('button', { name: 'Slet bilag 1' }).click();
    await expect.poll(titles).toEqual(['Bilag 2 - Medlemmer af programorganiseringen']);
    expect(await focusedLabel(page)).toBe('Titel, bilag 1');
    await expect.poll(async () => (await readMeeting(path)).items[0]!.attachments.length).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'er slettet' }).innerText()).toContain(
      'Bilag 1 «Bilag 1 - Status på Nyt fokus» er slettet.',
    );
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(titles).toEqual(seed.items[0]!.attachments.map((a) => a.title));
    expect(await focusedValue(page)).toBe('Bilag 1 - Status på Nyt fokus');

    // On disk as before the deletions, ids included.
    await expect
      .poll(async () => (await readMeeting(path)).items[0]!.attachments)
      .toEqual(seed.items[0]!.attachments);
    expect((await readMeeting(path)).participants).toEqual(seed.participants);
  });

  it('puts the keyboard on a restored item, and on a decision or participant deleted on another screen', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    for (const title of ['Budget', 'Skoler']) {
      await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
      await page.getByLabel('Titel', { exact: true }).fill(title);
    }
    const entries = page.getByRole('navigation').getByRole('list').getByRole('button');
    await expect.poll(() => entries.allInnerTexts()).toHaveLength(2);

    // An item: back on screen with the keyboard in its title.
    await page.getByRole('button', { name: 'Slet punkt' }).click();
    await expect.poll(() => entries.count()).toBe(1);
    await page.getByRole('button', { name: 'Fortryd sletning' }).press('Enter');
    await expect.poll(() => focusedValue(page)).toBe('Skoler');
    expect(await page.getByRole('heading', { name: 'Punkt 2' }).count()).toBe(1);

    // A decision deleted in item 2, undone while item 1 is shown.
    await page.getByRole('button', { name: '+ Ny beslutning' }).click();
    await page.keyboard.type('Godkendt.');
    await page
      .getByRole('article')
      .getByRole('button', { name: /^Slet / })
      .click();
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.getByRole('button', { name: /^1\. Budget/ }).click();
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => focusedDecisionText(page)).toBe('Godkendt.');
    expect(await page.getByRole('heading', { name: 'Punkt 2' }).count()).toBe(1);

    // A participant removed in the header, undone from an item.
    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await page.getByRole('button', { name: '+ Tilføj deltager' }).click();
    await page
      .getByRole('textbox', { name: /^Navn, / })
      .last()
      .fill('Ib Holm');
    await page.getByRole('button', { name: 'Fjern Ib Holm' }).click();
    await page.getByRole('button', { name: /^1\. Budget/ }).click();
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => focusedLabel(page)).toBe('Navn, Ib Holm');
  });

  it('tells two decisions of the same day apart for screen readers, keeping the printed label on screen', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
    await page.getByRole('button', { name: '+ Ny beslutning' }).click();
    await page.getByRole('button', { name: '+ Ny beslutning' }).click();
    const headings = page.getByRole('article').locator('h4');
    await expect.poll(() => headings.count()).toBe(2);
    const [label, other] = await headings.allInnerTexts();
    expect(label).toMatch(/^Beslutning .*den \d\d-\d\d-\d{4}$/);
    expect(other).toBe(label);

    const names = [`${label} (1 af 2, nyeste)`, `${label} (2 af 2)`];
    await expect.poll(() => chromiumNames(page, 'article')).toEqual(names);
    // The text boxes, the toolbar (of the new one, which has the caret) and delete buttons say which one, too.
    const texts = await chromiumNames(page, 'textbox');
    expect(texts.filter((name) => name.startsWith('Beslutning'))).toEqual(names);
    await expect.poll(() => chromiumNames(page, 'toolbar')).toEqual([`Formatering af ${names[0]}`]);
    await page.getByRole('button', { name: `Slet ${names[0]}`, exact: true }).click();
    // Alone again: the plain label.
    await expect.poll(() => chromiumNames(page, 'article')).toEqual([label]);
  });
});
