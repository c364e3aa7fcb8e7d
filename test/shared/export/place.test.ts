/**
 * The page-by-page layout the PDF is drawn from: the same pages and
 * contents numbers as the .docx's page count, every line of every
 * paragraph placed once, inside the text column, in reading order.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Inline, ParagraphBlock } from '../../../shared/export/blocks';
import { buildBlocks } from '../../../shared/export/build-blocks';
import { alignLines } from '../../../shared/export/layout/align';
import { contentsPageNumbers } from '../../../shared/export/layout/contents-pages';
import { breakLines, countLines } from '../../../shared/export/layout/line-breaker';
import { layoutReferat, type PageParagraph } from '../../../shared/export/layout/place';
import { measurer } from '../../../shared/export/layout/font-metrics';
import { BODY_HEIGHT, BODY_WIDTH, STYLES } from '../../../shared/export/typography';
import { builtInTemplate } from '../../../shared/template/built-in/index';
import { generateMeeting } from '../../support/generate-meeting';
import { loadSeedFixture } from '../../support/seed';

const text = (t: string, format = {}): Inline => ({ kind: 'text', text: t, format });
const box = { firstStart: 0, restStart: 0, end: BODY_WIDTH, tabStops: [] };

/** Every paragraph placed on the pages, cells included, in reading order. */
function placedParagraphs(pages: ReturnType<typeof layoutReferat>['pages']) {
  return pages.flatMap((page, index) =>
    page.blocks.flatMap((block) =>
      (block.kind === 'row' ? block.cells.flatMap((cell) => cell.paragraphs) : [block]).map(
        (paragraph) => ({ page: index + 1, paragraph }),
      ),
    ),
  );
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const inlineText = (inlines: Inline[]) =>
  inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');

describe('the placed layout', () => {
  const meeting = generateMeeting({ items: 20, sectionsPerItem: 5, seed: 7 });
  meeting.items[3]!.title = 'Budgetopfølgning'.repeat(12);
  const blocks = buildBlocks(meeting, { version: 'internal' });
  const laidOut = layoutReferat(blocks);
  const placed = placedParagraphs(laidOut.pages);

  it('has the .docx contents numbers, and each item heading lands on its number', () => {
    expect(laidOut.contentsNumbers).toEqual(contentsPageNumbers(blocks));
    const headingPage = (bookmark: string) =>
      placed.find(
        ({ paragraph: p }) => p.source.kind === 'paragraph' && p.source.block.bookmark === bookmark,
      )?.page;
    blocks.items.forEach((item, i) => {
      const heading = item[0] as ParagraphBlock;
      expect(headingPage(heading.bookmark ?? '')).toBe(laidOut.contentsNumbers[i]);
    });
    const lastItem = blocks.items.length - 1;
    expect(laidOut.pages.length).toBeGreaterThan(laidOut.contentsNumbers[lastItem] ?? 0);
  });

  it('places every line of every paragraph once, with all of its text, in order', () => {
    const all: Block[] = [...blocks.opening, ...blocks.items.flat()];
    const paragraphs = all.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b]
        : b.kind === 'table'
          ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks))
          : [],
    );
    const bySource = new Map<ParagraphBlock, PageParagraph[]>();
    for (const { paragraph } of placed) {
      if (paragraph.source.kind !== 'paragraph') continue;
      const list = bySource.get(paragraph.source.block) ?? [];
      list.push(paragraph);
      bySource.set(paragraph.source.block, list);
    }
    expect([...bySource.keys()]).toEqual(paragraphs);
    for (const [block, parts] of bySource) {
      const lines = parts.flatMap((p) => p.lines);
      expect(parts[0]?.first).toBe(true);
      expect(parts.at(-1)?.last).toBe(true);
      const drawn = lines.map((l) => l.runs.map((r) => r.text).join('')).join('');
      expect(squeeze(drawn)).toBe(squeeze(inlineText(block.inlines)));
    }
  });

  it('keeps lines inside the text column and pages, top to bottom', () => {
    for (const page of laidOut.pages) {
      let y = -1;
      for (const block of page.blocks) {
        const lines = block.kind === 'row' ? [{ y: block.y, height: block.height }] : block.lines;
        for (const line of lines) {
          expect(line.y).toBeGreaterThanOrEqual(y);
          expect(line.y + line.height).toBeLessThanOrEqual(BODY_HEIGHT + 0.5);
          y = line.y;
        }
        if (block.kind === 'paragraph')
          for (const run of block.lines.flatMap((l) => l.runs))
            expect(block.x + run.x).toBeLessThan(BODY_WIDTH);
      }
    }
  });

  it('lists each contents entry with its page number after a dot leader', () => {
    const entries = placed.filter(({ paragraph }) => paragraph.source.kind === 'contents-entry');
    expect(entries).toHaveLength(meeting.items.length);
    entries.forEach(({ paragraph }, i) => {
      const last = paragraph.lines.at(-1);
      expect(last?.runs.at(-1)?.text).toBe(String(laidOut.contentsNumbers[i]));
      expect(last?.leader?.to).toBeCloseTo(last?.runs.at(-1)?.x ?? 0, 5);
    });
  });

  it('lays out the seed like its page count', () => {
    const seedBlocks = buildBlocks(loadSeedFixture(), { version: 'public' });
    expect(layoutReferat(seedBlocks).contentsNumbers).toEqual(contentsPageNumbers(seedBlocks));
  });

  it('lays out items that run on (no page per item) in one flow, with the same numbers', () => {
    const template = builtInTemplate('internt');
    expect(template?.item.newPage).toBe(false);
    const running = generateMeeting({ items: 15, sectionsPerItem: 2, seed: 9, template });
    const runningBlocks = buildBlocks(running, { version: 'internal' });
    const { pages, contentsNumbers } = layoutReferat(runningBlocks);
    expect(contentsNumbers).toEqual(contentsPageNumbers(runningBlocks));
    const headingPage = (bookmark: string) =>
      placedParagraphs(pages).find(
        ({ paragraph: p }) => p.source.kind === 'paragraph' && p.source.block.bookmark === bookmark,
      )?.page;
    runningBlocks.items.forEach((item, i) => {
      const heading = item[0] as ParagraphBlock;
      expect(headingPage(heading.bookmark ?? '')).toBe(contentsNumbers[i]);
    });
    // Items share pages: fewer pages than items.
    expect(new Set(contentsNumbers).size).toBeLessThan(running.items.length);
  });
});

