/**
 * Paragraphs built so that a tricky word straddles the line end: for each
 * word, filler of growing length puts the line end before, inside and after
 * it. Rendered by LibreOffice, each paragraph's line count must equal the
 * export's own line breaking (hyphens, dashes, slashes, ligatures, URLs).
 */
import { measurer } from '../../shared/export/layout/font-metrics';
import { BODY_WIDTH, STYLES } from '../../shared/export/typography';
import type { Meeting } from '../../shared/model/meeting';
import { generateMeeting, node, richText } from '../support/generate-meeting';

const WORDS = [
  '2019-2022',
  'Høje-Taastrup',
  '2017/18',
  'Fokus/Task',
  'kr./md.',
  'ref-29-01-2018',
  'A/S-selskab',
  '17.4-udvalget',
  '2018/januar',
  'dir/2018/januar',
  'x—y',
  'a–b',
  '(sekretær)',
  'https://htk.dk/politik/2018/januar-referat',
];

/** Words whose standard ligatures ("ft", "fi", "ti", "ff", "tt") make them narrower in LibreOffice. */
const LIGATURE_WORDS = ['rammeaftale', 'effektiviteten', 'afflytning', 'ættetræ'];

/** How many filler lengths each word is tried with. */
const SHIFTS = 10;

/**
 * A line that fits the text column only if its ligatures are formed: the
 * word four times after filler tuned so the line is wider than the column
 * letter by letter and narrower with ligatures.
 */
function ligatureSample(marker: string, word: string): string {
  const measure = measurer({}, false, STYLES.Normal.size);
  const words = Array.from({ length: 4 }, () => word).join(' ');
  // Two filler letters of different widths give steps finer than the ligatures' few twips.
  for (let a = 0; a < 12; a++) {
    for (let i = 0; i < 300; i++) {
      const line = `${marker} ${'a'.repeat(a)}${'i'.repeat(i)} ${words}`;
      const plain = measure.width(line);
      const shaped = plain + 4 * measure.ligatureDelta(word);
      if (shaped < BODY_WIDTH - 2 && plain > BODY_WIDTH + 2) return line;
    }
  }
  throw new Error(`no ligature sample for ${word}`);
}

/** The sample paragraphs' texts, each starting with a marker "Q<n>". */
export function lineSampleTexts(): string[] {
  const texts: string[] = [];
  for (const word of WORDS) {
    for (let k = 0; k < SHIFTS; k++) {
      texts.push(`Q${texts.length} ${'a '.repeat(48 + k)}${word} ${word} slut`);
    }
  }
  for (const word of LIGATURE_WORDS) texts.push(ligatureSample(`Q${texts.length}`, word));
  return texts;
}

/** A meeting whose one item holds the sample paragraphs. */
export function lineSampleMeeting(): Meeting {
  const meeting = generateMeeting({ items: 1, sectionsPerItem: 1, seed: 1 });
  const item = meeting.items[0];
  if (item) {
    item.sections.sagsfremstilling = richText(
      lineSampleTexts().map((text) => node.paragraph([node.text(text)])),
    );
  }
  return meeting;
}

/** Each sample paragraph as rendered: its number of lines and its last line, by marker number. */
export function renderedSamples(pages: string[]): Map<number, { lines: number; last: string }> {
  const found = new Map<number, { lines: number; last: string }>();
  let current = -1;
  for (const line of pages
    .join('\n')
    .split('\n')
    .map((l) => l.trim())) {
    const marker = /^Q(\d+) /.exec(line);
    const sample = found.get(current);
    if (marker) {
      current = Number(marker[1]);
      found.set(current, { lines: 1, last: line });
    } else if (sample && line && !/^(Side \d+ af|Bilag|Punkt|•)/.test(line)) {
      found.set(current, { lines: sample.lines + 1, last: line });
    } else if (line) {
      current = -1;
    }
  }
  return found;
}
