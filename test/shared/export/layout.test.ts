import { describe, expect, it } from 'vitest';
import type { ContentsBlock, Inline } from '../../../shared/export/blocks';
import { measurer } from '../../../shared/export/layout/font-metrics';
import { breakLines, countLines } from '../../../shared/export/layout/line-breaker';
import { countPages, type PageTrace } from '../../../shared/export/layout/paginate';
import { flowOf, type FlowParagraph } from '../../../shared/export/layout/flow';
import { BODY_HEIGHT, BODY_WIDTH } from '../../../shared/export/typography';

const text = (t: string): Inline => ({ kind: 'text', text: t, format: {} });
const box = (end: number) => ({ firstStart: 0, restStart: 0, end, tabStops: [] });

describe('font metrics', () => {
  it('measures Carlito advance widths (Calibri 11 pt "n" is 1076/2048 em)', () => {
    expect(measurer({}, false, 22).width('n')).toBeCloseTo((1076 / 2048) * 11 * 20, 5);
    expect(measurer({}, true, 22).width('n')).toBeGreaterThan(
      measurer({}, false, 22).width('n') - 1,
    );
  });
});

describe('line breaking', () => {
  const w = measurer({}, false, 22);
  it('fits words up to the line end, trailing spaces hanging', () => {
    const line = 'aaa bbb ';
    expect(countLines([text(line)], false, 22, box(w.width('aaa bbb')))).toBe(1);
    expect(countLines([text(line)], false, 22, box(w.width('aaa bb')))).toBe(2);
  });
  it('breaks inside words where LibreOffice does: after hyphens and dashes, never after a slash', () => {
    // "xx <word>" in a line that ends inside <word>: the last line is the part after the break.
    const lastLine = (word: string, fitting: string) =>
      breakLines([text(`xx ${word}`)], false, 22, box(w.width(`xx ${fitting}`))).lastLineEnd;
    expect(lastLine('Høje-Taastrup', 'Høje-Taast')).toBeCloseTo(w.width('Taastrup'), 3);
    expect(lastLine('2019-2022', '2019-20')).toBeCloseTo(w.width('2022'), 3);
    // No opportunity: the whole word moves to the next line.
    expect(lastLine('Fokus/Task', 'Fokus/Ta')).toBeCloseTo(w.width('Fokus/Task'), 3);
    expect(lastLine('2017/18', '2017/1')).toBeCloseTo(w.width('2017/18'), 3);
    expect(lastLine('kr./md.', 'kr./m')).toBeCloseTo(w.width('kr./md.'), 3);
    expect(lastLine('2018/januar', '2018/janua')).toBeCloseTo(w.width('2018/januar'), 3);
  });
  it('breaks a word longer than the line between characters', () => {
    expect(countLines([text('x'.repeat(1000))], false, 22, box(w.width('x'.repeat(100))))).toBe(10);
  });
  it('counts the standard ligatures LibreOffice forms ("ft", "ti", "fi")', () => {
    expect(w.ligatureDelta('rammeaftale')).toBeLessThan(0);
    expect(w.ligatureDelta('kommune')).toBe(0);
    // Wider than the text column letter by letter, narrower with its ligatures: one line, as LibreOffice sets it.
    const line =
      'rammeaftale kr. rammeaftale vil i almene. Styregruppe prækvalifikationsproces programmet status til';
    expect(w.width(line)).toBeGreaterThan(BODY_WIDTH);
    expect(countLines([text(`${line} næste`)], false, 22, box(BODY_WIDTH))).toBe(2);
  });
  it('counts forced line breaks', () => {
    expect(countLines([text('a'), { kind: 'break' }, text('b')], false, 22, box(5000))).toBe(2);
  });
});

describe('page filling', () => {
  const p = (lines: number, extra: Partial<FlowParagraph> = {}): FlowParagraph => ({
    kind: 'paragraph',
    lines,
    lineHeight: 280,
    before: 0,
    after: 0,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: true,
    ...extra,
  });
  const perPage = Math.floor(BODY_HEIGHT / 280);

  it('fills a page with exact lines, then the next', () => {
    expect(countPages([p(perPage)])).toBe(1);
    expect(countPages([p(perPage + 1)])).toBe(2);
  });
  it('keeps two lines together at the bottom and top of a page (widow/orphan control)', () => {
    const ends: Parameters<PageTrace>[0][] = [];
    countPages([p(perPage - 1), p(3)], (end) => ends.push(end));
    // One line would fit, a 3-line paragraph cannot split 1+2: it moves whole.
    expect(ends[0]?.unit).toBe(1);
    expect(countPages([p(perPage - 2), p(4)])).toBe(2);
  });
  it('splits a paragraph without widow control wherever the page ends', () => {
    // Split 1 + 2: the next page holds exactly 2 + (perPage - 2) lines.
    expect(countPages([p(perPage - 1), p(3, { widowControl: false }), p(perPage - 2)])).toBe(2);
    // With widow control the 3 lines move together and the last line spills over.
    expect(countPages([p(perPage - 1), p(3), p(perPage - 2)])).toBe(3);
  });
  it('moves a keep-with-next heading to the next page with its paragraph', () => {
    expect(countPages([p(perPage - 2), p(1, { keepNext: true }), p(3)])).toBe(2);
  });
  it('starts a new page before Heading 1', () => {
    expect(countPages([p(1), p(1, { pageBreakBefore: true })])).toBe(2);
  });
});

describe('table rows', () => {
  const row = (height: number, firstInTable: boolean) => ({
    kind: 'row' as const,
    height,
    topBorder: 10,
    firstInTable,
  });

  it('counts the table top border above the first row, and again where a row starts a page', () => {
    const ends: Parameters<PageTrace>[0][] = [];
    // 14000 of content + the 10-twip top border no longer fits BODY_HEIGHT (14002).
    countPages([row(BODY_HEIGHT - 790 - 2, true), row(790, false)], (end) => ends.push(end));
    expect(ends).toEqual([{ page: 1, unit: 1, y: BODY_HEIGHT - 790 - 2 + 10 }]);
  });
});

describe('contents entries', () => {
  const title =
    'Kernedriften er projekt med januar pct. at – en lang titel om budget 2019-2022 og Høje-Taastrup 1';
  const contents: ContentsBlock = {
    kind: 'contents',
    entries: [
      { title, bookmark: 'punkt_1' },
      { title: 'Kort', bookmark: 'punkt_2' },
    ],
  };

  it('puts the page number on the title’s last line when it fits before the tab, else on a line of its own', () => {
    const [entry] = flowOf([contents], [6, 7]);
    const [wide] = flowOf([contents], [123456, 7]);
    expect(entry?.kind === 'paragraph' && entry.lines).toBe(1);
    expect(wide?.kind === 'paragraph' && wide.lines).toBe(2);
  });
});
