import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../../shared/export/index';
import { buildBlocks } from '../../../shared/export/build-blocks';
import { contentsPageNumbers } from '../../../shared/export/layout/contents-pages';
import { docxProblems, documentText, part, readDocx } from './docx-parts';
import { sampleMeeting } from './sample-meeting';

const meeting = sampleMeeting();
const parts = readDocx(await exportMeetingToDocx(meeting, { version: 'internal' }));
const documentXml = part(parts, 'word/document.xml');
const stylesXml = part(parts, 'word/styles.xml');
const numberingXml = part(parts, 'word/numbering.xml');

function styleXml(id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(
    stylesXml,
  );
  if (!match) throw new Error(`style ${id} missing`);
  return match[0];
}

describe('Word export structure', () => {
  it('writes well-formed XML in every part', () => {
    expect(docxProblems(parts)).toEqual([]);
  });

  it('uses Word styles with outline levels for Title, Heading 1 and Heading 2', () => {
    expect(styleXml('Title')).toContain('<w:name w:val="Title"/>');
    expect(styleXml('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleXml('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(styleXml('TOC1')).toContain('<w:name w:val="toc 1"/>');
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?Punkt 1: Første punkt/s);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?Sagsfremstilling/s);
    // docx writes `bold: false` as an override; the export never does.
    expect(documentXml + stylesXml).not.toContain('w:val="false"/>');
  });

  it('turns on widow control and standard ligatures for every paragraph, as the pagination assumes', () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(stylesXml)?.[0] ?? '';
    expect(defaults).toContain('<w:widowControl/>');
    expect(defaults).toContain('<w14:ligatures w14:val="standard"/>');
    expect(defaults).toContain('w:lineRule="exact"');
    // …but not in the contents entries, where LibreOffice never applies it.
    expect(styleXml('TOC1')).toContain('<w:widowControl w:val="0"/>');
  });

  it('starts every item on a new page', () => {
    const headings = documentXml.match(
      /<w:pPr>(?:(?!<\/w:pPr>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:pPr>).)*<\/w:pPr>/gs,
    );
    expect(headings).toHaveLength(3);
    for (const heading of headings ?? []) expect(heading).toContain('<w:pageBreakBefore/>');
  });

  it('writes the contents list as a clean TOC field with linked entries and page numbers', () => {
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    // Built from TC fields only (\f C, no \o): see docx/contents-field.ts.
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\f C \\h \\z</);
    expect(documentXml).not.toMatch(/TOC [^<]*\\o/);
    expect(documentXml).not.toContain('w:dirty="true"');
    const pages = contentsPageNumbers(buildBlocks(meeting, { version: 'internal' }));
    expect(pages[0]).toBeGreaterThan(1);
    meeting.items.forEach((item, index) => {
      const entry = new RegExp(
        `<w:hyperlink [^>]*w:anchor="punkt_${index + 1}"[^>]*>.*?${item.title}.*?<w:tab/>.*?${pages[index]}</w:t>`,
        's',
      );
      expect(documentXml).toMatch(entry);
      expect(documentXml).toContain(`<w:bookmarkStart w:name="punkt_${index + 1}"`);
    });
  });

  it('marks every item heading with a TC field carrying its contents entry, as an update lists it', () => {
    const headings = [
      ...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs),
    ].map((m) => m[0]);
    expect(headings).toHaveLength(meeting.items.length);
    headings.forEach((heading, index) => {
      const title = meeting.items[index]?.title ?? '';
      expect(heading).toContain(
        `<w:instrText xml:space="preserve"> TC &quot;${title}&quot; \\f C \\l 1 </w:instrText>`,
      );
    });
  });

  it('writes real numbering: nine levels, and a new instance for every list', () => {
    expect(numberingXml.match(/<w:abstractNum /g)?.length).toBeGreaterThanOrEqual(2);
    expect(numberingXml).toContain('<w:numFmt w:val="decimal"/>');
    expect(numberingXml).toContain('<w:numFmt w:val="bullet"/>');
    expect(numberingXml).toContain('<w:lvl w:ilvl="8"');
    const numIds = (text: string) => {
      const at = documentXml.indexOf(`>${text}</w:t>`);
      const paragraph = documentXml.slice(documentXml.lastIndexOf('<w:p>', at), at);
      return {
        level: /<w:ilvl w:val="(\d)"/.exec(paragraph)?.[1],
        num: /<w:numId w:val="(\d+)"/.exec(paragraph)?.[1],
      };
    };
    const [en, indlejret, to, tre] = ['en', 'indlejret', 'to', 'tre'].map(numIds);
    expect(en?.num).toBeDefined();
    expect(to).toEqual(en); // one list continues across its nested list
    expect(indlejret?.level).toBe('1');
    expect(indlejret?.num).not.toBe(en?.num);
    expect(tre?.level).toBe('0');
    expect(tre?.num).not.toBe(en?.num); // item 2's list restarts at 1
  });

  it('sets the language da-DK, A4 and a "Side X af Y" footer', () => {
    expect(stylesXml).toMatch(/<w:rPrDefault>.*<w:lang w:val="da-DK"/s);
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const footerPath = [...parts.keys()].find((path) => /^word\/footer\d*\.xml$/.test(path));
    const footer = part(parts, footerPath ?? 'word/footer1.xml');
    expect(footer).toMatch(/Side .*PAGE.*af .*NUMPAGES/s);
  });

  it('fills the document properties', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>REFERAT Direktionen d. 29-01-2018</dc:title>');
    expect(core).toContain('<dc:creator>Kathrine Seier Skastrup</dc:creator>');
    expect(core).toContain(
      '<cp:keywords>referat, Direktionen, 29-01-2018, Direktion</cp:keywords>',
    );
    expect(core).toMatch(/<dc:subject>Referat \(intern version\)<\/dc:subject>/);
  });

  it('maps formatting, breaks, tabs and tables to Word elements', () => {
    expect(documentXml).toMatch(/<w:b\/>.*?>Fed</s);
    expect(documentXml).toMatch(/<w:i\/>.*?> kursiv</s);
    expect(documentXml).toMatch(/<w:u w:val="single"\/>.*?> understreget</s);
    expect(documentXml).toMatch(/<w:strike\/>.*?> overstreget</s);
    expect(documentXml).toMatch(/<w:br\/>.*?efter skift.*?<w:tab\/>.*?efter tab/s);
    expect(documentXml).toMatch(/<w:tbl>.*Område.*12 mio\. kr\..*<\/w:tbl>/s);
  });

  it('links http(s) and mailto only; other URLs keep their text', () => {
    const rels = part(parts, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://www.htk.dk/"');
    expect(rels).toContain('Target="mailto:post@htk.dk"');
    expect(rels).not.toContain('javascript:');
    expect(rels).not.toContain('file:');
    // A user name or password in a link never reaches the .docx (nor the phishing form of it).
    expect(rels).not.toMatch(/kode@|evil\.example/);
    const text = documentText(parts);
    expect(text).toContain('farlig');
    expect(text).toContain('fil');
    expect(text).toContain('med adgangskode');
    expect(text).toContain('forklædt');
  });

  it('degrades a node kind the editor does not produce to its text', () => {
    expect(documentText(parts)).toContain('ukendt indhold bevares');
  });
});
