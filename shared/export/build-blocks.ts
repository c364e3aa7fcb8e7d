import type { Meeting } from '../model/meeting';
import type { Block } from './blocks';
import type { ExportOptions } from './options';
import { ListNumbering } from './rich-text/context';
import { contents } from './sections/contents';
import { frontMatter } from './sections/front-matter';
import { closing } from './sections/closing';
import { agendaItem } from './sections/item';
import { signaturePage } from './sections/signatures';

/** The referat as export blocks: the first pages (front matter and contents) and each item's pages. */
export interface ReferatBlocks {
  opening: Block[];
  items: Block[][];
  numbering: ListNumbering;
}

/** Runs every section transformer over the meeting, in document order. */
export function buildBlocks(meeting: Meeting, options: ExportOptions): ReferatBlocks {
  const numbering = new ListNumbering();
  const items = meeting.items.map((item, index) =>
    agendaItem(meeting, item, index, options, numbering),
  );
  // The closing line and the signature page end the last item's part: they
  // come after every item's heading, so the contents list stays right.
  const last = items.at(-1);
  if (last) last.push(...closing(meeting), ...signaturePage(meeting));
  return {
    opening: [...frontMatter(meeting, options), ...contents(meeting, options)],
    items,
    numbering,
  };
}
