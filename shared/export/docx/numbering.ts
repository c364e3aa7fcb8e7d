import type { ListMarker } from '../blocks';
import {
  BULLET_REFERENCE,
  LIST_BULLETS,
  LIST_NUMBER_STYLES,
  MAX_LIST_LEVEL,
  NUMBERED_REFERENCE,
} from '../rich-text/context';
import { listIndent } from '../typography';
import { escapeXml } from './xml-text';

/**
 * word/numbering.xml, written as text like the body: one abstract
 * definition per numbering reference (bulleted, numbered, and numbered
 * from each other start value a list uses), nine levels each, and one
 * instance (`w:num`) per list of the editor, in document order, so each
 * list restarts. docx wrote the same markup, but as ~25 objects per list:
 * a 290-page meeting has ~700 lists, and that was a tenth of the export.
 */

const LEVELS = Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => level);
const NUMBER_FORMATS = {
  decimal: 'decimal',
  'lower-letter': 'lowerLetter',
  'lower-roman': 'lowerRoman',
} as const;

/** One level of a list definition: Word's number format, the label's text, the start value. */
interface Level {
  format: string;
  text: string;
  start: number;
}

/** A numbering reference's nine levels. */
interface Definition {
  reference: string;
  levels: Level[];
}

const bulleted = (): Definition => ({
  reference: BULLET_REFERENCE,
  levels: LEVELS.map((level) => ({
    format: 'bullet',
    text: LIST_BULLETS[level % 3] ?? '•',
    start: 1,
  })),
});

const numbered = (reference: string, start: number): Definition => ({
  reference,
  levels: LEVELS.map((level) => ({
    format: NUMBER_FORMATS[LIST_NUMBER_STYLES[level % 3] ?? 'decimal'],
    text: `%${level + 1}.`,
    start,
  })),
});

/** The definitions: bulleted, numbered from 1, and numbered from each start in `usedStarts`. */
function definitions(usedStarts: number[]): Definition[] {
  return [
    bulleted(),
    numbered(NUMBERED_REFERENCE, 1),
    ...usedStarts.map((start) => numbered(`${NUMBERED_REFERENCE}-from-${start}`, start)),
  ];
}

function abstractNum(definition: Definition, id: number): string {
  const levels = definition.levels.map((level, ilvl) => {
    const { left, hanging } = listIndent(ilvl);
    return (
      `<w:lvl w:ilvl="${ilvl}" w:tentative="1"><w:start w:val="${level.start}"/>` +
      `<w:numFmt w:val="${level.format}"/><w:lvlText w:val="${escapeXml(level.text)}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`
    );
  });
  return (
    `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0">` +
    `<w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`
  );
}

/** A list: its definition, with every level started again at the definition's start value. */
function num(numId: number, abstractId: number, definition: Definition): string {
  const overrides = definition.levels
    .map(
      (level, ilvl) =>
        `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${level.start}"/></w:lvlOverride>`,
    )
    .join('');
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** numbering.xml and the `w:numId` of each list (by `${reference} ${instance}`). */
export interface Numbering {
  xml: string;
  numIds: Map<string, number>;
}

/** The key of a list in {@link Numbering.numIds}. */
export const listKey = (list: { reference: string; instance: number }) =>
  `${list.reference} ${list.instance}`;

/**
 * Word numbering for `lists` (every list of the body, in document order,
 * each once), with a definition for each start value in `usedStarts`.
 */
export function numberingXml(lists: readonly ListMarker[], usedStarts: number[]): Numbering {
  const defs = definitions(usedStarts);
  const abstractIds = new Map(defs.map((definition, i) => [definition.reference, i + 1]));
  const numIds = new Map<string, number>();
  let nums = '';
  for (const list of lists) {
    const abstractId = abstractIds.get(list.reference);
    const definition = defs[(abstractId ?? 0) - 1];
    // A reference without a definition is a bug in the rich-text transformers, not a user's input.
    if (abstractId === undefined || !definition)
      throw new Error(`No numbering "${list.reference}"`);
    const numId = numIds.size + 1;
    numIds.set(listKey(list), numId);
    nums += num(numId, abstractId, definition);
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w15">' +
    `${defs.map((definition, i) => abstractNum(definition, i + 1)).join('')}${nums}</w:numbering>`;
  return { xml, numIds };
}
