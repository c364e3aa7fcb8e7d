/** The recogniser's small readers: HTML, patterns read back, Danish dates and times, edge documents. */
import { describe, expect, it } from 'vitest';
import { parseHtml, textOf } from '../../../shared/import/html-tree';
import {
  parseDanishDate,
  parseTimeRange,
  patternMatcher,
} from '../../../shared/import/match-pattern';
import { recogniseAgenda } from '../../../shared/import/recognise';
import { plainTextOf } from '../../../shared/model/rich-text';
import { builtInTemplate } from '../../../shared/template/built-in/index';
import type { Template } from '../../../shared/template/schema';

const CONTEXT = {
  today: '2030-06-01',
  defaults: { body: 'Byrådet', venue: '', secretaryName: 'Kim' },
};
const udvalg = builtInTemplate('udvalg') as Template;

describe('parseHtml', () => {
  it('reads mammoth’s HTML: entities, void elements, attributes', () => {
    const root = parseHtml(
      '<p>A &amp; B &lt;3&gt; &quot;x&quot;<br />C<img src="" /></p><a href="https://a.dk/?q=1&amp;r=2">l</a>',
    );
    expect(textOf(root)).toBe('A & B <3> "x"\nCl');
    const link = root.children[1];
    expect(link?.kind === 'element' && link.attributes.href).toBe('https://a.dk/?q=1&r=2');
  });

  it('ignores a stray end tag instead of closing the wrong element', () => {
    const root = parseHtml('<p>a</em>b</p><p>c</p>');
    expect(root.children).toHaveLength(2);
    expect(textOf(root)).toBe('abc');
  });
});

describe('reading patterns back', () => {
  it.each([
    ['Punkt {nr}[: {titel}]', 'Punkt 3: Budget 2019', { nr: '3', titel: 'Budget 2019' }],
    ['Punkt {nr}[: {titel}]', 'Punkt 5', { nr: '5' }],
    ['Nr.{nr} - {titel}', 'Nr.12 – Salg af grund', { nr: '12', titel: 'Salg af grund' }],
    [
      '{organ} – Dagsorden – {dato:lang}',
      'Økonomiudvalget - Dagsorden -  4. juni 2025',
      { organ: 'Økonomiudvalget', dato: '4. juni 2025' },
    ],
    [
      '{ugedag} d. {dato:lang} kl. {tidsrum}',
      'mandag d. 29. januar 2018 kl. 08:30-10:00',
      { ugedag: 'mandag', dato: '29. januar 2018', tidsrum: '08:30-10:00' },
    ],
  ])('%s reads «%s»', (pattern, line, values) => {
    expect(patternMatcher(pattern)(line)).toEqual(values);
  });

  it('does not read a line the pattern could not have written', () => {
    expect(patternMatcher('Punkt {nr}[: {titel}]')('Punktet er udsat')).toBeNull();
    expect(patternMatcher('{nr}. {titel}')('Indstilling')).toBeNull();
  });
});

describe('Danish dates and times', () => {
  it.each([
    ['29-01-2018', '2018-01-29'],
    ['29.1.18', '2018-01-29'],
    ['d. 3/2 2019', '2019-02-03'],
    ['Mandag den 12. maj 2025', '2025-05-12'],
    ['31. februar 2025', null],
    ['Lokale 3', null],
  ])('«%s» → %s', (text, date) => {
    expect(parseDanishDate(text)).toBe(date);
  });

  it.each([
    ['kl. 9.00', { start: '09:00', end: null }],
    ['kl. 9-11', { start: '09:00', end: '11:00' }],
    ['29. januar 2018 kl. 08.30 – 10.00', { start: '08:30', end: '10:00' }],
    ['Lokale 3', null],
    ['kl. 25.00', null],
  ])('«%s» → %o', (text, range) => {
    expect(parseTimeRange(text)).toEqual(range);
  });
});

describe('documents without the usual shape', () => {
  it('keeps the text of a document with no items in one item, and says so', () => {
    const { meeting, report } = recogniseAgenda(
      '<p>Noter til mødet</p><ul><li>Kaffe</li></ul>',
      udvalg,
      CONTEXT,
    );
    expect(report.itemsFoundBy).toBe('none');
    expect(meeting.items).toHaveLength(1);
    expect(plainTextOf(meeting.items[0]?.sections.resume?.root ?? { type: 'root' })).toBe(
      'Noter til mødet\nKaffe',
    );
    expect(report.unplaced[0]).toMatch(/ikke fundet nogen punkter/);
    // What the document does not say comes from the user's defaults and today.
    expect([meeting.body, meeting.date]).toEqual(['Byrådet', '2030-06-01']);
    expect(meeting.participants.map((p) => p.name)).toEqual(['Kim']);
  });

  it('keeps an empty document importable: no items, nothing placed', () => {
    const { meeting, report } = recogniseAgenda('', udvalg, CONTEXT);
    expect(meeting.items).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('drops unsafe links but keeps their text', () => {
    const { meeting } = recogniseAgenda(
      '<h1>1. Sag</h1><h2>Resume</h2><p><a href="javascript:alert(1)">klik</a> og <a href="mailto:a@b.dk">skriv</a></p>',
      udvalg,
      CONTEXT,
    );
    const json = JSON.stringify(meeting.items[0]?.sections.resume);
    expect(json).not.toContain('javascript:');
    expect(json).toContain('"url":"mailto:a@b.dk"');
    expect(plainTextOf(meeting.items[0]?.sections.resume?.root ?? { type: 'root' })).toBe(
      'klik og skriv',
    );
  });
});
