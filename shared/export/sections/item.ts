import { decisionsNewestFirst } from '../../model/decisions';
import type { AgendaItem, Meeting } from '../../model/meeting';
import { isRichTextEmpty, type RichText } from '../../model/rich-text';
import { attachmentLine, decisionHeading, itemHeading } from '../../template/render';
import {
  absentLine,
  afterDecisionText,
  beforeDecisionText,
  protocolNotes,
  statusLines,
} from './meeting-record';
import type { Template, TemplateSection } from '../../template/schema';
import { textParagraph, type Block } from '../blocks';
import { BULLET_REFERENCE, type ListNumbering } from '../rich-text/context';
import { richTextToBlocks } from '../rich-text/to-blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';
import { itemBookmark, visibilityOf, visibleTitle, type ItemVisibility } from './visibility';

/** What every section transformer of one item works with. */
interface ItemContext {
  meeting: Meeting;
  template: Template;
  item: AgendaItem;
  options: ExportOptions;
  numbering: ListNumbering;
}

/** The item heading — Heading 1 (outline level 0), bookmarked for the contents list; a new page when the template says so. */
function heading({ meeting, template, item, options }: ItemContext, index: number): Block {
  const title = xmlSafeLine(visibleTitle(item, options, template));
  return {
    ...textParagraph('Heading1', xmlSafeLine(itemHeading(meeting, item, index, title))),
    bookmark: itemBookmark(index),
    pageBreakBefore: template.item.newPage,
  };
}

/** The lines under the heading: the case number, and the printed fields ("Kompetence: Økonomiudvalget"). */
function metadata({ template, item }: ItemContext, visibility: ItemVisibility): Block[] {
  const caseNumber = xmlSafeLine(item.caseNumber).trim();
  const { caseNumber: caseStyle, fieldsLayout } = template.item;
  const blocks: Block[] = [];
  const labelled: string[] = [];
  if (caseNumber && caseStyle.print === 'alone') blocks.push(textParagraph('Normal', caseNumber));
  if (caseNumber && caseStyle.print === 'labelled') {
    labelled.push(caseStyle.label.trim() ? `${caseStyle.label.trim()}: ${caseNumber}` : caseNumber);
  }
  if (visibility === 'full') {
    for (const field of template.fields) {
      const value = xmlSafeLine(item.fields[field.id] ?? '').trim();
      if (field.print && value) labelled.push(`${xmlSafeLine(field.label.trim())}: ${value}`);
    }
  }
  if (labelled.length === 0) return blocks;
  if (fieldsLayout === 'one-line') blocks.push(textParagraph('Normal', labelled.join(' · ')));
  else blocks.push(...labelled.map((line) => textParagraph('Normal', line)));
  return blocks;
}

/** A Heading 2 and its text. */
function titled(label: string, body: Block[]): Block[] {
  return body.length > 0 ? [textParagraph('Heading2', xmlSafeLine(label)), ...body] : [];
}

/** What an empty section prints: nothing, or its heading and the template's text ("Ingen."). */
function whenEmpty(section: TemplateSection): Block[] {
  return section.whenEmpty === 'text'
    ? titled(section.label, [textParagraph('Normal', xmlSafeLine(section.emptyText))])
    : [];
}

function richSection(section: TemplateSection, text: RichText | undefined, context: ItemContext) {
  if (!text || isRichTextEmpty(text)) return whenEmpty(section);
  const body = richTextToBlocks(text, context.numbering);
  return body.length > 0 ? titled(section.label, body) : whenEmpty(section);
}

/** Every dated decision, newest first, each under the template's decision heading. */
function decisions(section: TemplateSection, context: ItemContext): Block[] {
  const shown = decisionsNewestFirst(context.item, context.meeting);
  if (shown.length === 0) return whenEmpty(section);
  const { meeting, item } = context;
  const absentAfter = meeting.template.decision.absentPlacement === 'after';
  return shown.flatMap((decision) => {
    const absent = absentLine(meeting, item, decision);
    return [
      textParagraph('Heading2', xmlSafeLine(decisionHeading(decision, meeting))),
      ...(absentAfter ? [] : absent),
      ...beforeDecisionText(meeting, item, decision),
      ...richTextToBlocks(decision.text, context.numbering),
      ...afterDecisionText(meeting, decision),
      ...(absentAfter ? absent : []),
      // Last: a member's statement about the decision as recorded, vote and all.
      ...protocolNotes(meeting, decision),
    ];
  });
}

/** The item's attachments as the template lists them: bullets, numbers or plain lines. */
function attachments(
  section: TemplateSection,
  { template, item, numbering }: ItemContext,
): Block[] {
  const titles = item.attachments.map((a) => xmlSafeLine(a.title).trim()).filter(Boolean);
  if (titles.length === 0) return whenEmpty(section);
  const lines = titles.map((title, i) => xmlSafeLine(attachmentLine(template, title, i + 1)));
  if (template.attachments.list === 'plain') {
    return titled(
      section.label,
      lines.map((line) => textParagraph('Normal', line)),
    );
  }
  const reference =
    template.attachments.list === 'numbers' ? numbering.numberedReference(1) : BULLET_REFERENCE;
  const instance = numbering.newInstance();
  return titled(
    section.label,
    lines.map((line) => ({
      ...textParagraph('ListParagraph', line),
      list: { reference, instance, level: 0 },
    })),
  );
}

function shortText(section: TemplateSection, { item }: ItemContext): Block[] {
  const text = xmlSafeLine(item.fields[section.id] ?? '').trim();
  return text ? titled(section.label, [textParagraph('Normal', text)]) : whenEmpty(section);
}

/** One section of the item, by its kind; a new kind fails the typecheck until it is handled here. */
function section(section: TemplateSection, context: ItemContext): Block[] {
  switch (section.kind) {
    case 'rich-text':
      return richSection(section, context.item.sections[section.id], context);
    case 'decisions':
      return decisions(section, context);
    case 'attachments':
      return attachments(section, context);
    case 'short-text':
      return shortText(section, context);
    default: {
      const unknown: never = section.kind;
      return unknown;
    }
  }
}

/**
 * One agenda item as the meeting's template writes it: the heading, the
 * case number and fields, then the template's sections in order. Text in a
 * section the template does not have is not printed (the editor shows it as
 * «Ikke i skabelonen»); help texts are never printed.
 */
export function agendaItem(
  meeting: Meeting,
  item: AgendaItem,
  index: number,
  options: ExportOptions,
  numbering: ListNumbering,
): Block[] {
  const { template } = meeting;
  const context: ItemContext = { meeting, template, item, options, numbering };
  const visibility = visibilityOf(item, options, template);
  const blocks: Block[] = [heading(context, index)];
  if (visibility === 'closed') {
    return template.closedItems.publicShows === 'number'
      ? blocks
      : [...blocks, ...metadata(context, visibility)];
  }
  blocks.push(...metadata(context, visibility), ...statusLines(meeting, item));
  if (item.closed && options.version === 'internal' && template.closedItems.internalNote.trim()) {
    const note = xmlSafeLine(template.closedItems.internalNote.trim());
    blocks.push(textParagraph('Normal', note, { bold: true, italic: true }));
  }
  const publicVersion = options.version === 'public';
  for (const entry of template.sections) {
    if (visibility === 'title-and-decision' && entry.kind !== 'decisions') continue;
    if (publicVersion && !entry.public) continue;
    // A dagsorden goes out before the meeting: no decision heading, not even "Ingen.".
    if (meeting.kind === 'dagsorden' && entry.kind === 'decisions') continue;
    blocks.push(...section(entry, context));
  }
  return blocks;
}
