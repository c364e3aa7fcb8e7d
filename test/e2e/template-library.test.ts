/**
 * A new body's template made in the editor with the keyboard only, a
 * meeting written in it through the UI, its Word export read back through
 * LibreOffice, and "Skift skabelon…" keeping text the new template has no
 * place for in «Ikke i skabelonen». Keystrokes are counted for the note on
 * how long a new template takes; screenshots of the editor go to
 * test-artifacts/.
 */
import { mkdirSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { readTemplateFile } from '../../shared/template/file';
import { normalise, renderDocx } from '../export/libreoffice';
import { seriousViolations } from '../support/axe';
import type { AppSession } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

/** Presses keys and counts them, for the report on how long a template takes. */
class Keys {
  count = 0;
  /** Of `count`, the characters typed as text (names, patterns). */
  typed = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.count++;
    }
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count += [...text].length;
    this.typed += [...text].length;
  }
  /** Tab until the focused element matches `selector`, or is a button reading `text=…` (at most 40 presses). */
  async tabTo(selector: string): Promise<void> {
    for (let presses = 0; presses <= 40; presses++) {
      const there = await this.page.evaluate((s) => {
        const active = document.activeElement;
        if (!active) return false;
        return s.startsWith('text=')
          ? active.tagName === 'BUTTON' && active.textContent?.trim() === s.slice(5)
          : active.matches(s);
      }, selector);
      if (there) break;
      if (presses === 40) throw new Error(`Tab never reached ${selector}`);
      await this.press('Tab');
    }
  }
  /** Replaces the focused field's text. */
  async replace(text: string): Promise<void> {
    await this.press('Control+a');
    await this.type(text);
  }
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName.toLowerCase()}#${el.id}|${el.getAttribute('aria-label') ?? ''}|${el.textContent ?? ''}`
      : '';
  });

