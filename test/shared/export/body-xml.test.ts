/**
 * The body writer (shared/export/docx/render-blocks.ts and friends) writes
 * word/document.xml as text: these check the things an object model used to
 * guarantee. The XML parses; text is escaped and cleaned; every reference
 * into another part (hyperlink relationships, numbering, the footer, the
 * contents entries' bookmarks) resolves.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../shared/export/docx/xml-text';
import { exportMeetingToDocx } from '../../../shared/export/index';
import { docxProblems, part, readDocx } from './docx-parts';
import { linkedMeeting, MARKUP_TEXT } from './linked-meeting';

const parts = readDocx(await exportMeetingToDocx(linkedMeeting(), { version: 'internal' }));

/** An XML part as a DOM, or a failed test naming the first parse problem. */
function parse(path: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (m: string) => problems.push(m),
      fatalError: (m: string) => problems.push(m),
    },
  }).parseFromString(part(parts, path), 'application/xml');
  expect(problems).toEqual([]);
  return doc;
}

const documentDom = parse('word/document.xml');
const elements = (name: string) => Array.from(documentDom.getElementsByTagName(name));
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The document's relationships by id. */
const relationships = new Map(
  Array.from(parse('word/_rels/document.xml.rels').getElementsByTagName('Relationship')).map(
    (r) => [
      r.getAttribute('Id') ?? '',
      {
        type: r.getAttribute('Type') ?? '',
        target: r.getAttribute('Target') ?? '',
        mode: r.getAttribute('TargetMode'),
      },
    ],
  ),
);

describe('the body written as WordprocessingML text', () => {
  it('is well-formed XML in every part, XML 1.0 characters only', () => {
    expect(docxProblems(parts)).toEqual([]);
  });

  it('escapes & < > " and keeps \' as it is; removes what XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe(`a &amp; b &lt; c &gt; d &quot; e ' f`);
    expect(escapeXml('x\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFFy')).toBe('xy');
    expect(escapeXml('lone \uD800 and \uDC00, pair \u{1F600}')).toBe(
      'lone \uFFFD and \uFFFD, pair \u{1F600}',
    );
    expect(escapeXml('plain Danish text: æøå')).toBe('plain Danish text: æøå');
  });

  it('reads back the text as written, markup characters included, controls removed', () => {
    const texts = elements('w:t').map((t) => t.textContent ?? '');
    const body = texts.join('');
    expect(body).toContain(`Punkt 1: ${MARKUP_TEXT}`);
    expect(texts).toContain(MARKUP_TEXT);
    expect(body).toContain('kontroltegnog\uFFFDensom');
    for (const forbidden of ['\u0001', '\u0002', '\uFFFE', '\uFFFF'])
      expect(body).not.toContain(forbidden);
    // The TC field's code carries the title too, quoted for Word.
    const codes = elements('w:instrText').map((c) => c.textContent ?? '');
    expect(codes).toContain(` TC "Tom & Jerry <b>\\"citat\\"</b> 'enkelt' a>b" \\f C \\l 1 `);
  });

  it('keeps spaces that matter with xml:space="preserve"', () => {
    const spaced = elements('w:t').find((t) => t.textContent === '  to mellemrum  ');
    expect(spaced?.getAttribute('xml:space')).toBe('preserve');
  });

  it('writes each format as its Word property, in the schema order', () => {
    // The body's run (the first one with this text is the contents entry's, in Index Link).
    const run = elements('w:t').findLast((t) => t.textContent === MARKUP_TEXT)?.parentNode;
    const props = Array.from((run as Element).getElementsByTagName('w:rPr')[0]?.childNodes ?? []);
    expect(props.map((p) => p.nodeName)).toEqual(['w:b', 'w:bCs', 'w:i', 'w:iCs']);
    const spaced = elements('w:t').find((t) => t.textContent === '  to mellemrum  ')?.parentNode;
    const spacedProps = (spaced as Element).getElementsByTagName('w:rPr')[0]?.childNodes;
    expect(Array.from(spacedProps ?? []).map((p) => p.nodeName)).toEqual(['w:strike', 'w:u']);
  });

  it('links every external hyperlink to a relationship of its own type, target and mode', () => {
    const links = elements('w:hyperlink').filter((h) => h.hasAttributeNS(R, 'id'));
    const targets = links.map((link) => {
      const rel = relationships.get(link.getAttributeNS(R, 'id') ?? '');
      expect(rel?.type).toBe(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
      );
      expect(rel?.mode).toBe('External');
      const anchor = link.getAttributeNS(W, 'anchor');
      return anchor ? `${rel?.target}#${anchor}` : rel?.target;
    });
    expect(targets).toEqual([
      'https://www.htk.dk/',
      'mailto:post@htk.dk',
      'https://www.htk.dk/',
      'https://www.htk.dk/soeg?q=a&b=c',
      'https://www.htk.dk/side#afsnit-2',
    ]);
    // One relationship per target, and none to a link the export refused.
    const hyperlinkTargets = [...relationships.values()]
      .filter((r) => r.type.endsWith('/hyperlink'))
      .map((r) => r.target);
    expect(hyperlinkTargets).toEqual([...new Set(hyperlinkTargets)]);
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain('q=a&amp;b=c');
  });

  it('pairs every bookmark, and every contents entry points to one', () => {
    const starts = elements('w:bookmarkStart');
    const ends = elements('w:bookmarkEnd').map((e) => e.getAttribute('w:id'));
    const ids = starts.map((s) => s.getAttribute('w:id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ends].sort()).toEqual([...ids].sort());
    const names = new Set(starts.map((s) => s.getAttribute('w:name')));
    const anchors = elements('w:hyperlink')
      .filter((h) => !h.hasAttributeNS(R, 'id'))
      .map((h) => h.getAttribute('w:anchor'));
    expect(anchors).toHaveLength(3);
    for (const anchor of anchors) expect(names).toContain(anchor);
  });

  it('uses only list ids numbering.xml defines', () => {
    const defined = new Set(
      Array.from(parse('word/numbering.xml').getElementsByTagName('w:num')).map((n) =>
        n.getAttribute('w:numId'),
      ),
    );
    const used = elements('w:numId').map((n) => n.getAttribute('w:val'));
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(defined).toContain(id);
  });

  it('refers to the footer through a relationship to a part in the package', () => {
    const [reference] = elements('w:footerReference');
    const rel = relationships.get(reference?.getAttributeNS(R, 'id') ?? '');
    expect(rel?.type).toBe(
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
    );
    expect(parts.has(`word/${rel?.target}`)).toBe(true);
    // The section's properties close the body.
    expect(documentDom.getElementsByTagName('w:body')[0]?.lastChild?.nodeName).toBe('w:sectPr');
  });
});
