import type { ContentsBlock } from '../blocks';
import { TOC_TAB_POSITION } from '../typography';
import { contentsEntryMark, FIELD_END_RUN, fieldStartRun } from './field-code';
import { runProperties, textRun } from './runs';
import { escapeXml } from './xml-text';

/**
 * The contents list as Word fields that stay right when Word updates them
 * (F9, or "Opdater felter" before printing).
 *
 * A TOC field built from the headings (`\o`) would list "Punkt 1: Status
 * på …", the heading's whole text, where the template's contents entry is
 * "Status på …" or "1. Status på …". So each item heading carries a TC field
 * with the entry's exact text, and the TOC field lists TC fields only (`\f`,
 * no `\o`): Word's own update then writes what is pre-filled here.
 *
 * A grouped list ("Åbne punkter" / "Lukkede punkter") is one TOC field per
 * group, each listing the TC fields of its own type (`\f A`, `\f B`), with
 * the labels as plain paragraphs between the fields, so an update keeps
 * them and keeps each group in agenda order.
 *
 * Tried with LibreOffice 7.4 through UNO (test/export/contents-update.test.ts):
 * it imports TC fields as contents marks with their exact text (quotes and
 * backslashes unescaped), and updating a `TOC \f` index rebuilds exactly the
 * pre-filled entries and pages. It ignores a TC field's type and the TOC's
 * `\l`/`\b` filters, though, so after an update in LibreOffice each group
 * lists every item; LibreOffice shows the pre-filled groups until a user
 * updates them there. For Word, the type rule is as documented (not run
 * here: no Word); the test checks the file against that rule, with the text
 * and page of every mark from LibreOffice.
 */

/** Type identifier of the TC fields of an ungrouped list: Word's default contents type. */
const UNGROUPED = 'C';

/** One TOC field: the label before it (or ''), the TC type it lists, its entries (indexes into the block's). */
interface ContentsList {
  label: string;
  identifier: string;
  entries: number[];
}

function listsOf(block: ContentsBlock): ContentsList[] {
  if (!block.groups) {
    return [{ label: '', identifier: UNGROUPED, entries: block.entries.map((_, i) => i) }];
  }
  return block.groups.map((group, i) => ({
    label: group.label,
    identifier: String.fromCharCode('A'.charCodeAt(0) + i),
    entries: group.entries,
  }));
}

/** The TC field for each heading the contents list points to, by the heading's bookmark. */
export function contentsMarks(block: ContentsBlock): Map<string, string> {
  const marks = new Map<string, string>();
  for (const list of listsOf(block)) {
    for (const index of list.entries) {
      const entry = block.entries[index];
      if (entry) marks.set(entry.bookmark, contentsEntryMark(entry.title, list.identifier));
    }
  }
  return marks;
}

/** The TOC field code of a list: entries from TC fields of its type, linked, tab leaders hidden on the web. */
export function contentsFieldCode(identifier: string): string {
  return `TOC \\f ${identifier} \\h \\z`;
}

const ENTRY_PROPERTIES =
  '<w:pPr><w:pStyle w:val="TOC1"/>' +
  `<w:tabs><w:tab w:val="right" w:pos="${TOC_TAB_POSITION}" w:leader="dot"/></w:tabs></w:pPr>`;
// The entries' runs: plain text in character style Index Link (styles.ts); the entry is a link already.
const INDEX_LINK = runProperties(undefined, 'IndexLink');

/** A list's paragraphs: the field starts in the first entry and ends in the last; an empty list is one empty paragraph. */
function listParagraphs(block: ContentsBlock, list: ContentsList, pages: number[]): string {
  const begin = fieldStartRun(contentsFieldCode(list.identifier));
  // An empty list: one Normal paragraph holding the field (layout/flow.ts counts it so).
  if (list.entries.length === 0) return `<w:p>${begin}${FIELD_END_RUN}</w:p>`;
  return list.entries
    .map((index, i) => {
      const entry = block.entries[index] ?? { title: '', bookmark: '' };
      const link =
        `<w:hyperlink w:history="1" w:anchor="${escapeXml(entry.bookmark)}">` +
        textRun(entry.title, INDEX_LINK) +
        `<w:r>${INDEX_LINK}<w:tab/></w:r>` +
        textRun(String(pages[index] ?? ''), INDEX_LINK) +
        '</w:hyperlink>';
      const first = i === 0 ? begin : '';
      const last = i === list.entries.length - 1 ? FIELD_END_RUN : '';
      return `<w:p>${ENTRY_PROPERTIES}${first}${link}${last}</w:p>`;
    })
    .join('');
}

/** The contents list in a content control Word knows as its table of contents. */
function contentsControl(paragraphs: string): string {
  return (
    '<w:sdt><w:sdtPr><w:alias w:val="Indholdsfortegnelse"/><w:docPartObj>' +
    '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
    `<w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`
  );
}

/**
 * The contents list, pre-filled with entries and their page numbers
 * (`pages`, in entry order) so no viewer must update it. One list sits in
 * the content control Word makes for its own table of contents; grouped
 * lists are bare fields: one control around several fields is read by
 * LibreOffice as a single index that loses the second field and its label.
 */
export function renderContents(block: ContentsBlock, pages: number[]): string {
  const paragraphs = listsOf(block)
    .map(
      (list) =>
        (list.label
          ? `<w:p><w:pPr><w:pStyle w:val="TOCGroup"/></w:pPr>${textRun(list.label)}</w:p>`
          : '') + listParagraphs(block, list, pages),
    )
    .join('');
  return block.groups ? paragraphs : contentsControl(paragraphs);
}