describe('placed lines', () => {
  const m = STYLES.Normal;
  const long = 'Direktionen drøftede status for boligområderne og den videre proces. '.repeat(4);

  it('records as many lines as it counts, runs of one format joined', () => {
    const placed: Parameters<typeof breakLines>[4] = [];
    const inlines = [text(long), text('fed ', { bold: true }), text(long)];
    breakLines(inlines, false, m.size, box, placed);
    expect(placed).toHaveLength(countLines(inlines, false, m.size, box));
    const lines = alignLines(placed, box, undefined);
    expect(lines[0]?.runs).toHaveLength(1);
    expect(lines.flatMap((l) => l.runs).some((r) => r.format.bold && r.text.includes('fed'))).toBe(
      true,
    );
  });

  it('gives each run its own text and width, words and formats mixed (reused pieces stay right)', () => {
    // Words that repeat, ligatures ("ft", "fi"), several runs of one format side by side, a link.
    const inlines = [
      text('Efter drøftelsen af sagen tiltrådte direktionen indstillingen. '.repeat(3)),
      text('Økonomiudvalget ', { bold: true }),
      text('fik ', { bold: true }),
      { kind: 'text', text: 'se bilag ', format: {}, link: 'https://example.dk/' } as Inline,
      text('efterfølgende officielt, '.repeat(5), { italic: true }),
      text('Ændringsforslag '.repeat(6)),
    ];
    const all = inlineText(inlines);
    for (const keepWords of [false, true]) {
      const placed: Parameters<typeof breakLines>[4] = [];
      breakLines(inlines, false, m.size, box, placed, keepWords);
      expect(placed.map((l) => l.runs.map((r) => r.text).join('')).join('')).toBe(all);
      for (const line of placed) {
        line.runs.forEach((run, i) => {
          const measure = measurer(run.format, false, m.size);
          const ligatures = run.text
            .split(' ')
            .reduce((sum, w) => sum + measure.ligatureDelta(w), 0);
          expect(run.width).toBeCloseTo(measure.width(run.text) + ligatures, 6);
          const next = line.runs[i + 1];
          if (next) expect(next.x).toBeCloseTo(run.x + run.width, 6);
        });
      }
    }
  });

  it('splits a word longer than the line between letters, without losing any', () => {
    const placed: Parameters<typeof breakLines>[4] = [];
    const word = 'Budgetopfølgning'.repeat(20);
    breakLines([text(`ab ${word}`)], false, m.size, box, placed);
    expect(placed.map((l) => l.runs.map((r) => r.text).join('')).join('')).toBe(`ab ${word}`);
    for (const line of placed)
      for (const run of line.runs) expect(run.x + run.width).toBeLessThanOrEqual(BODY_WIDTH + 0.5);
  });

  it('aligns: centred and right lines end at the middle and the edge; justified lines fill the line', () => {
    // Fresh lines for each alignment (alignLines shifts them in place); words kept apart for justify.
    const lines = (keepWords = false) => {
      const placed: Parameters<typeof breakLines>[4] = [];
      breakLines([text(long)], false, m.size, box, placed, keepWords);
      return placed;
    };
    const measure = measurer({}, false, m.size);
    // Where the line's last word ends: the last run, without the spaces hanging after it.
    const end = (line: { runs: { x: number; text: string }[] }) => {
      const last = line.runs.at(-1)!;
      const word = last.text.trimEnd();
      const ligatures = word.split(' ').reduce((sum, w) => sum + measure.ligatureDelta(w), 0);
      return last.x + measure.width(word) + ligatures;
    };
    const right = alignLines(lines(), box, 'right');
    for (const line of right) expect(end(line)).toBeCloseTo(BODY_WIDTH, 3);
    const justified = alignLines(lines(true), box, 'justify');
    for (const line of justified.slice(0, -1)) {
      expect(end(line)).toBeCloseTo(BODY_WIDTH, 3);
      expect(line.runs.length).toBeGreaterThan(5);
    }
    expect(end(justified.at(-1)!)).toBeLessThan(BODY_WIDTH - 100);
    expect(justified.at(-1)!.runs).toHaveLength(1);
    const left = lines();
    const centred = alignLines(lines(), box, 'center');
    expect(centred[0]!.runs[0]!.x).toBeCloseTo((BODY_WIDTH - left[0]!.textEnd) / 2, 3);
  });
});
