/** The app pages the editor and typing benchmarks share: the 50-page meeting, opened as the secretary opens it. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializeMeetingFile } from '../shared/format/write';
import type { Meeting } from '../shared/model/meeting';
import { largeMeeting, paragraphs } from '../test/support/meeting-builders';
import type { AppSession } from '../test/support/renderer-harness';

const SENTENCE =
  'Direktionen drøftede status på projektet og de økonomiske konsekvenser for budgettet. ';

/** A meeting whose item 1 has a Sagsfremstilling of ~50 pages and item 2 a small one. */
export function fiftyPageMeeting(): Meeting {
  const meeting = largeMeeting(2, 3);
  // ~8 paragraphs of ~520 characters make a page in the Word export.
  meeting.items[0]!.sections.sagsfremstilling = paragraphs(
    ...Array.from({ length: 415 }, (_, i) => `${i + 1}. ${SENTENCE.repeat(6)}`),
  );
  return meeting;
}

/** Writes `meeting` into the session's folder as `name` and queues it as the open dialog's answer. */
export async function openMeetingFile(
  app: AppSession,
  meeting: Meeting,
  name: string,
): Promise<void> {
  const path = join(app.dataDir, name);
  await fs.writeFile(
    path,
    serializeMeetingFile(meeting, { appVersion: 'bench', savedAt: new Date().toISOString() }),
  );
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).waitFor();
}

/** Mounts the first Sagsfremstilling on screen and puts the caret at its end. */
export async function mountPresentation(page: Page): Promise<void> {
  // Scrolling it into view mounts the lazy editor (as when the secretary scrolls down).
  await page
    .locator('[aria-labelledby="section-sagsfremstilling"]')
    .first()
    .scrollIntoViewIfNeeded();
  const editable = page.locator(
    '[contenteditable="true"][aria-labelledby="section-sagsfremstilling"]',
  );
  await editable.waitFor();
  await editable.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+End');
}
