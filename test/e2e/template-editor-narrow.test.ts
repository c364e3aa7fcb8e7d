/**
 * "Rediger skabelon…" in a narrow window: a laptop with the app beside the
 * meeting's papers (half of a 1920 px screen), and the smallest window the
 * app allows (720×480). Below 1100 px the preview moves under the form and
 * both scroll together; nothing may overlap, be squeezed or run off the
 * side, and the actions stay in the window while the secretary tabs through.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { requireTools } from '../support/require-tool';
import { useBrowserSuite } from './browser-suite';
import {
  directorsMeeting,
  editorGroupProblems,
  openTemplateEditor,
} from './template-editor-fixtures';
import { openMeeting } from './screen-fixtures';

const artifacts = resolve(import.meta.dirname, '../../test-artifacts');

describe.runIf(requireTools('chromium'))('the template editor in a narrow window', () => {
  const suite = useBrowserSuite();

  it('stacks the preview under the form at 960×1040 and 720×480, with nothing cut, overlapping or out of reach', async () => {
    mkdirSync(artifacts, { recursive: true });
    for (const viewport of [
      { width: 960, height: 1040 },
      { width: 720, height: 480 },
    ]) {
      const app = await suite.open({ viewport });
      const { page } = app;
      await openMeeting(app, directorsMeeting(), 'Direktionen');
      const editor = await openTemplateEditor(app);
      const size = `${viewport.width}x${viewport.height}`;
      await editor.getByLabel('Opdeling').selectOption('open-closed');

      const { problems } = await editorGroupProblems(page);
      expect(problems, size).toEqual([]);

      // The preview starts below the form's last group (not beside it, not over it), and the
      // dialog never scrolls sideways.
      const form = await editor.locator('.te-form').boundingBox();
      const preview = await editor.locator('.te-preview').boundingBox();
      const lastGroup = await editor.locator('.te-form .te-group').last().boundingBox();
      expect(form && preview && lastGroup, size).toBeTruthy();
      expect(preview!.y, size).toBeGreaterThanOrEqual(lastGroup!.y + lastGroup!.height - 1);
      expect(preview!.y, size).toBeGreaterThanOrEqual(form!.y + form!.height - 1);
      // Named by what sticks out, so a failure says which control to fix.
      const sideways = await editor.evaluate((dialog) =>
        [dialog, ...dialog.querySelectorAll('.te-body, .te-form, .te-preview')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .flatMap((box) => {
            const right = box.getBoundingClientRect().right;
            return [...box.querySelectorAll('*')]
              .filter((el) => el.getBoundingClientRect().right > right + 1)
              .slice(0, 5)
              .map((el) => `${box.className}: ${el.tagName}.${el.className}#${el.id}`);
          }),
      );
      expect(sideways).toEqual([]);
      const dialogBox = await editor.boundingBox();
      expect(dialogBox && dialogBox.x >= 0 && dialogBox.x + dialogBox.width <= viewport.width).toBe(
        true,
      );

      // Tabbing from the name to the last setting keeps each focused control in view and the
      // actions (Gem, Annuller) in the window.
      const actions = editor.locator('.dialog-actions');
      const body = editor.locator('.te-body');
      await editor.locator('#te-name').focus();
      let steps = 0;
      for (; steps < 400; steps++) {
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            inForm: Boolean(el?.closest('.te-form')),
            id: el?.id ?? '',
          };
        });
        if (!state.inForm) break;
        const [focused, area, bar] = [
          await page.locator(':focus').boundingBox(),
          await body.boundingBox(),
          await actions.boundingBox(),
        ];
        expect(focused && area, state.id).toBeTruthy();
        if (focused && area) {
          // At least the control's first line is inside the scrolling area.
          expect(focused.y, state.id).toBeGreaterThanOrEqual(area.y - 1);
          expect(focused.y + Math.min(focused.height, 20), state.id).toBeLessThanOrEqual(
            area.y + area.height + 1,
          );
        }
        expect(bar && bar.y + bar.height <= viewport.height + 1, 'actions in the window').toBe(
          true,
        );
        if (steps === 60) {
          await page.screenshot({
            path: join(artifacts, `template-editor-narrow-mid-${size}.png`),
          });
        }
        await page.keyboard.press('Tab');
      }
      expect(steps).toBeGreaterThan(30);
      await page.screenshot({ path: join(artifacts, `template-editor-narrow-end-${size}.png`) });
      if (viewport.width === 960) expect(await seriousViolations(page)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    }
  }, 120_000);
});
