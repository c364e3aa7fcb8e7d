/**
 * Which template reads a dagsorden best, for the import's first preview.
 * It used to run the whole recogniser once per template; with the
 * secretary's own and the municipality's templates in the list that grew
 * with every template (~0.2 s each on a 290-page dagsorden). Now the
 * document is parsed once (readAgendaDocument) and each template is judged
 * only on what tells templates apart: the items its heading pattern finds,
 * the date its title patterns read, and the labels it recognises in the
 * items — read without building any text, and with what does not depend on
 * the template (a block's label key) worked out once per document. Only
 * the chosen template then reads the document in full.
 */
import type { Template } from '../template/schema';
import { labelled, labelKey, tableRows, isEmptyBlock, type Block } from './blocks';
import { findItemStarts, GROUP_HEADING, readHeading, type ItemRule } from './find-items';
import { readFrontMatter } from './front-matter';
import { CASE_NUMBER_ALONE, isCaseNumberLabel, splitOneLine } from './item-body';
import { patternMatcher } from './match-pattern';
import type { AgendaDocument } from './recognise';

/** How well one template reads a document; compared by templateFitOrder. */
export interface TemplateFit {
  itemsFoundBy: ItemRule;
  /**
   * Items whose number does not follow the one before ("1. Baggrund" under
   * every item, read as an item): a pattern that also matches sub-headings
   * finds more items, but they count up in no order.
   */
  outOfOrder: number;
  /** The title or header gave a date. */
  date: boolean;
  /** Case numbers, fields and sections recognised, over all items. */
  filled: number;
  /** Items with text before their first recognised label (it would land in the first section). */
  loose: number;
}

/**
 * The front matter is read only this far for the score: enough for any
 * title and header, and a document in which no item was found is not read
 * to its end for a date.
 */
const FRONT_BLOCKS_FOR_SCORE = 200;

/** What a block offers as a label, the same for every template: worked out once per block. */
interface BlockLabels {
  /** The whole line as a label ("Indstilling"). */
  line: string;
  /** A bold label opening the paragraph ("Indstilling: Administrationen …"), or null. */
  inline: string | null;
}

const labelsOfBlocks = new WeakMap<Block, BlockLabels>();

function labelsOf(block: Block): BlockLabels {
  let labels = labelsOfBlocks.get(block);
  if (!labels) {
    const inline = block.element.children[0]?.kind === 'element' ? labelled(block) : null;
    labels = { line: labelKey(block.text), inline: inline ? labelKey(inline.label) : null };
    labelsOfBlocks.set(block, labels);
  }
  return labels;
}

/** A template's section labels by label key; the first section wins, as sectionByLabel. */
function sectionLabels(template: Template): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const section of template.sections) {
    const key = labelKey(section.label);
    if (!byKey.has(key)) byKey.set(key, section.label);
  }
  return byKey;
}

/**
 * What `template` would find in an item's blocks: the labels of the case
 * number, fields and sections it recognises, and whether text stands
 * before the first of them. A cheap reading of readItemBody's decisions (it
 * does not judge a section empty, nor read a "Punkt 3" title from the next
 * line: a score needs no more).
 */
