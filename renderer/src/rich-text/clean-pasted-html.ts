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
import { isAllowedUrl } from './url';

const DROP =
  'script, style, meta, link, title, img, picture, svg, object, embed, iframe, video, audio, canvas, xml, template, noscript, form, input, button, select, textarea';

/** One Word list paragraph: its nesting level and whether it is numbered. */
interface MsoListParagraph {
  element: HTMLElement;
  level: number;
  ordered: boolean;
}

function msoListInfo(element: HTMLElement): MsoListParagraph | null {
  const style = element.getAttribute('style') ?? '';
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!match || /mso-list:\s*ignore/i.test(style)) return null;
  const marker = element.querySelector<HTMLElement>('[style*="mso-list"]');
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

/** Turns inline CSS that carries meaning (Google Docs uses spans) into tags, before styles go. */
function keepMeaningfulStyles(doc: Document): void {
  for (const span of Array.from(doc.body.querySelectorAll<HTMLElement>('span[style]'))) {
    const style = span.style;
    const wrappers: string[] = [];
    if (style.fontWeight === 'bold' || Number(style.fontWeight) >= 600) wrappers.push('b');
    if (style.fontStyle === 'italic') wrappers.push('i');
    if (
      style.textDecoration.includes('underline') ||
      style.textDecorationLine.includes('underline')
    ) {
      wrappers.push('u');
    }
    for (const tag of wrappers) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...Array.from(span.childNodes));
      span.appendChild(wrapper);
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
}
