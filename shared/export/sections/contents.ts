import type { Meeting } from '../../model/meeting';
import { textParagraph, type Block } from '../blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';
import { itemBookmark, visibleTitle } from './visibility';

/** "Indholdsfortegnelse" and the contents list: one entry per item, linked to its heading. */
export function contents(meeting: Meeting, options: ExportOptions): Block[] {
  return [
    textParagraph('TOCHeading', 'Indholdsfortegnelse'),
    {
      kind: 'contents',
      entries: meeting.items.map((item, index) => ({
        title: xmlSafeLine(visibleTitle(item, options)).trim() || 'Uden titel',
        bookmark: itemBookmark(index),
      })),
    },
  ];
}
