import type { Meeting } from '../model/meeting';
import type { Block } from './blocks';
import type { ExportOptions } from './options';
import { ListNumbering } from './rich-text/context';
import { contents } from './sections/contents';
import { frontMatter } from './sections/front-matter';
import { agendaItem } from './sections/item';

/** The referat as export blocks: the first pages (front matter and contents) and each item's pages. */
export interface ReferatBlocks {
  opening: Block[];
  items: Block[][];
  numbering: ListNumbering;
}

/** Runs every section transformer over the meeting, in document order. */
export function buildBlocks(meeting: Meeting, options: ExportOptions): ReferatBlocks {
  const numbering = new ListNumbering();
  return {
    opening: [...frontMatter(meeting, options), ...contents(meeting, options)],
    items: meeting.items.map((item, index) => agendaItem(meeting, item, index, options, numbering)),
    numbering,
  };
}
