/**
 * Reading a line back with a template pattern: "Punkt {nr}[: {titel}]"
 * against "Punkt 3: Budget 2019" gives { nr: "3", titel: "Budget 2019" }.
 * The inverse of renderPattern (../template/patterns.ts), lenient where
 * Word documents differ from what the app writes: any run of spaces for a
 * space, either dash, either date form, any case.
 */
import { MONTHS } from '../model/derived';
import { parsePattern, type PatternPart } from '../template/patterns';

/** The placeholders found in a line, by name; a placeholder used twice keeps its first value. */
export type MatchedValues = Record<string, string>;

/** A date as a Danish document writes it: 29-01-2018, 29.01.18, 29/1 2018, 29. januar 2018. */
export const DATE_SOURCE = `(?:(?<![\\d.:])\\d{1,2}[-./]\\s?(?:0?[1-9]|1[0-2])[-./ ]\\s?(?:\\d{4}|\\d{2})(?![.:]?\\d)|\\d{1,2}\\.?\\s+(?:${MONTHS.join('|')})\\.?\\s+\\d{4})`;
/** A time or time range: 09:00, 9.00, 09.00-10.30, 9-11. */
export const TIME_SOURCE = '(?:\\d{1,2}(?:[:.]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[:.]\\d{2})?)?)';

const PLACEHOLDER_SOURCE: Record<string, string> = {
  nr: '\\d{1,4}',
  dato: DATE_SOURCE,
  ugedag: '[A-Za-zÆØÅæøå]+dag',
  tidsrum: TIME_SOURCE,
  start: '\\d{1,2}(?:[:.]\\d{2})?',
  slut: '\\d{1,2}(?:[:.]\\d{2})?',
};

function escape(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/[-–—]/g, '[-–—]');
}

/** The regular expression of `parts`, with the placeholder names in group order. */
function compile(parts: readonly PatternPart[], names: string[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return escape(part.text);
      if (part.kind === 'optional') return `(?:${compile(part.parts, names)})?`;
      names.push(part.name);
      return `(${PLACEHOLDER_SOURCE[part.name] ?? '.+?'})`;
    })
    .join('');
}

/** Compiled matchers by pattern: the recogniser asks for the same few patterns once per line. */
const matchers = new Map<string, (line: string) => MatchedValues | null>();
/** Patterns come from templates; a few hundred covers every template in a library. */
const MAX_CACHED_MATCHERS = 500;

/** A matcher for `source`: the values of a line the pattern could have written, or null. */
export function patternMatcher(source: string): (line: string) => MatchedValues | null {
  let matcher = matchers.get(source);
  if (!matcher) {
    if (matchers.size >= MAX_CACHED_MATCHERS) matchers.clear();
    matcher = compileMatcher(source);
    matchers.set(source, matcher);
  }
  return matcher;
}

function compileMatcher(source: string): (line: string) => MatchedValues | null {
  const parsed = parsePattern(source);
  if (!parsed.ok) return () => null;
  const names: string[] = [];
  const expression = new RegExp(`^\\s*${compile(parsed.parts, names)}\\s*$`, 'iu');
  return (line) => {
    const match = expression.exec(line.replace(/\u00a0/g, ' '));
    if (!match) return null;
    const values: MatchedValues = {};
    names.forEach((name, i) => {
      const value = match[i + 1];
      if (value !== undefined && values[name] === undefined) values[name] = value.trim();
    });
    return values;
  };
}

/** "29-01-2018", "29. januar 2018", "29/1 18" → "2018-01-29"; null when it is no real date. */
export function parseDanishDate(text: string): string | null {
  const numeric = /(\d{1,2})[-./]\s?(\d{1,2})[-./ ]\s?(\d{4}|\d{2})\b/.exec(text);
  const long = new RegExp(`(\\d{1,2})\\.?\\s+(${MONTHS.join('|')})\\.?\\s+(\\d{4})`, 'i').exec(
    text,
  );
  let day: number, month: number, year: number;
  if (long && (!numeric || long.index <= numeric.index)) {
    day = Number(long[1]);
    month = MONTHS.indexOf((long[2] ?? '').toLowerCase()) + 1;
    year = Number(long[3]);
  } else if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = Number(numeric[3]);
    if (year < 100) year += 2000;
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "kl. 9.00-10.30" → { start: "09:00", end: "10:30" }; null without a time. */
export function parseTimeRange(text: string): { start: string; end: string | null } | null {
  const time = '(\\d{1,2})(?:[:.](\\d{2}))?';
  const expression = new RegExp(`(?<![\\d.])${time}(?:\\s*[-–]\\s*${time})?(?![\\d.]*\\d)`, 'g');
  const clock = (hours?: string, minutes?: string) => {
    const h = Number(hours);
    const m = Number(minutes ?? '0');
    return h <= 23 && m <= 59
      ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
      : null;
  };
  // Dates first out of the way: "29. januar 2018 kl. 09:00" has one time, not three.
  const withoutDates = text.replace(new RegExp(DATE_SOURCE, 'gi'), ' ');
  for (const match of withoutDates.matchAll(expression)) {
    // A bare number is no time ("Lokale 3"), unless it is a range ("kl. 9-11").
    if (match[2] === undefined && match[3] === undefined) continue;
    const start = clock(match[1], match[2]);
    if (!start) continue;
    const end = match[3] !== undefined ? clock(match[3], match[4]) : null;
    return { start, end };
  }
  return null;
}
