/**
 * One item's blocks → its case number, fields, sections and decisions, by
 * the template's labels. Text before any section label is returned as
 * loose, for the caller to place in the first rich-text section.
 */
import { createDecision, createId, type AgendaItem } from '../model/meeting';
import { plainTextOf, type RichTextNode } from '../model/rich-text';
import type { Template, TemplateSection } from '../template/schema';
import { isEmptyBlock, labelled, same, stripLabel, tableRows, type Block } from './blocks';
import { GROUP_HEADING } from './find-items';
import type { HeaderFacts } from './front-matter';
import { parseDanishDate, patternMatcher } from './match-pattern';
import { splitProtocolNotes } from './protocol-notes';
import { blockNode, richTextOf } from './to-rich-text';

export interface ItemDraft {
  item: AgendaItem;
  number: number;
  sections: Map<string, RichTextNode[]>;
  /** Decisions under the template's decision headings (a referat imported), as printed: newest first. */
  decisions: { body: string | null; date: string | null; nodes: RichTextNode[] }[];
  filled: Set<string>;
}

export function sectionByLabel(template: Template, text: string): TemplateSection | undefined {
  return template.sections.find((section) => same(section.label, text));
}

/** "Sagsnr.: 16/13808" or "16/13808" alone; the label of a case number. */
const CASE_LABEL =
  /^(sagsnr\.?|sagsnummer|sags nr\.?|j\.?\s?nr\.?|journalnr\.?|journalnummer|acadre sagsnr\.?)$/i;
export const CASE_NUMBER_ALONE =
  /^(?:\d{2}\/\d{2,}(?:-\d+)?|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d+-\d+|\d{4}-\d{3,})$/;

/** True when `label` names an item's case number (the template's label or a common one). */
export function isCaseNumberLabel(label: string, template: Template): boolean {
  return same(label, template.item.caseNumber.label) || CASE_LABEL.test(label);
}

/** A metadata line of an item: case number or a field; true when it was one. */
function readItemMetadata(
  label: string,
  value: string,
  draft: ItemDraft,
  template: Template,
): boolean {
  if (isCaseNumberLabel(label, template)) {
    draft.item.caseNumber ||= value.slice(0, 200);
    draft.filled.add(template.item.caseNumber.label || 'Sagsnr.');
    return true;
  }
  const field = template.fields.find((candidate) => same(candidate.label, label));
  if (field) {
    const choice = field.choices.find(
      (c) => same(c.value, value) || (c.short && same(c.short, value)),
    );
    draft.item.fields[field.id] = choice ? choice.value : value;
    draft.filled.add(field.label);
    return true;
  }
  return false;
}

/** Splits "Sagsnr.: 1 · Dok.nr.: 2 · Sagsgang: ØU" (one-line metadata) into label/value pairs. */
export function splitOneLine(text: string): { label: string; value: string }[] | null {
  const parts = text.split(/\s+[·|•]\s+/);
  if (parts.length < 2) return null;
  const pairs = parts.map((part) => /^([^:]{1,40}):\s*(.+)$/.exec(part.trim()));
  return pairs.every(Boolean)
    ? pairs.map((m) => ({ label: (m?.[1] ?? '').trim(), value: (m?.[2] ?? '').trim() }))
    : null;
}

