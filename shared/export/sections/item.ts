import type { AgendaItem, Meeting } from '../../model/meeting';
import { decisionLabel, decisionsNewestFirst, itemNumber } from '../../model/derived';
import { isRichTextEmpty, type RichText } from '../../model/rich-text';
import { textParagraph, type Block } from '../blocks';
import { BULLET_REFERENCE, type ListNumbering } from '../rich-text/context';
import { richTextToBlocks } from '../rich-text/to-blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';
import { itemBookmark, visibilityOf, visibleTitle } from './visibility';

/** "Punkt 3: Tidsplan …" — Heading 1 (new page, outline level 0), bookmarked for the contents list. */
function itemHeading(
  meeting: Meeting,
  item: AgendaItem,
  index: number,
  options: ExportOptions,
): Block {
  const title = xmlSafeLine(visibleTitle(item, options)).trim();
  const number = itemNumber(meeting, index);
  return {
    ...textParagraph('Heading1', title ? `Punkt ${number}: ${title}` : `Punkt ${number}`),
    bookmark: itemBookmark(index),
  };
}

/** A section: its Heading 2 label and its text, or nothing when the text is empty. */
function section(label: string, text: RichText, numbering: ListNumbering): Block[] {
  if (isRichTextEmpty(text)) return [];
  const body = richTextToBlocks(text, numbering);
  return body.length > 0 ? [textParagraph('Heading2', xmlSafeLine(label)), ...body] : [];
}

function decisions(item: AgendaItem, numbering: ListNumbering): Block[] {
  return decisionsNewestFirst(item).flatMap((d) => section(decisionLabel(d), d.text, numbering));
}

function attachments(item: AgendaItem, numbering: ListNumbering): Block[] {
  const titles = item.attachments.map((a) => xmlSafeLine(a.title).trim()).filter(Boolean);
  if (titles.length === 0) return [];
  const instance = numbering.newInstance();
  return [
    textParagraph('Heading2', 'Bilag'),
    ...titles.map((title) => ({
      ...textParagraph('ListParagraph', title),
      list: { reference: BULLET_REFERENCE, instance, level: 0 },
    })),
  ];
}

/**
 * One agenda item on its own page(s): heading, case number, then the
 * non-empty sections in the seed's order — Baggrund, Indstilling, every
 * dated Beslutning (newest first), Sagsfremstilling, Bilag.
 */
export function agendaItem(
  meeting: Meeting,
  item: AgendaItem,
  index: number,
  options: ExportOptions,
  numbering: ListNumbering,
): Block[] {
  const visibility = visibilityOf(item, options);
  const blocks: Block[] = [itemHeading(meeting, item, index, options)];
  const caseNumber = xmlSafeLine(item.caseNumber).trim();
  if (caseNumber) blocks.push(textParagraph('Normal', caseNumber));
  if (visibility === 'closed') return blocks;
  if (item.closed && options.version === 'internal') {
    blocks.push(textParagraph('Normal', 'Lukket punkt', { bold: true, italic: true }));
  }
  if (visibility === 'title-and-decision') return [...blocks, ...decisions(item, numbering)];
  return [
    ...blocks,
    ...section('Baggrund', item.background, numbering),
    ...section('Indstilling', item.recommendation, numbering),
    ...decisions(item, numbering),
    ...section('Sagsfremstilling', item.presentation, numbering),
    ...attachments(item, numbering),
  ];
}
