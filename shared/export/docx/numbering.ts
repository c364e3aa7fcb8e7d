import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import {
  BULLET_REFERENCE,
  LIST_BULLETS,
  LIST_NUMBER_STYLES,
  MAX_LIST_LEVEL,
  NUMBERED_REFERENCE,
} from '../rich-text/context';
import { listIndent } from '../typography';

const LEVELS = Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => level);
const NUMBER_FORMATS = {
  decimal: LevelFormat.DECIMAL,
  'lower-letter': LevelFormat.LOWER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
} as const;

function indentStyle(level: number) {
  const { left, hanging } = listIndent(level);
  return { paragraph: { indent: { left, hanging } } };
}

function numbered(reference: string, start: number) {
  return {
    reference,
    levels: LEVELS.map((level) => ({
      level,
      format: NUMBER_FORMATS[LIST_NUMBER_STYLES[level % 3] ?? 'decimal'],
      text: `%${level + 1}.`,
      start,
      alignment: AlignmentType.LEFT,
      style: indentStyle(level),
    })),
  };
}

/**
 * Real Word numbering: one bulleted and one numbered definition with nine
 * levels (plus one per other start value a numbered list uses). Each list
 * of the editor is its own numbering instance, so each restarts.
 */
export function numberingDefinitions(usedStarts: number[]): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET_REFERENCE,
        levels: LEVELS.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: LIST_BULLETS[level % 3] ?? '•',
          alignment: AlignmentType.LEFT,
          style: indentStyle(level),
        })),
      },
      numbered(NUMBERED_REFERENCE, 1),
      ...usedStarts.map((start) => numbered(`${NUMBERED_REFERENCE}-from-${start}`, start)),
    ],
  };
}