/** The sections' labels in the editor, in order. */
const sectionLabels = (page: Page) =>
  page
    .locator('.te-rows input[id$="-label"][id^="te-section-"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

async function makeTemplateByKeyboard(app: AppSession, keys: Keys): Promise<void> {
  const { page } = app;
  // From the start screen: Tab to "Skabeloner…", then the list box has focus.
  await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
  await keys.tabTo('text=Skabeloner…');
  await keys.press('Enter');
  const library = page.getByRole('dialog', { name: 'Skabeloner' });
  await library.waitFor();
  expect(await focused(page)).toMatch(/^select#\|Skabeloner/);
  // The list starts at the built-in Direktionen; Internt møde is the last built-in.
  await keys.press('End');
  await expect.poll(() => library.locator('.tl-details h3').innerText()).toBe('Internt møde');
  await keys.tabTo('text=Ny skabelon ud fra denne…');
  await keys.press('Enter');

  const editor = page.getByRole('dialog', { name: 'Ny skabelon' });
  await editor.waitFor();
  expect(await focused(page)).toMatch(/^input#te-name/);
  await keys.replace('Ældrerådet');
  await keys.tabTo('#te-document-title');
  await keys.replace('Referat fra Ældrerådet {dato:lang}');
  await keys.tabTo('#te-item-heading');
  // A wrong placeholder is named beside the field, and the preview keeps up.
  await keys.replace('Sag {nummer} – {titel}');
  await expect
    .poll(() => page.locator('#te-item-heading-problem').innerText())
    .toContain('bruger den ukendte pladsholder {nummer}');
  expect(await page.locator('#te-item-heading').getAttribute('aria-invalid')).toBe('true');
  await keys.replace('Sag {nr} – {titel}');
  await expect.poll(() => page.locator('#te-item-heading-problem').innerText()).toBe('');
  // Sections: Drøftelse renamed (its id stays), Opfølgning removed, a new one added and moved up.
  await keys.tabTo('#te-section-0-label');
  await keys.replace('Sagsfremstilling');
  await keys.tabTo('button[aria-label="Fjern afsnittet «Opfølgning»"]');
  await keys.press('Enter');
  await expect.poll(() => sectionLabels(page)).toEqual(['Sagsfremstilling', 'Beslutning', 'Bilag']);
  await keys.tabTo('#te-add-section');
  await keys.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^input#te-section-3-label/);
  await keys.type('Ældrerådets bemærkninger');
  await keys.press('Alt+ArrowUp', 2);
  await expect
    .poll(() => sectionLabels(page))
    .toEqual(['Sagsfremstilling', 'Ældrerådets bemærkninger', 'Beslutning', 'Bilag']);
  expect(await focused(page)).toMatch(/^input#te-section-1-label/);

  // A per-item field, printed under the heading.
  await keys.tabTo('#te-add-field');
  await keys.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^input#te-field-0-label/);
  await keys.type('Sagsgang');

  // The decision heading and the contents list, in their own groups further down; Internt
  // møde has no contents list, so its line is only offered once the list is switched on.
  await keys.tabTo('#te-decision-heading');
  await keys.replace('Ældrerådets beslutning');
  await keys.tabTo('#te-contents-show');
  expect(await page.locator('#te-item-contentsEntry').isDisabled()).toBe(true);
  await keys.press('Space');
  await keys.tabTo('#te-item-contentsEntry');
  await keys.replace('Sag {nr} – {titel}');

  // The preview prints as the export will.
  await expect
    .poll(() => editor.getByTestId('preview-title').innerText())
    .toBe('Referat fra Ældrerådet 12. maj 2021');
  expect(await editor.getByTestId('preview-item-heading').innerText()).toBe(
    'Sag 1 – Trafiksikkerhedsplan 2021',
  );
  expect(await editor.getByTestId('preview-decision-heading').innerText()).toBe(
    'Ældrerådets beslutning',
  );
  await keys.press('Control+Enter');
  await editor.getByText('«Ældrerådet» er gemt i dine skabeloner.').waitFor();
  await keys.press('Escape');
  await editor.waitFor({ state: 'hidden' });
}

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))(
  'the template library and editor',
  () => {
    const suite = useBrowserSuite();

    it('makes a new body template by keyboard, writes and exports a meeting in it, and switching template keeps its text', async () => {
      const app = await suite.open({ now: () => new Date(2021, 4, 12, 9, 0) });
      const { page } = app;
      const keys = new Keys(page);
      await makeTemplateByKeyboard(app, keys);
      const keystrokes = `${keys.count} (${keys.typed} typed characters, ${keys.count - keys.typed} other keys)`;

      // The library file: a valid template in the user folder, the sections in the new order.
      const folder = join(app.dataDir, 'appdata', 'skabeloner');
      expect(readdirSync(folder)).toEqual(['aeldreraadet.referat-skabelon']);
      const file = readTemplateFile(
        readFileSync(join(folder, 'aeldreraadet.referat-skabelon'), 'utf8'),
      );
      if (!file.ok) throw new Error(file.problems.join('\n'));
      expect(file.template.sections.map((s) => [s.id, s.label])).toEqual([
        ['droeftelse', 'Sagsfremstilling'],
        ['aeldreraadets-bemaerkninger', 'Ældrerådets bemærkninger'],
        ['beslutning', 'Beslutning'],
        ['bilag', 'Bilag'],
      ]);
      expect(file.template.fields.map((f) => f.id)).toEqual(['sagsgang']);

      // "Nyt møde" with the new template, chosen with the keyboard on the start screen.
      await keys.tabTo('#new-meeting-template');
      await keys.press('End');
      await expect
        .poll(() => page.locator('#new-meeting-template').inputValue())
        .toBe('bruger:aeldreraadet.referat-skabelon');
      await keys.press('Control+n');
      await page.locator('#header-title').waitFor();
      await keys.press('Control+Shift+Enter');
      await page.locator('#item-title').waitFor();
      await page.locator('#item-title').fill('Budget for ældreområdet 2022');
      await page.locator('#item-field-sagsgang').fill('ÆR, SOU, KB');
      const section = (label: string) =>
        page.getByRole('region', { name: label }).locator('[contenteditable="true"]');
      await section('Sagsfremstilling').click();
      await page.keyboard.type('Forvaltningen har udarbejdet et forslag til budget.');
      await section('Ældrerådets bemærkninger').click();
      await page.keyboard.type('Rådet ønsker flere midler til demensområdet.');
      await page.keyboard.press('Control+Shift+d');
      await expect.poll(() => page.getByRole('article').count()).toBe(1);
      await page.getByRole('article').locator('[contenteditable="true"]').click();
      await page.keyboard.type('Anbefales.');

      // Ctrl+E: the Word file, read back as a reader sees it.
      const out = join(app.dataDir, 'ud');
      mkdirSync(out);
      app.dialogs.export.push(join(out, 'aeldreraadet.docx'));
      await page.keyboard.press('Control+e');
      await page.getByRole('status').getByText('Eksporteret til «aeldreraadet.docx».').waitFor();
      const [pages] = renderDocx([
        { name: 'aeldreraadet', bytes: readFileSync(join(out, 'aeldreraadet.docx')) },
      ]);
      const text = normalise((pages ?? []).join('\n'));
      expect(text).toContain('Referat fra Ældrerådet 12. maj 2021');
      expect(text).toContain('Sag 1 – Budget for ældreområdet 2022');
      expect(text).toContain('Sagsgang: ÆR, SOU, KB');
      expect(text).toMatch(
        /Sagsfremstilling Forvaltningen har udarbejdet et forslag til budget\. Ældrerådets bemærkninger Rådet ønsker flere midler til demensområdet\. Ældrerådets beslutning Anbefales\./,
      );
      expect(text).not.toContain('Punkt 1');
      expect(text).not.toContain('Drøftelse');

      // "Skift skabelon…" to Internt møde: Sagsfremstilling (id droeftelse) maps to Drøftelse;
      // the bemærkninger and the Sagsgang wait in «Ikke i skabelonen».
      await app.emit('app:command', { command: 'meeting.switchTemplate' });
      const switcher = page.getByRole('dialog', { name: 'Skift skabelon' });
      await switcher.waitFor();
      // It starts at the meeting's own template (the user's, listed last); Internt møde is just above.
      await page.locator('#st-template').focus();
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(() => switcher.getByRole('status').innerText())
        .toContain('Punkt 1 Budget for ældreområdet 2022: Ældrerådets bemærkninger, Sagsgang');
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'template-switch-dialog.png') });
      await switcher.getByRole('button', { name: 'Skift skabelon' }).press('Enter');
      await switcher.waitFor({ state: 'hidden' });
      const orphans = page.getByRole('group', { name: 'Ikke i skabelonen' });
      await expect
        .poll(() => orphans.innerText())
        .toContain('Rådet ønsker flere midler til demensområdet.');
      expect(await orphans.innerText()).toContain('ÆR, SOU, KB');
      await orphans.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, 'template-switch-orphans.png') });
      expect(
        await page
          .getByRole('region', { name: 'Drøftelse' })
          .locator('[contenteditable]')
          .innerText(),
      ).toBe('Forvaltningen har udarbejdet et forslag til budget.');

      // Saved with the switch: the file keeps every text.
      const path = join(app.dataDir, 'aeldreraadet.referat');
      app.dialogs.save.push(path);
      await page.keyboard.press('Control+Shift+s');
      await expect
        .poll(() =>
          fs.stat(path).then(
            () => true,
            () => false,
          ),
        )
        .toBe(true);
      const saved = readMeetingFile(await fs.readFile(path, 'utf8'));
      if (!saved.ok) throw new Error(saved.problem.code);
      expect(saved.meeting.template.id).toBe('internt');
      const item = saved.meeting.items[0];
      expect(JSON.stringify(item?.sections)).toContain('demensområdet');
      expect(item?.fields.sagsgang).toBe('ÆR, SOU, KB');

      console.log(`TEMPLATE-EDITOR keystrokes for a new body's template: ${keystrokes}`);
      expect(app.pageErrors).toEqual([]);
    }, 120_000);

    it('shows the editor at 1280×720 and 1920×1080 without overlap or cut-off controls', async () => {
      mkdirSync(artifacts, { recursive: true });
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        const app = await suite.open({ viewport, now: () => new Date(2021, 4, 12, 9, 0) });
        const { page } = app;
        await page.getByRole('button', { name: 'Nyt møde' }).waitFor();
        await app.emit('app:command', { command: 'file.templates' });
        const library = page.getByRole('dialog', { name: 'Skabeloner' });
        await library.waitFor();
        await page.keyboard.press('ArrowDown');
        const size = `${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: join(artifacts, `template-library-${size}.png`) });
        if (viewport.width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await library.getByRole('button', { name: 'Ny skabelon ud fra denne…' }).click();
        const editor = page.getByRole('dialog', { name: 'Ny skabelon' });
        await editor.waitFor();
        await page.screenshot({ path: join(artifacts, `template-editor-${size}.png`) });
        if (viewport.width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await editor.locator('#te-add-section').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(artifacts, `template-editor-${size}-rows.png`) });

        const box = async (selector: string) => {
          const found = await editor.locator(selector).first().boundingBox();
          if (!found) throw new Error(`${selector} not laid out`);
          return found;
        };
        const dialogBox = await box(':scope');
        const form = await box('.te-form');
        const preview = await box('.te-preview');
        // Side by side, inside the window, not overlapping.
        expect(dialogBox.x).toBeGreaterThanOrEqual(0);
        expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(viewport.width);
        expect(form.x + form.width).toBeLessThanOrEqual(preview.x);
        expect(preview.width).toBeGreaterThan(280);
        // Each section row's controls fit inside its row.
        const rows = await editor.locator('.te-row').evaluateAll((els) =>
          els.map((row) => {
            const outer = row.getBoundingClientRect();
            return [...row.querySelectorAll('input, select, button')].every((el) => {
              const r = el.getBoundingClientRect();
              return r.left >= outer.left - 1 && r.right <= outer.right + 1;
            });
          }),
        );
        expect(rows.every(Boolean)).toBe(true);
        // The actions are reachable: scrolled into view, they lie inside the window.
        const save = editor.getByRole('button', { name: 'Gem i mine skabeloner' });
        await save.scrollIntoViewIfNeeded();
        const saveBox = await save.boundingBox();
        expect(saveBox && saveBox.y + saveBox.height).toBeLessThanOrEqual(viewport.height);
        expect(app.pageErrors).toEqual([]);
      }
    }, 60_000);
  },
);
