/**
 * The export "as a reader sees it": LibreOffice renders the .docx to PDF and
 * pdftotext reads it back. Proves that the seed's text comes out whole and
 * in order, and that every contents page number is the page its heading is
 * printed on — in a viewer that never updates fields.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import { contentsPageNumbers } from '../../shared/export/layout/contents-pages';
import { visibleTitle } from '../../shared/export/sections/visibility';
import type { Meeting } from '../../shared/model/meeting';
import type { ExportOptions } from '../../shared/export/options';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { loadSeedFixture, seedParagraphs } from '../support/seed';
import { measurer } from '../../shared/export/layout/font-metrics';
import { breakLines } from '../../shared/export/layout/line-breaker';
import { BODY_WIDTH, STYLES } from '../../shared/export/typography';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { badInputMeetings } from './bad-inputs';
import { pageTexts, writePdf } from './pdf-inspect';
import { lineSampleMeeting, lineSampleTexts, renderedSamples } from './line-samples';
import {
  contentsNumbers,
  headingPages,
  normalise,
  renderDocx,
  type RenderedPages,
} from './libreoffice';

const PUBLIC: ExportOptions = { version: 'public' };

/** The text of all pages without the footer lines, normalised. */
function bodyText(pages: RenderedPages): string {
  return normalise(pages.map((page) => page.replace(/^\s*Side \d+ af \d+\s*$/gm, '')).join('\n'));
}

/** Each item's contents page next to the page its heading is printed on. */
function pageCheck(meeting: Meeting, pages: RenderedPages) {
  const titles = meeting.items.map((item) => visibleTitle(item, PUBLIC, meeting.template));
  const listed = contentsNumbers(pages, titles);
  const printed = headingPages(pages);
  return meeting.items.map((_, index) => ({
    item: meeting.firstItemNumber + index,
    listed: listed[index],
    printed: printed.get(meeting.firstItemNumber + index),
  }));
}

describe.runIf(requireTools('soffice', 'pdftotext'))('the export as LibreOffice renders it', () => {
  const seed = loadSeedFixture();
  const long = generateMeeting({ items: 45, sectionsPerItem: 5, seed: 2018 });
  // Titles that wrap in the contents list (two or three lines, one unbreakable word).
  long.items.forEach((item, index) => {
    if (index % 3 === 0)
      item.title = `${item.title} – ${item.title} ${item.title} og budget 2019-2022`;
    if (index % 7 === 0) item.title = 'Budgetopfølgning'.repeat(12);
  });
  const bad = badInputMeetings();
  const samples = lineSampleMeeting();
  let rendered: RenderedPages[] = [];
  // The PDF export of the same meetings, read the same way.
  let pdfs: RenderedPages[] = [];

  beforeAll(async () => {
    const files = [
      { name: 'seed', bytes: await exportMeetingToDocx(seed, PUBLIC) },
      { name: 'long', bytes: await exportMeetingToDocx(long, PUBLIC) },
      { name: 'lines', bytes: await exportMeetingToDocx(samples, PUBLIC) },
      ...(await Promise.all(
        bad.map(async ({ name, meeting }) => ({
          name,
          bytes: await exportMeetingToDocx(meeting, PUBLIC),
        })),
      )),
    ];
    rendered = renderDocx(files); // one soffice run for all of them
    const fonts = await loadPdfFonts();
    pdfs = await Promise.all(
      [seed, long].map(async (meeting, i) =>
        pageTexts(
          writePdf(
            `${i}`,
            await exportMeetingToPdf(meeting, PUBLIC, { fonts, now: new Date(2018, 0, 29) }),
          ),
        ),
      ),
    );
  }, 300_000);

  it('carries the whole seed text, in order, typos included', () => {
    const text = bodyText(rendered[0] ?? []);
    let cursor = 0;
    const missing: string[] = [];
    for (const paragraph of seedParagraphs()) {
      const at = text.indexOf(normalise(paragraph), cursor);
      if (at < 0) missing.push(paragraph);
      else cursor = at + normalise(paragraph).length;
    }
    expect(missing).toEqual([]);
  });

  it('prints every seed contents page number on the page of its heading', () => {
    const checks = pageCheck(seed, rendered[0] ?? []);
    expect(checks).toHaveLength(4);
    for (const check of checks) expect(check.listed).toBe(check.printed);
  });

  it('gets the contents of a long meeting (lists, tables, 150+ pages) right too', () => {
    const pages = rendered[1] ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(150);
    const wrong = pageCheck(long, pages).filter((check) => check.listed !== check.printed);
    expect(wrong).toEqual([]);
  });

  it('makes a PDF whose pages break where LibreOffice breaks the .docx', () => {
    // Each page's text without whitespace, footers and full stops (LibreOffice draws the
    // contents' leader dots as text, and a title's own full stop runs into them).
    const page = (text: string) =>
      text.replace(/^\s*Side \d+ af \d+\s*$/gm, '').replace(/[.\s]+/g, '');
    const lines = (pages: string[]) =>
      pages.flatMap((text) => text.split('\n').map((line) => line.replace(/[.\s]+/g, '')));
    for (const [docx = [], pdf = []] of [
      [rendered[0], pdfs[0]],
      [rendered[1], pdfs[1]],
    ]) {
      expect(pdf.length).toBe(docx.length);
      expect(pdf.map(page)).toEqual(docx.map(page));
      // Line for line too, but for the rare line the layout breaks a word earlier or later
      // than LibreOffice (the page's lines still add up: the page breaks are the same).
      const ours = new Set(lines(pdf));
      const theirs = lines(docx);
      const same = theirs.filter((line) => ours.has(line)).length;
      expect(same / theirs.length).toBeGreaterThan(0.99);
    }
  });

  it('breaks lines exactly where LibreOffice does (hyphens, dashes, slashes, ligatures)', () => {
    const samplesSeen = renderedSamples(rendered[2] ?? []);
    const box = { firstStart: 0, restStart: 0, end: BODY_WIDTH, tabStops: [] };
    const measure = measurer({}, false, STYLES.Normal.size);
    const wrong = lineSampleTexts().flatMap((text, i) => {
      const model = breakLines(
        [{ kind: 'text', text, format: {} }],
        false,
        STYLES.Normal.size,
        box,
      );
      const seen = samplesSeen.get(i);
      // Same number of lines, and the last line as wide as the model ends it: the same break points.
      const lastWidth = seen ? measure.width(seen.last) + measure.ligatureDelta(seen.last) : -1;
      const same = seen?.lines === model.lines && Math.abs(lastWidth - model.lastLineEnd) < 1;
      return same
        ? []
        : [
            `${text.slice(0, 12)}…: model ${model.lines} lines, LibreOffice ${seen?.lines} ending «${seen?.last}»`,
          ];
    });
    expect(wrong).toEqual([]);
  });

  it.each(bad.map((entry, index) => ({ ...entry, index })))(
    'opens with bad input: $name',
    ({ index, marker, meeting }) => {
      const pages = rendered[index + 3] ?? [];
      expect(pages.length).toBeGreaterThan(0);
      expect(bodyText(pages)).toContain(normalise(marker));
      // The numbers written into the contents (read from our layout: these titles defeat text search).
      const written = contentsPageNumbers(buildBlocks(meeting, PUBLIC));
      const printed = headingPages(pages);
      expect(meeting.items.map((_, i) => printed.get(i + 1))).toEqual(written);
    },
  );
});
