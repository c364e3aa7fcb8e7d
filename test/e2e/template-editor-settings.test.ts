/**
 * The whole template in "Rediger skabelon…": a body adapts a built-in
 * template to its own referat form (the dagsorden's title, the public
 * version's label, how a participant, the case number, decisions, closed
 * items and the contents list print, a section's own empty text), the
 * preview follows each setting, and the Word files exported with it (the
 * referat and the public version) are read back through LibreOffice.
 * Then the layout of the new groups at 1280×720 and 1920×1080.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { readTemplateFile } from '../../shared/template/file';
import { normalise, renderDocx } from '../export/libreoffice';
import { seriousViolations } from '../support/axe';
import type { AppSession } from '../support/renderer-harness';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import {
  directorsMeeting,
  editorGroupProblems,
  openTemplateEditor,
} from './template-editor-fixtures';
import { openMeeting } from './screen-fixtures';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

/** Replaces a text field's content with the keyboard, as the secretary would. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/** Chooses an option of a select with the keyboard: focus it, then arrows until `label` is chosen. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.focus();
  const options = await select.locator('option').allInnerTexts();
  const target = options.findIndex((text) => text === label);
  if (target < 0) throw new Error(`no option «${label}» in ${options.join(' | ')}`);
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text))
    .toBe(label);
}

/** Exports with `keys` (Ctrl+E or Ctrl+Shift+E) to `name` and returns the text LibreOffice prints. */
async function exportAndRead(app: AppSession, keys: string, name: string): Promise<string> {
  const out = join(app.dataDir, 'ud');
  mkdirSync(out, { recursive: true });
  app.dialogs.export.push(join(out, `${name}.docx`));
  await app.page.keyboard.press(keys);
  await app.page.getByRole('status').getByText(`Eksporteret til «${name}.docx».`).waitFor();
  const [pages] = renderDocx([{ name, bytes: readFileSync(join(out, `${name}.docx`)) }]);
  return normalise((pages ?? []).join('\n'));
}

