import type {
  Alignment,
  Block,
  ContentsBlock,
  ListMarker,
  ParagraphBlock,
  TableBlock,
} from '../blocks';
import { BODY_WIDTH, INDENT_STEP, TABLE_CELL } from '../typography';
import { contentsMarks, renderContents } from './contents-field';
import type { PartReferences } from './part-references';
import { paragraphContent } from './runs';
import { escapeXml } from './xml-text';

/**
 * The body's blocks as WordprocessingML text (the inside of `w:body`).
 *
 * Written as text rather than through docx's objects: a 290-page meeting is
 * ~40,000 runs, and building an object per run, element and attribute and
 * then serialising them took over 2 s of CPU, half of it garbage
 * collection. The markup is what docx wrote for the same blocks; elements
 * keep the order the WordprocessingML schema requires (pPr: pStyle,
 * pageBreakBefore, numPr, ind, jc; rPr: rStyle, b, i, strike, u), which
 * Word checks and LibreOffice does not.
 */

const JC: Record<Alignment, string> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'both',
};

/** A paragraph's properties. */
function paragraphProperties(block: ParagraphBlock, refs: PartReferences): string {
  let props = `<w:pStyle w:val="${block.style}"/>`;
  // Every item starts on a new page where the template says so (no style-level page break in Word).
  if (block.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (block.list) {
    const { reference, instance, level } = block.list;
    props += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${refs.numId(reference, instance)}"/></w:numPr>`;
  }
  if (block.indent) props += `<w:ind w:left="${block.indent * INDENT_STEP}"/>`;
  if (block.align) props += `<w:jc w:val="${JC[block.align]}"/>`;
  return `<w:pPr>${props}</w:pPr>`;
}

/** Writes paragraphs and tables; numbers the bookmarks it writes. */
export class BodyWriter {
  private bookmarks = 0;

  constructor(private readonly refs: PartReferences) {}

  /** One paragraph; `mark` is a field to put first (a contents entry's TC field). */
  paragraph(block: ParagraphBlock, mark = ''): string {
    let content = paragraphContent(block.inlines, this.refs);
    if (block.bookmark) {
      const id = ++this.bookmarks;
      content =
        `<w:bookmarkStart w:name="${escapeXml(block.bookmark)}" w:id="${id}"/>` +
        `${content}<w:bookmarkEnd w:id="${id}"/>`;
    }
    return `<w:p>${paragraphProperties(block, this.refs)}${mark}${content}</w:p>`;
  }

  /** A table across the text column, equal fixed columns, rows never split across pages. */
  table(block: TableBlock): string {
    const columns = Math.max(...block.rows.map((row) => row.cells.length));
    const width = Math.floor(BODY_WIDTH / columns);
    const border = `w:val="single" w:color="808080" w:sz="${TABLE_CELL.border}"`;
    const margins =
      `<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${TABLE_CELL.marginLeft}"/>` +
      `<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${TABLE_CELL.marginRight}"/></w:tcMar>`;
    let xml =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width * columns}"/><w:tblBorders>` +
      `<w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/>` +
      `<w:insideH ${border}/><w:insideV ${border}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `</w:tblPr><w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
    for (const row of block.rows) {
      xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      for (let c = 0; c < columns; c++) {
        const cell = row.cells[c];
        const shading = cell?.header ? '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>' : '';
        const paragraphs = cell?.blocks.map((p) => this.paragraph(p)).join('') ?? '';
        // Word needs at least one paragraph in every cell.
        const content = paragraphs || '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>';
        xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}${margins}</w:tcPr>${content}</w:tc>`;
      }
      xml += '</w:tr>';
    }
    return `${xml}</w:tbl>`;
  }
}

/** Every list of the body (paragraphs in table cells included), in document order, each once. */
export function listsOf(blocks: Block[]): ListMarker[] {
  const seen = new Map<string, ListMarker>();
  const add = (paragraph: ParagraphBlock) => {
    const list = paragraph.list;
    if (list) {
      const key = `${list.reference} ${list.instance}`;
      if (!seen.has(key)) seen.set(key, list);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') add(block);
    else if (block.kind === 'table')
      for (const row of block.rows) for (const cell of row.cells) cell.blocks.forEach(add);
  }
  return [...seen.values()];
}

/**
 * Every body block as WordprocessingML; `pages` are the contents entries'
 * page numbers. The headings the contents list points to carry its TC fields.
 */
export function renderBlocks(blocks: Block[], pages: number[], refs: PartReferences): string {
  const contents = blocks.find((block): block is ContentsBlock => block.kind === 'contents');
  const marks = contents ? contentsMarks(contents) : new Map<string, string>();
  const writer = new BodyWriter(refs);
  let xml = '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        xml += writer.paragraph(block, block.bookmark ? marks.get(block.bookmark) : undefined);
        break;
      case 'table':
        xml += writer.table(block);
        break;
      case 'contents':
        xml += renderContents(block, pages);
        break;
    }
  }
  return xml;
}
