/**
 * The seed referat for tests: the real municipal referat the app must be able
 * to reproduce, as text (test/fixtures/seed-direktionen-2018-01-29.txt), and
 * its checked-in `.referat` fixture (built by scripts/build-seed-fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readMeetingFile } from '../../shared/format/read';
import type { Meeting } from '../../shared/model/meeting';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** Absolute path of the seed fixture, test/fixtures/direktionen-2018-01-29.referat. */
export const SEED_FIXTURE_PATH = resolve(REPO_ROOT, 'test/fixtures/direktionen-2018-01-29.referat');

/** Absolute path of the seed text, inside the repository so a clone anywhere can run the tests. */
export const SEED_TEXT_PATH = resolve(REPO_ROOT, 'test/fixtures/seed-direktionen-2018-01-29.txt');

/** The seed fixture, read through the app's one read pipeline; throws if it does not open. */
export function loadSeedFixture(): Meeting {
  const result = readMeetingFile(readFileSync(SEED_FIXTURE_PATH, 'utf8'));
  if (!result.ok) {
    throw new Error(`Seed fixture does not open: ${JSON.stringify(result.problem)}`);
  }
  return result.meeting;
}

/**
 * The seed text ends this paragraph at a page break and continues it in the
 * next block ("For at kunne" / "løfte alle opgaver…"); it is one paragraph.
 */
const PAGE_BREAK_ENDING = 'For at kunne';

/** A contents-list entry: "Tidsplan og proces for budget 2019-2022.....<TAB>7". */
const CONTENTS_ENTRY = /\.{3,}\s*\d+$/;

/**
 * The seed's paragraphs in order, as plain text: each blank-line-separated
 * block is a paragraph, except a block of list lines, where each line is one
 * list item. Whitespace is normalised; `**bold**` and `*italic*` marks and
 * list markers ("- ", and "1. " on numbered-list lines, which a real list
 * numbers by itself) are removed; the page-broken paragraph is joined; the
 * contents list (Indholdsfortegnelse, derived from the items) is left out.
 * Labels and headers ("Baggrund", "Punkt 1: …", "Mødedato …") are included.
 */
export function seedParagraphs(): string[] {
  const blocks = readFileSync(SEED_TEXT_PATH, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');

  const paragraphs: string[] = [];
  for (let index = 0; index < blocks.length; index++) {
    let block = blocks[index] ?? '';
    if (block === 'Indholdsfortegnelse') continue;
    if (block.endsWith(PAGE_BREAK_ENDING) && index + 1 < blocks.length) {
      block = `${block} ${blocks[++index] ?? ''}`;
    }
    const lines = block.split('\n').map((line) => line.trim());
    if (lines.every((line) => CONTENTS_ENTRY.test(line))) continue;
    if (lines.length > 1) {
      paragraphs.push(...lines.map((line) => plain(line.replace(/^(- |\d+\. )/, ''))));
    } else {
      paragraphs.push(plain(block.replace(/^- /, '')));
    }
  }
  return paragraphs;
}

/** Markdown marks removed, whitespace collapsed. */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
