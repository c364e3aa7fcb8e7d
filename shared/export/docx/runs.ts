import type { Inline, RunFormat } from '../blocks';
import type { PartReferences } from './part-references';
import { escapeXml } from './xml-text';

/** Runs as WordprocessingML text: formatting, tabs, line breaks, external hyperlinks. */

/** The character style of a run: a link's, a contents entry's, or none. */
type RunStyle = 'Hyperlink' | 'IndexLink' | undefined;

/** A run's properties, or '' when it has none. */
export function runProperties(format: RunFormat | undefined, style: RunStyle): string {
  let props = style ? `<w:rStyle w:val="${style}"/>` : '';
  if (format) {
    // Only `true` is ever set (blocks.ts): an explicit "off" would override a style's bold.
    if (format.bold) props += '<w:b/><w:bCs/>';
    if (format.italic) props += '<w:i/><w:iCs/>';
    if (format.strike) props += '<w:strike/>';
    if (format.underline) props += '<w:u w:val="single"/>';
  }
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

// Spaces XML would collapse or trim: at either end, or two in a row.
const SPACES_THAT_MATTER = /^\s|\s$|\s\s/;

/**
 * A run of text. `xml:space="preserve"` only where spaces would otherwise
 * be lost (a third of the body's bytes when written on every run).
 */
export function textRun(text: string, props = ''): string {
  const t = SPACES_THAT_MATTER.test(text) ? '<w:t xml:space="preserve">' : '<w:t>';
  return `<w:r>${props}${t}${escapeXml(text)}</w:t></w:r>`;
}

/** One inline as a run: a line break and a tab are Word elements, never literal characters. */
function run(inline: Inline, style: RunStyle): string {
  if (inline.kind === 'break') return `<w:r>${runProperties(undefined, style)}<w:br/></w:r>`;
  const props = runProperties(inline.format, style);
  return inline.kind === 'tab' ? `<w:r>${props}<w:tab/></w:r>` : textRun(inline.text, props);
}

/**
 * An external hyperlink's markup around its runs. As docx and Word do, a
 * fragment (`…/side#afsnit`) goes into `w:anchor` and the relationship
 * points at the address without it.
 */
function hyperlinkStart(url: string, refs: PartReferences): string {
  const hash = url.indexOf('#');
  const fragment = hash > 0 ? url.slice(hash + 1) : '';
  const anchored = fragment.length > 0 && fragment.length <= 255;
  const id = refs.hyperlink(anchored ? url.slice(0, hash) : url);
  const anchor = anchored ? ` w:anchor="${escapeXml(fragment)}"` : '';
  return `<w:hyperlink w:history="1"${anchor} r:id="${id}">`;
}

/** A paragraph's runs, with consecutive inlines of one link grouped into a hyperlink. */
export function paragraphContent(inlines: Inline[], refs: PartReferences): string {
  let out = '';
  for (let i = 0; i < inlines.length;) {
    const inline = inlines[i] as Inline;
    const link = inline.link;
    if (!link) {
      out += run(inline, undefined);
      i++;
      continue;
    }
    out += hyperlinkStart(link, refs);
    while (i < inlines.length && inlines[i]?.link === link)
      out += run(inlines[i++] as Inline, 'Hyperlink');
    out += '</w:hyperlink>';
  }
  return out;
}
