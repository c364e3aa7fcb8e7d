/**
 * Cleans HTML from the clipboard before Lexical turns it into nodes: keeps
 * structure (paragraphs, headings, lists, bold, italic, underline, links,
 * tables) and drops everything foreign (fonts, colours, sizes, classes,
 * scripts, images, comments, `javascript:` links).
 *
 * Word puts lists on the clipboard as `<p style="mso-list:l0 level2 lfo1">`
 * paragraphs with the bullet or number typed into a span marked
 * `mso-list:Ignore`, not as `<ul>/<ol>`; Lexical imports those as plain
 * paragraphs starting with "·" (facebook/lexical#4761). They are rebuilt
 * here into real nested lists first.
 */
import { MAX_SPAN } from '../../../shared/model/rich-text-limits';
import { isAllowedUrl } from './url';

/**
 * Where a pasted element's inline CSS is kept while cleaning. The page's CSP
 * allows no inline styles, and Chromium applies it to every document the
 * page parses, DOMParser's included: a `style` attribute there is refused
 * (a console error per attribute) and `element.style` stays empty. So the
 * attribute is renamed before parsing and its text read by hand below.
 */
const STYLE_ATTRIBUTE = 'data-pasted-style';

/** A start tag with its attributes; quoted values may hold `>` and `<`. */
const START_TAG =
  /<[a-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;
/** One attribute of a start tag: name and optional value, quoted values taken whole. */
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Parses clipboard HTML with its `<style>` elements removed (Word always
 * sends one) and its `style` attributes renamed to STYLE_ATTRIBUTE, so the
 * CSP has nothing to refuse. Both are textual, following HTML's own rules: a
 * style element's content is raw text that ends at the first `</style`;
 * attributes are read whole, so a "style=" inside a quoted value stays text.
 * A tag too malformed to match keeps its style attribute, which the CSP then
 * refuses (a console error) and cleaning drops.
 */
export function parseClipboardHtml(html: string): Document {
  const renamed = html
    .replace(/<style\b[^>]*>[\s\S]*?(<\/style\s*>|$)/gi, '')
    .replace(START_TAG, (tag) =>
      tag.replace(ATTRIBUTE, (attribute, space: string, name: string, value?: string) =>
        name.toLowerCase() === 'style' ? `${space}${STYLE_ATTRIBUTE}${value ?? ''}` : attribute,
      ),
    );
  return new DOMParser().parseFromString(renamed, 'text/html');
}

/** An element's inline CSS as lower-case property → value (from either attribute). */
function inlineStyle(element: Element): Map<string, string> {
  const text = element.getAttribute(STYLE_ATTRIBUTE) ?? element.getAttribute('style') ?? '';
  const declarations = new Map<string, string>();
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (property) declarations.set(property, value);
  }
  return declarations;
}

/** True for a CSS font-weight that reads as bold. */
function isBold(weight: string | undefined): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

const DROP =
  'script, style, meta, link, title, img, picture, svg, object, embed, iframe, video, audio, canvas, xml, template, noscript, form, input, button, select, textarea';

/** One Word list paragraph: its nesting level and whether it is numbered. */
interface MsoListParagraph {
  element: HTMLElement;
  level: number;
  ordered: boolean;
}

function msoListInfo(element: HTMLElement): MsoListParagraph | null {
  const msoList = inlineStyle(element).get('mso-list') ?? '';
  const match = /^l\d+\s+level(\d+)/i.exec(msoList);
  if (!match) return null;
  const marker = Array.from(element.querySelectorAll('*')).find((child) =>
    inlineStyle(child).has('mso-list'),
  );
  const markerText = (marker?.textContent ?? '').replace(/\s+/g, '');
  marker?.remove();
  // "1." "a)" "iv." "(2)" are numbers; "·" "o" "§" "-" (Symbol/Wingdings glyphs) are bullets.
  const ordered = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(markerText);
  return { element, level: Math.max(1, Number(match[1])), ordered };
}