describe.runIf(requireTools('chromium', 'soffice', 'pdftotext'))(
  'the template editor edits the whole template',
  () => {
    const suite = useBrowserSuite();

    it('changes closed items, contents, empty texts, case number and decisions, and the exported referat follows', async () => {
      const app = await suite.open({ viewport: { width: 1280, height: 720 } });
      const { page } = app;
      await openMeeting(app, directorsMeeting(), 'Direktionen');
      const editor = await openTemplateEditor(app);
      const preview = (id: string) => editor.getByTestId(id);

      // Dagsorden og offentlig version.
      await retype(
        page,
        editor.getByLabel('Dagsordenens titel'),
        'Dagsorden for {organ} {dato:lang}',
      );
      await expect
        .poll(() => preview('preview-agenda-title').innerText())
        .toBe('Dagsorden for Direktionen 29. januar 2018');
      await retype(
        page,
        editor.getByLabel('Under titlen, offentlig version'),
        'Offentligt referat',
      );
      await expect
        .poll(() => preview('preview-public-label').innerText())
        .toBe('Offentligt referat');

      // How a participant prints, in the header lines.
      await retype(page, editor.getByLabel('En deltager skrives'), '{navn}[, {rolle}]');
      await expect
        .poll(() => preview('preview-referat').innerText())
        .toContain('Anne Hansen, formand');
      // A wrong placeholder is named beside the field.
      await retype(page, editor.getByLabel('En deltager skrives'), '{navn} {parti');
      await expect
        .poll(() => editor.locator('#te-participant-problem').innerText())
        .toContain('har en { uden }');
      expect(await editor.getByLabel('En deltager skrives').getAttribute('aria-invalid')).toBe(
        'true',
      );
      await retype(page, editor.getByLabel('En deltager skrives'), '{navn}[, {rolle}]');
      await expect.poll(() => editor.locator('#te-participant-problem').innerText()).toBe('');

      // The Indstilling section (empty in item 1) prints the body's own text when empty.
      await choose(page, editor.locator('#te-section-1-when-empty'), 'Skriv teksten');
      const emptyText = editor.getByLabel('Tekst, når «Indstilling» er tomt');
      expect(await emptyText.isEnabled()).toBe(true);
      await retype(page, emptyText, 'Intet at bemærke.');
      await expect
        .poll(() => preview('preview-empty-indstilling').innerText())
        .toBe('Intet at bemærke.');

      // The case number with its own name among the fields.
      await retype(page, editor.getByLabel('Sagsnummerets navn'), 'J.nr.');
      await choose(
        page,
        editor.getByLabel('Sagsnummer', { exact: true }),
        'Med navn blandt felterne: «J.nr.: 16/13808»',
      );
      await expect
        .poll(() => preview('preview-metadata').first().innerText())
        .toBe('J.nr.: 16/13808');
      // A field with a help text, and the printed fields on one line.
      await editor.getByRole('button', { name: '+ Tilføj felt' }).click();
      await page.keyboard.type('Kompetence');
      await retype(page, editor.locator('#te-field-0-help'), 'Hvem der træffer beslutningen');
      await choose(
        page,
        editor.getByLabel('Felterne udskrives'),
        'Alle på én linje, adskilt med ·',
      );
      await expect
        .poll(() => preview('preview-metadata').first().innerText())
        .toBe('J.nr.: 16/13808 · Kompetence: Direktionen');

      // Decisions: an absence line at every decision, under the body's own name.
      expect(await editor.getByLabel('Linjens navn').isDisabled()).toBe(true);
      await choose(
        page,
        editor.getByLabel('Linje med fraværende'),
        'Altid, også når ingen er fraværende',
      );
      await retype(page, editor.getByLabel('Linjens navn'), 'Ikke til stede');
      await choose(page, editor.getByLabel('Linjens plads'), 'Under beslutningens tekst');
      await expect
        .poll(() => preview('preview-absent-line').innerText())
        .toMatch(/^Ikke til stede: /);
      await retype(
        page,
        editor.getByLabel('Note om inhabilitet'),
        '{navn} erklærede sig inhabil[ ({grund})].',
      );
      await expect
        .poll(() => preview('preview-inhabil-note').innerText())
        .toBe('Eva Holm, medlem erklærede sig inhabil (nær familie til ansøger).');

      // Closed items: only the number and the body's word in the public version; a note inside.
      await choose(page, editor.getByLabel('Offentlig version viser'), 'Kun nummeret');
      await retype(page, editor.getByLabel('I stedet for titlen'), 'Fortroligt punkt');
      await retype(page, editor.getByLabel('Note i intern version'), 'Behandlet for lukkede døre');
      await expect
        .poll(() => preview('preview-public-closed-heading').innerText())
        .toBe('Punkt 2: Fortroligt punkt');
      expect(await preview('preview-public').innerText()).not.toContain('17/00421');
      await expect
        .poll(() => preview('preview-internal-note').innerText())
        .toBe('Behandlet for lukkede døre');

      // Contents: its own title, grouped, with the body's group names (only offered when grouped).
      await retype(page, editor.getByLabel('Overskrift på listen'), 'Sagsoversigt');
      expect(await editor.getByLabel('Overskrift, åbne punkter').count()).toBe(0);
      await choose(page, editor.getByLabel('Opdeling'), 'Åbne og lukkede punkter hver for sig');
      await retype(page, editor.getByLabel('Overskrift, åbne punkter'), 'Offentlige sager');
      await retype(page, editor.getByLabel('Overskrift, lukkede punkter'), 'Fortrolige sager');
      await expect
        .poll(() => preview('preview-contents').innerText())
        .toMatch(
          /^Sagsoversigt\s+Offentlige sager\s+Status på Nyt Fokus\s+Fortrolige sager\s+Personalesag/,
        );
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({
        path: join(artifacts, 'template-editor-settings-contents-1280x720.png'),
      });

      // Saved to the library: the file holds every setting.
      await editor.getByRole('button', { name: 'Gem i mine skabeloner' }).click();
      await editor.getByText('er gemt i dine skabeloner.').waitFor();
      const folder = join(app.dataDir, 'appdata', 'skabeloner');
      const [name] = readdirSync(folder);
      const file = readTemplateFile(readFileSync(join(folder, name ?? ''), 'utf8'));
      if (!file.ok) throw new Error(file.problems.join('\n'));
      const saved = file.template;
      expect(saved.document).toMatchObject({
        agendaTitle: 'Dagsorden for {organ} {dato:lang}',
        publicLabel: 'Offentligt referat',
      });
      expect(saved.participant).toBe('{navn}[, {rolle}]');
      expect(saved.item.caseNumber).toEqual({ label: 'J.nr.', print: 'labelled' });
      expect(saved.item.fieldsLayout).toBe('one-line');
      expect(saved.fields).toEqual([
        expect.objectContaining({ id: 'kompetence', help: 'Hvem der træffer beslutningen' }),
      ]);
      expect(saved.sections[1]).toMatchObject({
        id: 'indstilling',
        whenEmpty: 'text',
        emptyText: 'Intet at bemærke.',
      });
      expect(saved.decision).toMatchObject({
        absentLine: 'always',
        absentLabel: 'Ikke til stede',
        absentPlacement: 'after',
        inhabilNote: '{navn} erklærede sig inhabil[ ({grund})].',
      });
      expect(saved.closedItems).toMatchObject({
        publicShows: 'number',
        label: 'Fortroligt punkt',
        internalNote: 'Behandlet for lukkede døre',
      });
      expect(saved.contents).toEqual({
        show: true,
        title: 'Sagsoversigt',
        grouping: 'open-closed',
        openLabel: 'Offentlige sager',
        closedLabel: 'Fortrolige sager',
        groupField: '',
        otherLabel: 'Øvrige punkter',
        closedApart: false,
      });

      // "Brug i dette møde", then the referat and the public version as a reader sees them.
      await editor.getByRole('button', { name: 'Brug i dette møde' }).click();
      await editor.waitFor({ state: 'hidden' });
      const internal = await exportAndRead(app, 'Control+e', 'direktionen');
      expect(internal).toMatch(
        /Sagsoversigt Offentlige sager Status på Nyt Fokus\.+2 Fortrolige sager Personalesag vedrørende afskedigelse\.+3/,
      );
      expect(internal).toContain('Mødedeltagere Anne Hansen, formand, Kathrine Skastrup, sekretær');
      expect(internal).toMatch(
        /Punkt 1: Status på Nyt Fokus J\.nr\.: 16\/13808 · Kompetence: Direktionen Baggrund/,
      );
      expect(internal).toContain('Indstilling Intet at bemærke.');
      expect(internal).toMatch(
        /Beslutning Direktionen den 29-01-2018 Taget til efterretning\. Ikke til stede:/,
      );
      expect(internal).toMatch(
        /Punkt 2: Personalesag vedrørende afskedigelse J\.nr\.: 17\/00421 Behandlet for lukkede døre/,
      );
      expect(internal).not.toContain('Sagsnr.');

      const published = await exportAndRead(app, 'Control+Shift+E', 'direktionen-offentlig');
      expect(published).toMatch(/^REFERAT Direktionen d\. 29-01-2018 Offentligt referat/);
      expect(published).toContain('Punkt 2: Fortroligt punkt');
      expect(published).not.toContain('Personalesag');
      expect(published).not.toContain('17/00421');
      expect(published).not.toContain('Behandlet for lukkede døre');

      // The meeting keeps the applied template when saved.
      const path = join(app.dataDir, 'Direktionen.referat');
      await page.keyboard.press('Control+s');
      await expect
        .poll(() => {
          const read = readMeetingFile(readFileSync(path, 'utf8'));
          return read.ok ? read.meeting.template.closedItems.label : null;
        })
        .toBe('Fortroligt punkt');
      expect(app.pageErrors).toEqual([]);
    }, 120_000);

    it('lays the new groups out at 1280×720 and 1920×1080: nothing overlaps or is squeezed, the form scrolls, the actions stay in view', async () => {
      mkdirSync(artifacts, { recursive: true });
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        const app = await suite.open({ viewport });
        const { page } = app;
        await openMeeting(app, directorsMeeting(), 'Direktionen');
        const editor = await openTemplateEditor(app);
        const size = `${viewport.width}x${viewport.height}`;
        // Every setting shown, including the ones that appear on a choice.
        await editor.getByLabel('Opdeling').selectOption('open-closed');
        await editor.locator('#te-section-1-when-empty').selectOption('text');
        const { legends, problems } = await editorGroupProblems(page);
        expect(legends).toEqual([
          'Skabelon',
          'Titel og punkter',
          'Dagsorden og offentlig version',
          'Linjer under titlen',
          'Mødefelter (skrives én gang pr. møde)',
          'Afsnit i hvert punkt (i den rækkefølge, de udskrives)',
          'Sagsnummer og felter (udskrives under punktoverskriften)',
          'Beslutninger',
          'Bilag',
          'Lukkede punkter',
          'Indholdsfortegnelse',
          'Slutning og underskrifter',
          'Sidehoved og sidefod',
          'Logo',
        ]);
        expect(problems).toEqual([]);

        // The form scrolls inside the dialog; the actions stay in the window all the while.
        const form = editor.locator('.te-form');
        const scrolls = await form.evaluate((el) => el.scrollHeight > el.clientHeight);
        expect(scrolls).toBe(true);
        const actions = editor.locator('.dialog-actions');
        const inWindow = async () => {
          const box = await actions.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
        };
        expect(await inWindow()).toBe(true);
        // Each group's control, and what the preview scrolls to when it has the focus.
        const shots: [string, string, string][] = [
          ['top', '#te-name', 'preview-title'],
          ['agenda', '#te-document-agendaTitle', 'preview-public'],
          ['sections', '#te-section-1-when-empty', 'preview-item-heading'],
          ['case-number', '#te-item-caseNumber-print', 'preview-item-heading'],
          ['decisions', '#te-decision-absentLine', 'preview-decision-heading'],
          ['protocol-note', '#te-decision-protocolNoteLayout', 'preview-decision-heading'],
          ['closed', '#te-closedItems-publicShows', 'preview-closed-heading'],
          ['contents', '#te-contents-closedLabel', 'preview-contents'],
        ];
        const previewPane = editor.locator('.te-preview');
        const within = async (inner: Locator, outer: Locator) => {
          const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
          if (!a || !b) return false;
          return a.y >= b.y - 1 && a.y + Math.min(a.height, 40) <= b.y + b.height + 1;
        };
        for (const [name, selector, shown] of shots) {
          const control = editor.locator(selector);
          await control.focus();
          // The focused control is scrolled into the form's view beside its label, and the
          // preview to what it changes; the actions stay in the window.
          expect(await within(control, form)).toBe(true);
          expect(await within(editor.locator(`label[for="${selector.slice(1)}"]`), form)).toBe(
            true,
          );
          await expect
            .poll(() => within(editor.getByTestId(shown), previewPane), {
              message: `${name}: ${shown}`,
            })
            .toBe(true);
          expect(await inWindow()).toBe(true);
          await page.screenshot({ path: join(artifacts, `template-editor-${name}-${size}.png`) });
        }
        // The preview shows all of it by scrolling on its own.
        await previewPane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await page.screenshot({ path: join(artifacts, `template-editor-preview-end-${size}.png`) });
        const agenda = await editor.getByTestId('preview-agenda-title').boundingBox();
        const paneBox = await previewPane.boundingBox();
        expect(agenda && paneBox && agenda.y + agenda.height).toBeLessThanOrEqual(
          (paneBox?.y ?? 0) + (paneBox?.height ?? 0) + 1,
        );
        if (viewport.width === 1280) expect(await seriousViolations(page)).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      }
    }, 90_000);
  },
);
