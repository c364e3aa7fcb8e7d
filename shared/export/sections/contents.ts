import type { Meeting } from '../../model/meeting';
import { contentsEntry } from '../../template/render';
import { textParagraph, type Block } from '../blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';
import { itemBookmark, visibleTitle } from './visibility';

/** The contents list with its title, one entry per item linked to its heading; nothing when the template has none. */
export function contents(meeting: Meeting, options: ExportOptions): Block[] {
  const { template } = meeting;
  if (!template.contents.show) return [];
  return [
    textParagraph('TOCHeading', xmlSafeLine(template.contents.title).trim() || 'Indhold'),
    {
      kind: 'contents',
      entries: meeting.items.map((item, index) => ({
        title:
          xmlSafeLine(
            contentsEntry(meeting, item, index, visibleTitle(item, options, template)),
          ).trim() || 'Uden titel',
        bookmark: itemBookmark(index),
      })),
    },
  ];
}
