/**
 * The screen a secretary lives in for three hours, checked as boxes on a
 * page rather than by eye: the top bar fits on one line at common laptop
 * sizes, the shortcut overview fits a small window with its title in
 * view, and axe finds no contrast problem in the light or the dark theme.
 * The screenshots it leaves in test-artifacts/ are for looking at.
 */
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastViolations } from '../support/axe';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import { layoutProblems } from './live-meeting-fixtures';
import { liveMeeting, openMeeting } from './screen-fixtures';

const artifacts = join(resolve(import.meta.dirname, '../..'), 'test-artifacts', 'screen');

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the top bar's parts: title block, save state, and every button. */
async function topBarBoxes(page: Page): Promise<{ bar: Box; parts: Box[]; title: Box }> {
  return page.evaluate(() => {
    const box = (name: string, el: Element) => {
      const r = el.getBoundingClientRect();
      return { name, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const bar = document.querySelector('.top-bar')!;
    const parts = [
      box('title', bar.querySelector('.top-bar-title')!),
      box('save state', bar.querySelector('.save-indicator')!),
      ...Array.from(bar.querySelectorAll('.top-bar-actions button')).map((b) =>
        box(b.textContent ?? '', b),
      ),
    ];
    return { bar: box('bar', bar), parts, title: box('h1', bar.querySelector('h1')!) };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every problem with the top bar's layout at the current size, in words. */
async function topBarProblems(page: Page): Promise<string[]> {
  const { bar, parts, title } = await topBarBoxes(page);
  const width = page.viewportSize()!.width;
  const problems: string[] = [];
  for (const [i, a] of parts.entries()) {
    if (a.x < 0 || a.x + a.width > width + 0.5) problems.push(`${a.name} leaves the window`);
    if (a.y < bar.y || a.y + a.height > bar.y + bar.height + 0.5)
      problems.push(`${a.name} leaves the bar`);
    for (const b of parts.slice(i + 1))
      if (overlaps(a, b)) problems.push(`${a.name} overlaps ${b.name}`);
  }
  const lineHeight = await page
    .locator('#meeting-title')
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  if (title.height > lineHeight * 1.5) problems.push(`title wraps (${title.height}px high)`);
  if (title.width < 250) problems.push(`title squeezed to ${title.width}px`);
  return problems;
}

describe.runIf(requireTools('chromium'))('the screen', () => {
  const suite = useBrowserSuite();

  it('fits the top bar on one line at 1280×720 and 1366×768, saved and unsaved', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    // The longest title a real meeting gets: a long body name.
    const meeting = liveMeeting();
    meeting.body = 'Udvalget for Børn, Skole og Fritid samt Sundhed og Forebyggelse';
    await openMeeting(app, meeting, 'Udvalget for Børn, Skole og Fritid – marts 2019');
    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    await page.getByLabel('Mødested').fill('Mødelokale 2');
    await expect
      .poll(() => page.locator('.save-indicator').innerText())
      .toMatch(/^Gemt \d\d:\d\d$/);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      expect(await topBarProblems(page), `${size.width}×${size.height}`).toEqual([]);
    }

    // A new meeting, not yet saved under a name.
    await page.keyboard.press('Control+n');
    await expect
      .poll(() => page.locator('.save-indicator').innerText())
      .toBe('Ikke gemt under et navn');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      expect(await topBarProblems(page), `new, ${size.width}×${size.height}`).toEqual([]);
    }
  });

  it('fits a narrow window (half of a 1920 px screen, and the smallest window, 720×480)', async () => {
    const app = await suite.open({ viewport: { width: 960, height: 1040 } });
    const { page } = app;
    const meeting = liveMeeting();
    meeting.body = 'Udvalget for Børn, Skole og Fritid samt Sundhed og Forebyggelse';
    await openMeeting(app, meeting, 'Udvalget for Børn, Skole og Fritid – marts 2019');
    await fs.mkdir(artifacts, { recursive: true });
    for (const size of [
      { width: 960, height: 1040 },
      { width: 720, height: 480 },
    ]) {
      await page.setViewportSize(size);
      const label = `${size.width}×${size.height}`;
      expect(await topBarProblems(page), label).toEqual([]);
      // Nothing runs past the window's right edge, where the secretary could not reach it.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('.editor-screen *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > window.innerWidth + 1;
          })
          .slice(0, 5)
          .map((el) => `${el.tagName}.${el.className} «${el.textContent?.trim().slice(0, 20)}»`),
      );
      expect(outside, label).toEqual([]);
      // "Punkt 1" stays on one line; its buttons go under it rather than squeeze it.
      const heading = page.locator('#item-heading');
      const lineHeight = await heading.evaluate((el) =>
        parseFloat(getComputedStyle(el).lineHeight),
      );
      expect((await heading.boundingBox())!.height, label).toBeLessThan(lineHeight * 1.5);
      for (const button of await page.locator('.item-form-head button').all()) {
        const box = (await button.boundingBox())!;
        const text = await button.innerText();
        const buttonLine = await button.evaluate((el) =>
          parseFloat(getComputedStyle(el).lineHeight),
        );
        expect(box.height, `${label}: «${text}» wraps`).toBeLessThan(buttonLine * 1.5 + 20);
      }
      for (const row of ['.item-form-head', '.item-form-actions']) {
        expect(await layoutProblems(page, row), `${row} at ${label}`).toEqual([]);
      }
      // The form keeps a readable width beside the agenda.
      const title = (await page.getByLabel('Titel', { exact: true }).boundingBox())!;
      expect(title.width, label).toBeGreaterThanOrEqual(200);
      await page.screenshot({
        path: join(artifacts, `editor-narrow-${size.width}x${size.height}.png`),
      });
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the grouped shortcut overview whole at 1280×720, from F1 in a text field and ? outside', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Tastaturgenveje' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
    // F1 from inside a text field; "?" there is a question mark.
    await page.getByLabel('Organ').press('F1');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const headings = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.slice(0, 4)).toEqual(['Punkter', 'Tekst', 'Beslutninger', 'Fil']);
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    const title = (await dialog.getByRole('heading', { name: 'Tastaturgenveje' }).boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(box.y);
    // Nothing in the overview is cut off: its content does not scroll.
    expect(
      await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
      'the overview scrolls',
    ).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByLabel('Organ').press('?');
    expect(await page.getByLabel('Organ').inputValue()).toBe('Økonomiudvalget?');
    await page.getByRole('heading', { name: 'Mødeoplysninger' }).click();
    await page.keyboard.press('?');
    await expect.poll(() => dialog.isVisible()).toBe(true);
  });

  it('keeps the focus visible in high contrast (forced colours) and in the dark theme', async () => {
    const app = await suite.open({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openMeeting(app, liveMeeting(), 'Økonomiudvalget');
    await page.keyboard.press('Control+0');
    const organ = page.getByLabel('Organ');
    const ring = () =>
      organ.evaluate((el) => {
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    for (const media of [
      { forcedColors: 'active', colorScheme: 'light' },
      { forcedColors: 'none', colorScheme: 'dark' },
    ] as const) {
      await page.emulateMedia(media);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => organ.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await ring(), JSON.stringify(media)).toEqual({ style: 'solid', width: 3 });
    }
    await fs.mkdir(artifacts, { recursive: true });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
    await page.screenshot({ path: join(artifacts, 'header-1280x720-forced-colors.png') });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no contrast violations in the ${colorScheme} theme, and leaves screenshots`,
      { timeout: 120_000 },
      async () => {
        const app = await suite.open({ viewport: { width: 1280, height: 720 } });
        const { page } = app;
        await page.emulateMedia({ colorScheme });
        await fs.mkdir(artifacts, { recursive: true });
        const shoot = async (name: string) => {
          for (const size of [
            { width: 1280, height: 720 },
            { width: 1920, height: 1080 },
          ]) {
            await page.setViewportSize(size);
            await page.screenshot({
              path: join(artifacts, `${name}-${size.width}x${size.height}-${colorScheme}.png`),
            });
          }
          await page.setViewportSize({ width: 1280, height: 720 });
        };
        const problems: string[] = [];
        const check = async (screen: string) =>
          problems.push(...(await contrastViolations(page)).map((v) => `${screen}: ${v}`));

        app.settings.rememberRecent(
          join(app.dataDir, 'x.referat'),
          'Økonomiudvalget 12-02-2019',
          new Date(),
        );
        await page.reload();
        await expect.poll(() => page.getByText('Økonomiudvalget 12-02-2019').count()).toBe(1);
        await check('start');
        await shoot('start-screen');

        await openMeeting(app, liveMeeting(), 'Økonomiudvalget 12-03-2019');
        await page.getByRole('button', { name: 'Mødeoplysninger' }).click();
        await expect.poll(() => page.getByLabel('Organ').inputValue()).toBe('Økonomiudvalget');
        await check('header');
        await shoot('header');
        await page.locator('.editor-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await shoot('participants');

        await page.getByRole('button', { name: /^2\. Budget 2019/ }).click();
        const decision = page.getByRole('article').first();
        await decision.locator('[contenteditable="true"]').click();
        await expect.poll(() => page.getByRole('toolbar').count()).toBe(1);
        await check('item');
        await decision.scrollIntoViewIfNeeded();
        await shoot('item-decisions-vote');

        await page.keyboard.press('F1');
        await expect
          .poll(() => page.getByRole('dialog', { name: 'Tastaturgenveje' }).isVisible())
          .toBe(true);
        await check('shortcuts');
        await shoot('shortcuts');
        expect(problems).toEqual([]);
      },
    );
  }
});
