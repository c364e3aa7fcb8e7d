import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { SEED_HEADER, SEED_ITEMS } from '../fixtures/seed-content';
import type { Block } from '../fixtures/seed-blocks';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { normalizeMeeting } from './compare-meetings';
import { typeBlocks } from './type-seed';

const fixturePath = resolve(import.meta.dirname, '../fixtures/direktionen-2018-01-29.referat');
const STANDARD_PHRASES = [
  'Taget til efterretning.',
  'Godkendt.',
  'Godkendt som indstillet.',
  'Drøftet.',
  'Udsat.',
];

async function readMeeting(path: string) {
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.problem.code} ${result.problem.detail ?? ''}`);
  return result.meeting;
}

/** The editor of a section; clicking a lazy placeholder mounts it with the caret inside. */
async function focusSection(page: Page, field: string): Promise<void> {
  const editable = page.locator(`[contenteditable="true"][aria-labelledby="section-${field}"]`);
  if ((await editable.count()) === 0) {
    await page.locator(`[aria-labelledby="section-${field}"][tabindex="0"]`).click();
  } else {
    await editable.click();
  }
  await expect.poll(() => editable.evaluate((el) => el === document.activeElement)).toBe(true);
}

function onlyPhrase(blocks: Block[]): string | null {
  const [block] = blocks;
  if (blocks.length !== 1 || block?.kind !== 'paragraph' || block.runs.length !== 1) return null;
  const text = block.runs[0];
  return typeof text === 'string' && STANDARD_PHRASES.includes(text) ? text : null;
}

async function decisionArticle(page: Page, label: string): Promise<Locator> {
  const article = page.getByRole('article', { name: label });
  await expect.poll(() => article.count()).toBe(1);
  return article;
}

describe.runIf(requireTools('chromium'))('writing the seed meeting through the UI', () => {
  const suite = useBrowserSuite();

  it('produces the fixture, in content and formatting', { timeout: 240_000 }, async () => {
    const app = await suite.open({ now: () => new Date(2018, 0, 29, 8, 0) });
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).click();

    // Header
    await page.getByLabel('Organ').fill(SEED_HEADER.body);
    await page.getByLabel('Mødedato').fill(SEED_HEADER.date);
    await page.getByLabel('Starttid').fill(SEED_HEADER.startTime);
    await page.getByLabel('Mødested').fill(SEED_HEADER.venue);
    for (const [index, participant] of SEED_HEADER.participants.entries()) {
      await page.getByRole('button', { name: '+ Tilføj deltager' }).click();
      const who = `deltager ${index + 1}`;
      await page.getByLabel(`Navn, ${who}`).fill(participant.name);
      const named = participant.name;
      if (participant.initials)
        await page.getByLabel(`Initialer, ${named}`).fill(participant.initials);
      if (participant.role) await page.getByLabel(`Rolle, ${named}`).fill(participant.role);
    }

    // Items
    for (const item of SEED_ITEMS) {
      await page.getByRole('button', { name: '+ Tilføj punkt' }).click();
      await expect
        .poll(() => page.locator('#item-title').evaluate((el) => el === document.activeElement))
        .toBe(true);
      await page.keyboard.type(item.title);
      await page.getByLabel('Sagsnr.').fill(item.caseNumber);
      if (item.closed) await page.getByLabel('Lukket punkt').check();
      await focusSection(page, 'baggrund');
      await typeBlocks(page, item.background);
      await focusSection(page, 'indstilling');
      await typeBlocks(page, item.recommendation);
      for (const decision of item.decisions) {
        const phrase = onlyPhrase(decision.text);
        if (phrase && item.decisions.length === 1) {
          // The live-meeting way: one click on the standard phrase.
          await page
            .getByRole('group', { name: 'Standardformuleringer' })
            .getByRole('button', { name: phrase })
            .click();
          continue;
        }
        await page.getByRole('button', { name: '+ Ny beslutning' }).click();
        const article = await decisionArticle(page, 'Beslutning Direktionen den 29-01-2018');
        if (decision.date !== SEED_HEADER.date) {
          await article.getByLabel('Dato').fill(decision.date);
        }
        const [y, m, d] = decision.date.split('-');
        const label = `Beslutning Direktionen den ${d}-${m}-${y}`;
        await (await decisionArticle(page, label)).locator('[contenteditable="true"]').click();
        await typeBlocks(page, decision.text);
      }
      await focusSection(page, 'sagsfremstilling');
      await typeBlocks(page, item.presentation);
      for (const [index, title] of item.attachments.entries()) {
        await page.getByRole('button', { name: '+ Tilføj bilag' }).click();
        await page.getByLabel(`Titel, bilag ${index + 1}`).fill(title);
      }
    }

    // Save (Ctrl+S on a meeting without a name asks where), then reopen it.
    const saved = join(app.dataDir, 'Direktionen 2018-01-29.referat');
    app.dialogs.save.push(saved);
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.getByText('Direktionen 2018-01-29.referat').count())
      .toBeGreaterThan(0);
    expect(app.dialogs.suggestedNames).toEqual(['Direktionen 2018-01-29.referat']);
    await page.getByRole('button', { name: 'Luk møde' }).click();
    app.dialogs.open.push(saved);
    await page.getByRole('button', { name: 'Åbn møde…' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'REFERAT Direktionen d. 29-01-2018' }).count())
      .toBe(1);

    const written = await readMeeting(saved);
    const fixture = await readMeeting(fixturePath);
    expect(normalizeMeeting(written)).toEqual(normalizeMeeting(fixture));
    expect(app.pageErrors).toEqual([]);
  });
});