/** Replaces each run of consecutive Word list paragraphs with nested ul/ol lists. */
function rebuildWordLists(doc: Document): void {
  const paragraphs = Array.from(
    doc.body.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6, div'),
  );
  const infos = new Map<Element, MsoListParagraph>();
  for (const p of paragraphs) {
    const info = msoListInfo(p);
    if (info) infos.set(p, info);
  }
  const handled = new Set<Element>();
  for (const [first, firstInfo] of infos) {
    if (handled.has(first)) continue;
    const run: MsoListParagraph[] = [firstInfo];
    let next = first.nextElementSibling;
    while (next && infos.has(next)) {
      run.push(infos.get(next) as MsoListParagraph);
      next = next.nextElementSibling;
    }
    const root = doc.createElement(firstInfo.ordered ? 'ol' : 'ul');
    first.before(root);
    // stack[i] is the open list at level i + 1.
    const stack: HTMLElement[] = [root];
    for (const entry of run) {
      handled.add(entry.element);
      while (stack.length > entry.level) stack.pop();
      while (stack.length < entry.level) {
        const parent = stack[stack.length - 1] as HTMLElement;
        const holder = parent.lastElementChild ?? parent.appendChild(doc.createElement('li'));
        const nested = doc.createElement(entry.ordered ? 'ol' : 'ul');
        holder.appendChild(nested);
        stack.push(nested);
      }
      const li = doc.createElement('li');
      li.append(...Array.from(entry.element.childNodes));
      (stack[stack.length - 1] as HTMLElement).appendChild(li);
      entry.element.remove();
    }
  }
}

/**
 * Turns inline CSS that carries meaning into tags, before styles go. Google
 * Docs writes bold and italic as spans with CSS, and wraps the whole
 * selection in `<b style="font-weight:normal">`, which must not make
 * everything bold.
 */
function keepMeaningfulStyles(doc: Document): void {
  const styled = Array.from(
    doc.body.querySelectorAll<HTMLElement>(`[${STYLE_ATTRIBUTE}], [style]`),
  );
  for (const element of styled) {
    const style = inlineStyle(element);
    const tag = element.tagName.toLowerCase();
    const weight = style.get('font-weight');
    if ((tag === 'b' || tag === 'strong') && weight !== undefined && !isBold(weight)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if ((tag === 'i' || tag === 'em') && style.get('font-style') === 'normal') {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (tag !== 'span') continue;
    const wrappers: string[] = [];
    if (isBold(weight)) wrappers.push('b');
    if (style.get('font-style') === 'italic') wrappers.push('i');
    const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
    if (decoration.includes('underline')) wrappers.push('u');
    for (const wrapperTag of wrappers) {
      const wrapper = doc.createElement(wrapperTag);
      wrapper.append(...Array.from(element.childNodes));
      element.appendChild(wrapper);
    }
  }
}

/** Cleans a parsed clipboard document in place (see the module comment). */
export function cleanPastedHtml(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll(DROP))) element.remove();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  rebuildWordLists(doc);
  keepMeaningfulStyles(doc);

  for (const link of Array.from(doc.body.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (!isAllowedUrl(href)) link.replaceWith(...Array.from(link.childNodes));
  }
  // Only h3 is a subheading here; other levels keep the heading, not the size.
  for (const heading of Array.from(doc.body.querySelectorAll('h1, h2, h4, h5, h6'))) {
    const h3 = doc.createElement('h3');
    h3.append(...Array.from(heading.childNodes));
    heading.replaceWith(h3);
  }
  // Paragraphs left empty (an image's holder, Word's <o:p>&nbsp;</o:p> spacers)
  // would paste as blank lines; paragraph spacing does that job here.
  for (const block of Array.from(doc.body.querySelectorAll('p, div'))) {
    if (!block.querySelector('table, ul, ol') && !block.textContent?.replace(/[\s\u00a0]/g, '')) {
      block.remove();
    }
  }
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      const keep = name === 'href' || name === 'colspan' || name === 'rowspan';
      if (!keep) element.removeAttribute(name);
    }
  }
  // Chromium allows colspan up to 1000; a referat table needs far fewer (rich-text-limits.ts).
  for (const cell of Array.from(doc.body.querySelectorAll('[colspan], [rowspan]'))) {
    for (const name of ['colspan', 'rowspan']) {
      const span = Number(cell.getAttribute(name));
      if (cell.hasAttribute(name) && !(span >= 1 && span <= MAX_SPAN)) {
        cell.setAttribute(name, String(span > MAX_SPAN ? MAX_SPAN : 1));
      }
    }
  }
}
