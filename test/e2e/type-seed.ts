/**
 * Types rich text the way a secretary does: keys for the words, Ctrl+B /
 * Ctrl+I for bold and italic, the list and subheading shortcuts, Enter
 * between blocks. Long runs go in with one `insertText` (a real input event,
 * as from an IME or dictation) instead of one event per character, which
 * would take minutes for the whole seed; runs up to 40 characters are typed
 * key by key.
 */
import type { Page } from 'playwright-core';
import type { Block, Run } from '../fixtures/seed-blocks';

async function write(page: Page, text: string): Promise<void> {
  if (text.length > 40) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

/** Types formatted runs at the cursor. */
export async function typeRuns(page: Page, runs: Run[]): Promise<void> {
  for (const run of runs) {
    if (typeof run === 'string') {
      await write(page, run);
      continue;
    }
    const toggle = run.format === 'bold' ? 'Control+b' : 'Control+i';
    await page.keyboard.press(toggle);
    await write(page, run.text);
    await page.keyboard.press(toggle);
  }
}

/** Types blocks into the focused (empty) editor. */
export async function typeBlocks(page: Page, blocks: Block[]): Promise<void> {
  let previous: Block | null = null;
  for (const block of blocks) {
    if (previous) {
      await page.keyboard.press('Enter');
      // Enter in an empty list item leaves the list.
      if (previous.kind === 'list') await page.keyboard.press('Enter');
    }
    if (block.kind === 'paragraph') await typeRuns(page, block.runs);
    if (block.kind === 'heading') {
      await page.keyboard.press('Control+Alt+3');
      await typeRuns(page, block.runs);
    }
    if (block.kind === 'list') {
      await page.keyboard.press(
        block.listType === 'bullet' ? 'Control+Shift+8' : 'Control+Shift+7',
      );
      for (const [index, runs] of block.items.entries()) {
        if (index > 0) await page.keyboard.press('Enter');
        await typeRuns(page, runs);
      }
    }
    previous = block;
  }
}