function scanItemBody(
  body: readonly Block[],
  template: Template,
  sections: Map<string, string>,
): { labels: Set<string>; loose: boolean } {
  const labels = new Set<string>();
  const caseLabel = template.item.caseNumber.label || 'Sagsnr.';
  const metadataLabel = (label: string) =>
    isCaseNumberLabel(label, template)
      ? caseLabel
      : template.fields.find((field) => labelKey(field.label) === labelKey(label))?.label;
  const decisions = template.sections.find((s) => s.kind === 'decisions');
  const decisionHeading = /[A-Za-zÆØÅæøå]/.test(template.decision.heading.replace(/\{[^}]*\}/g, ''))
    ? patternMatcher(template.decision.heading)
    : () => null;
  let metadata = true;
  let inSection = false;
  let loose = false;
  for (const block of body) {
    if (isEmptyBlock(block) || GROUP_HEADING.test(block.text)) continue;
    if (metadata) {
      const { internalNote } = template.closedItems;
      if (labelsOf(block).line === labelKey(internalNote) || /^lukket punkt$/i.test(block.text))
        continue;
      if (CASE_NUMBER_ALONE.test(block.text)) {
        labels.add(caseLabel);
        continue;
      }
      const line = block.element.tag === 'p' ? /^([^:]{1,40}):\s*(.+)$/.exec(block.text) : null;
      const pairs =
        splitOneLine(block.text) ??
        tableRows(block) ??
        (line ? [{ label: (line[1] ?? '').trim() }] : []);
      const found = pairs.map((pair) => metadataLabel(pair.label));
      if (found.length > 0 && found.every((label) => label !== undefined)) {
        for (const label of found) labels.add(label);
        continue;
      }
    }
    metadata = false;
    const { line, inline } = labelsOf(block);
    const asLine =
      (block.element.tag === 'p' || block.heading > 0) &&
      (block.heading > 0 || block.bold || block.text.length <= 60)
        ? sections.get(line)
        : undefined;
    const label =
      asLine ??
      (decisions && (block.heading > 0 || block.bold) && decisionHeading(block.text)
        ? decisions.label
        : inline !== null
          ? sections.get(inline)
          : undefined);
    if (label !== undefined) {
      labels.add(label);
      inSection = true;
    } else if (!inSection) loose = true;
  }
  return { labels, loose };
}

/** How `template` reads `document`, without building the meeting. */
export function templateFit(document: AgendaDocument, template: Template): TemplateFit {
  const { blocks } = document;
  const { starts, rule } = findItemStarts(blocks, template);
  const headings = starts.map((i) => readHeading((blocks[i] as Block).text, template));
  let outOfOrder = 0;
  headings.forEach((heading, n) => {
    const before = headings[n - 1]?.number;
    if (n > 0 && (heading.number === null || before == null || heading.number <= before))
      outOfOrder++;
  });
  const front = blocks.slice(0, Math.min(starts[0] ?? blocks.length, FRONT_BLOCKS_FOR_SCORE));
  const titles = new Set(headings.map((heading) => heading.title.toLowerCase()));
  const { facts } = readFrontMatter(front, template, titles);
  const sections = sectionLabels(template);
  let filled = 0;
  let loose = 0;
  starts.forEach((start, n) => {
    const body = blocks.slice(start + 1, starts[n + 1] ?? blocks.length);
    const scan = scanItemBody(body, template, sections);
    filled += scan.labels.size;
    if (scan.loose) loose++;
  });
  return { itemsFoundBy: rule, outOfOrder, date: facts.date !== null, filled, loose };
}

/**
 * Negative when `a` fits better than `b`: items found by the template's own
 * heading pattern first, then items that count up in order, then a date,
 * then the most recognised labels less the loose texts.
 */
export function templateFitOrder(a: TemplateFit, b: TemplateFit): number {
  const byPattern = (fit: TemplateFit) => (fit.itemsFoundBy === 'pattern' ? 1 : 0);
  return (
    byPattern(b) - byPattern(a) ||
    a.outOfOrder - b.outOfOrder ||
    Number(b.date) - Number(a.date) ||
    b.filled * 10 - b.loose - (a.filled * 10 - a.loose)
  );
}

/** The index of the template that reads `document` best; ties go to the earlier one (the list's order). */
export function bestFittingTemplate(
  document: AgendaDocument,
  templates: readonly Template[],
): number {
  let best = 0;
  let bestFit: TemplateFit | null = null;
  for (const [index, template] of templates.entries()) {
    const fit = templateFit(document, template);
    if (!bestFit || templateFitOrder(fit, bestFit) < 0) {
      best = index;
      bestFit = fit;
    }
  }
  return best;
}