/** Recognises the absent line the export prints in a decision ("Fraværende: …" or the template's sentence). */
function absentLineMatcher(template: Template): (line: string) => boolean {
  const { absentLine, absentLabel, absentNote } = template.decision;
  if (absentLine === 'none') return () => false;
  if (absentNote.trim()) {
    const matches = patternMatcher(absentNote);
    return (line) => matches(line) !== null;
  }
  const label = new RegExp(`^${absentLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'i');
  return (line) => label.test(line);
}

/**
 * The decisions of a referat imported, stored oldest first as the editor
 * adds them (they are printed newest first); the "Fraværende:" line the
 * export prints at the top of a decision is the meeting's record, not text,
 * and the protokolbemærkninger at its end become notes again.
 */
function fillDecisions(draft: ItemDraft, template: Template) {
  const section = template.sections.find((s) => s.kind === 'decisions');
  const isAbsentLine = absentLineMatcher(template);
  const { absentPlacement } = template.decision;
  for (const found of [...draft.decisions].reverse()) {
    // The notes come last, after the vote and an absent line printed under the decision.
    const { nodes: own, notes } = splitProtocolNotes(found.nodes, template);
    const at = absentPlacement === 'after' ? own.length - 1 : 0;
    const nodes = own.filter((node, i) => !(i === at && isAbsentLine(plainTextOf(node).trim())));
    const text = richTextOf(nodes);
    const plain = plainTextOf(text.root).trim();
    const empty = plain === '' || (section?.whenEmpty === 'text' && same(plain, section.emptyText));
    if (empty && notes.length === 0) continue;
    const decision = createDecision(found.body, found.date);
    decision.text = text;
    decision.protocolNotes = notes;
    draft.item.decisions.push(decision);
    if (section) draft.filled.add(section.label);
  }
}

/** The filled parts as the template prints them: case number, fields, then sections. */
export function inTemplateOrder(filled: Set<string>, template: Template): string[] {
  const order = [
    template.item.caseNumber.label || 'Sagsnr.',
    ...template.fields.map((f) => f.label),
    ...template.sections.map((s) => s.label),
  ];
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
  return [...filled].sort((a, b) => rank(a) - rank(b));
}

/** Puts the collected nodes into the item: rich text, decisions, attachments, short text. */
export function fillItem(draft: ItemDraft, template: Template, unplaced: string[]) {
  fillDecisions(draft, template);
  for (const [id, nodes] of draft.sections) {
    const section = template.sections.find((s) => s.id === id) as TemplateSection;
    const text = richTextOf(nodes);
    const plain = plainTextOf(text.root).trim();
    // "Ingen." is what the template prints for an empty section: it is no text of the item's.
    if (plain === '' || (section.whenEmpty === 'text' && same(plain, section.emptyText))) continue;
    draft.filled.add(section.label);
    switch (section.kind) {
      case 'rich-text':
        draft.item.sections[id] = text;
        break;
      case 'decisions':
        // Filled from draft.decisions below.
        break;
      case 'attachments': {
        // "Bilag 2: Tidsplan" is the template's line around the title: the title is what is kept.
        const line = patternMatcher(template.attachments.line);
        draft.item.attachments = plain
          .split('\n')
          .map((text) => text.trim())
          .filter(Boolean)
          .map((text) => line(text)?.titel?.trim() || text)
          .map((title) => ({ id: createId(), title: title.slice(0, 2000), filePath: null }));
        break;
      }
      case 'short-text':
        draft.item.fields[id] = plain.replace(/\s+/g, ' ').slice(0, 4000);
        break;
      default: {
        const unknown: never = section.kind;
        unplaced.push(String(unknown));
      }
    }
  }
}

/**
 * Reads an item's blocks (after its heading) into `draft`: closed markers,
 * case number and fields right under the heading, then sections by label,
 * decisions by the template's decision heading. Returns the text found
 * before any section label, and whether a «Lukkede punkter» heading inside
 * closes the items after this one.
 */
export function readItemBody(
  draft: ItemDraft,
  body: Block[],
  template: Template,
  facts: Pick<HeaderFacts, 'body' | 'date'>,
): { loose: RichTextNode[]; closesFollowing: boolean } {
  let closesFollowing = false;
  const decisionSection = template.sections.find((s) => s.kind === 'decisions');
  // A heading pattern of placeholders only would match any bold line.
  const decisionHeading = /[A-Za-zÆØÅæøå]/.test(template.decision.heading.replace(/\{[^}]*\}/g, ''))
    ? patternMatcher(template.decision.heading)
    : () => null;
  const { closedItems } = template;
  const suffix = closedItems.titleSuffix.trim();
  if (suffix && draft.item.title.endsWith(suffix)) {
    draft.item.title = draft.item.title.slice(0, -suffix.length).trim();
    draft.item.closed = true;
  }
  let current: TemplateSection | null = null;
  let metadata = true;
  const loose: RichTextNode[] = [];
  const add = (nodes: RichTextNode[]) => {
    if (!current) loose.push(...nodes);
    else if (current.kind === 'decisions') {
      if (draft.decisions.length === 0) draft.decisions.push({ body: null, date: null, nodes: [] });
      draft.decisions[draft.decisions.length - 1]?.nodes.push(...nodes);
    } else {
      const list = draft.sections.get(current.id) ?? [];
      list.push(...nodes);
      draft.sections.set(current.id, list);
    }
  };
  // "Punkt 3" alone, the title on the next line.
  const next = body.find((block) => block.text !== '');
  if (
    draft.item.title === '' &&
    next &&
    (next.bold || next.heading > 0) &&
    next.text.length <= 200 &&
    !sectionByLabel(template, next.text)
  ) {
    draft.item.title = next.text;
    body.splice(body.indexOf(next), 1);
  }
  // "Punkt 4: Lukket" in a public version: the title stood in for the hidden one.
  if (same(draft.item.title, closedItems.label)) {
    draft.item.closed = true;
    draft.item.title = '';
  }
  for (const block of body) {
    if (
      GROUP_HEADING.test(block.text) ||
      same(block.text, template.contents.closedLabel) ||
      same(block.text, template.contents.openLabel)
    ) {
      // The items after "Lukkede punkter" are closed; the heading itself is not text of this item.
      if (/lukke/i.test(block.text) || same(block.text, template.contents.closedLabel)) {
        closesFollowing = true;
      }
      continue;
    }
    if (isEmptyBlock(block)) continue;
    if (metadata) {
      if (same(block.text, closedItems.internalNote) || /^lukket punkt$/i.test(block.text)) {
        draft.item.closed = true;
        continue;
      }
      if (CASE_NUMBER_ALONE.test(block.text) && !draft.item.caseNumber) {
        draft.item.caseNumber = block.text;
        draft.filled.add(template.item.caseNumber.label || 'Sagsnr.');
        continue;
      }
      const oneLine = splitOneLine(block.text);
      if (
        oneLine &&
        oneLine.every((pair) => readItemMetadata(pair.label, pair.value, draft, template))
      )
        continue;
      const rows = tableRows(block);
      if (rows && rows.every((row) => readItemMetadata(row.label, row.value, draft, template)))
        continue;
      const line = block.element.tag === 'p' ? /^([^:]{1,40}):\s*(.+)$/.exec(block.text) : null;
      if (line && readItemMetadata((line[1] ?? '').trim(), (line[2] ?? '').trim(), draft, template))
        continue;
    }
    const section =
      block.element.tag === 'p' || block.heading > 0
        ? sectionByLabel(template, block.text)
        : undefined;
    if (section && (block.heading > 0 || block.bold || block.text.length <= 60)) {
      current = section;
      metadata = false;
      if (section.kind === 'decisions') draft.decisions.push({ body: null, date: null, nodes: [] });
      continue;
    }
    // "Beslutning Direktionen den 29-01-2018": a decision of a referat, by the template's heading.
    const decided =
      decisionSection && (block.heading > 0 || block.bold) ? decisionHeading(block.text) : null;
    if (decisionSection && decided) {
      current = decisionSection;
      metadata = false;
      const date = decided.dato ? parseDanishDate(decided.dato) : null;
      draft.decisions.push({
        body: decided.organ && decided.organ !== facts.body ? decided.organ : null,
        date: date && date !== facts.date ? date : null,
        nodes: [],
      });
      continue;
    }
    // "Indstilling: Administrationen indstiller, at …" — a bold label opening a paragraph.
    const inline = labelled(block);
    const inlineSection = inline ? sectionByLabel(template, inline.label) : undefined;
    if (inline && inlineSection && block.element.children[0]?.kind === 'element') {
      current = inlineSection;
      metadata = false;
      add([blockNode({ ...block.element, children: stripLabel(block.element) })].flat());
      continue;
    }
    metadata = false;
    add(blockNode(block.element));
  }
  return { loose, closesFollowing };
}
