/**
 * The PDF export as readers, assistive technology and checkers see it:
 * poppler reads its text, logical structure, fonts, images and
 * destinations; qpdf expands it for the catalog, outline, annotations and
 * marked content. Proves the accessibility the law asks of published
 * documents (tagged, headings, lists, tables, language, title, bookmarks,
 * embedded fonts, real text, reading order, footers as artifacts) and that
 * the contents list links to and numbers the pages its items are on.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import { layoutReferat } from '../../shared/export/layout/place';
import type { ExportOptions } from '../../shared/export/options';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { visibleTitle } from '../../shared/export/sections/visibility';
import { itemNumber } from '../../shared/model/derived';
import { documentTitle } from '../../shared/template/render';
import type { Meeting } from '../../shared/model/meeting';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { sampleMeeting } from '../shared/export/sample-meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { loadSeedFixture, seedParagraphs } from '../support/seed';
import { badInputMeetings } from './bad-inputs';
import { contentsNumbers, headingPages, normalise } from './libreoffice';
import {
  destinations,
  entry,
  expanded,
  fonts,
  images,
  info,
  objects,
  outlineTitles,
  pageTexts,
  pdfString,
  readingText,
  structure,
  structureText,
  writePdf,
  type StructNode,
} from './pdf-inspect';

const PUBLIC: ExportOptions = { version: 'public' };
const INTERNAL: ExportOptions = { version: 'internal' };

async function exportPdf(name: string, meeting: Meeting, options: ExportOptions) {
  const bytes = await exportMeetingToPdf(meeting, options, {
    fonts: await loadPdfFonts(),
    now: new Date('2018-01-30T10:00:00Z'),
  });
  return writePdf(name, bytes);
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const count = (nodes: StructNode[], type: string) => nodes.filter((n) => n.type === type).length;

describe.runIf(requireTools('pdftotext', 'pdfinfo', 'pdffonts', 'pdfimages', 'qpdf'))(
  'the PDF export',
  () => {
    const seed = loadSeedFixture();
    const long = generateMeeting({ items: 12, sectionsPerItem: 5, seed: 2018 });
    // Titles that wrap in the contents list, as in the Word reader test.
    long.items.forEach((item, index) => {
      if (index % 3 === 0)
        item.title = `${item.title} – ${item.title} ${item.title} og budget 2019-2022`;
    });
    const sample = sampleMeeting();
    let seedPublic = '';
    let seedInternal = '';
    let longPdf = '';
    let samplePdf = '';

    beforeAll(async () => {
      [seedPublic, seedInternal, longPdf, samplePdf] = await Promise.all([
        exportPdf('seed', seed, PUBLIC),
        exportPdf('seed-intern', seed, INTERNAL),
        exportPdf('long', long, INTERNAL),
        exportPdf('sample', sample, INTERNAL),
      ]);
    }, 120_000);

    it('carries the whole seed text, in order', () => {
      const text = normalise(
        pageTexts(seedPublic)
          .map((page) => page.replace(/^\s*Side \d+ af \d+\s*$/gm, ''))
          .join('\n'),
      );
      let cursor = 0;
      const missing: string[] = [];
      for (const paragraph of seedParagraphs()) {
        const at = text.indexOf(normalise(paragraph), cursor);
        if (at < 0) missing.push(paragraph);
        else cursor = at + normalise(paragraph).length;
      }
      expect(missing).toEqual([]);
    });

    it('is a well-formed, tagged PDF 1.7 on A4 pages, with the pages of the shared layout', () => {
      for (const pdf of [seedPublic, longPdf, samplePdf]) {
        expect(execFileSync('qpdf', ['--check', pdf]).toString()).toContain(
          'No syntax or stream encoding errors found',
        );
      }
      const meta = info(longPdf);
      expect(meta.get('Tagged')).toBe('yes');
      expect(meta.get('PDF version')).toBe('1.7');
      expect(meta.get('Page size')).toMatch(/^595\.3 x 841\.9 pts \(A4\)/);
      expect(Number(meta.get('Pages'))).toBe(
        layoutReferat(buildBlocks(long, INTERNAL)).pages.length,
      );
      expect(Number(meta.get('Pages'))).toBeGreaterThan(30);
    });

    it('declares its language, title (shown by viewers), marking and PDF/UA identifier', () => {
      const qdf = expanded(seedPublic);
      const catalog = [...objects(qdf).values()].find((body) => /\/Type \/Catalog/.test(body));
      expect(catalog).toBeDefined();
      expect(pdfString(entry(catalog ?? '', 'Lang') ?? '()')).toBe('da-DK');
      expect(entry(catalog ?? '', 'StructTreeRoot')).toMatch(/^\d+ 0 R$/);
      const all = objects(qdf);
      const deref = (key: string) =>
        all.get(Number(entry(catalog ?? '', key)?.split(' ')[0])) ?? entry(catalog ?? '', key);
      expect(deref('MarkInfo')).toMatch(/\/Marked true/);
      expect(deref('ViewerPreferences')).toMatch(/\/DisplayDocTitle true/);
      expect(info(seedPublic).get('Title')).toBe(documentTitle(seed));
      // XMP metadata: the title, and the PDF/UA identifier.
      expect(qdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(qdf).toMatch(/<dc:title>[\s\S]*REFERAT Direktionen[\s\S]*<\/dc:title>/);
    });

    it('embeds every font and draws all text as text, no images', () => {
      const used = [longPdf, samplePdf].flatMap(fonts);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((font) => !font.embedded)).toEqual([]);
      expect(used.every((font) => /Carlito/.test(font.name))).toBe(true);
      expect([longPdf, samplePdf].flatMap(images)).toEqual([]);
    });

    it('tags headings as H1/H2/H3 like the .docx outline, the title an H1', () => {
      const nodes = structure(longPdf);
      expect(nodes[0]?.type).toBe('Document');
      const h1 = nodes.filter((n) => n.type === 'H1').map((n) => n.text);
      expect(h1[0]).toBe(documentTitle(long));
      expect(h1.slice(1)).toEqual(
        long.items.map((item, i) => `Punkt ${itemNumber(long, i)}: ${item.title}`),
      );
      expect(nodes.filter((n) => n.type === 'H2').map((n) => n.text)).toContain('Sagsfremstilling');
      expect(count(nodes, 'H3')).toBeGreaterThan(10);
    });

    it('tags lists as L › LI › Lbl + LBody, nested lists inside their item', () => {
      const nodes = structure(samplePdf);
      const list = nodes.findIndex((n, i) => n.type === 'L' && nodes[i + 3]?.text === 'en');
      expect(list).toBeGreaterThan(0);
      const firstItem = nodes.slice(list + 1, list + 4);
      expect(firstItem.map((n) => n.type)).toEqual(['LI', 'Lbl', 'LBody']);
      expect(firstItem[1]?.text).toBe('1.');
      // The nested bulleted list is inside the item it follows, in its body (as Word numbers
      // paragraphs, the editor's item holding only the nested list has none of its own).
      const nested = nodes[list + 4];
      expect(nested?.type).toBe('L');
      expect(nested?.depth).toBe((nodes[list]?.depth ?? 0) + 3);
      expect(nodes.slice(list + 5, list + 8).map((n) => n.text)).toEqual(['', '–', 'indlejret']);
      const to = nodes.findIndex((n) => n.text === 'to');
      expect(nodes[to - 1]?.text).toBe('2.');
      expect(nodes[to - 2]?.depth).toBe((nodes[list]?.depth ?? 0) + 1);
      expect(count(structure(longPdf), 'LI')).toBeGreaterThan(40);
    });

    it('tags tables as Table › TR › TH/TD', () => {
      const nodes = structure(samplePdf);
      const table = nodes.findIndex((n) => n.type === 'Table');
      const rows = nodes.slice(table + 1).filter((n) => n.depth > (nodes[table]?.depth ?? 0));
      const cells = (type: string) =>
        nodes
          .slice(table)
          .filter((n) => n.type === type)
          .map((n) => nodes[nodes.indexOf(n) + 1]?.text);
      expect(rows.filter((n) => n.type === 'TR')).toHaveLength(2);
      expect(cells('TH')).toEqual(['Område', 'Beløb']);
      expect(cells('TD')).toEqual(['Skole', '12 mio. kr.']);
      expect(count(structure(longPdf), 'TD')).toBeGreaterThan(30);
    });

    it('links its text links, keeping only safe URLs, each a Link element with its annotation', () => {
      const qdf = expanded(samplePdf);
      const uris = [...qdf.matchAll(/\/URI (\([^)]*\)|<[^>]*>)/g)].map((m) =>
        pdfString(m[1] ?? ''),
      );
      expect(uris.sort()).toEqual(['https://www.htk.dk/', 'mailto:post@htk.dk']);
      const links = structure(samplePdf).filter((n) => n.type === 'Link');
      expect(links.map((n) => n.text)).toEqual(expect.arrayContaining(['Høje-Taastrup', 'post']));
      // Every annotation belongs to the structure (StructParent) and says what it is.
      const annotations = [...objects(qdf).values()].filter((b) => /\/Subtype \/Link/.test(b));
      expect(annotations.length).toBeGreaterThan(4);
      for (const annotation of annotations) {
        expect(entry(annotation, 'StructParent')).toBeDefined();
        expect(pdfString(entry(annotation, 'Contents') ?? '()')).not.toBe('');
      }
    });

    it('reads in the order pdftotext reads it: the structure holds all the text, footers left out', () => {
      const withoutFooters = (text: string) => squeeze(text.replace(/Side \d+ af \d+/g, ''));
      for (const pdf of [seedPublic, longPdf, samplePdf]) {
        const tagged = squeeze(structureText(pdf));
        // Every character drawn is in the structure, in the order drawn (artifacts aside).
        expect(tagged).toBe(withoutFooters(readingText(pdf, true)));
        expect(tagged).not.toMatch(/Side\d+af\d+/);
      }
      // And in the order pdftotext reconstructs from the page (its heuristics read list labels
      // and table columns their own way; the seed's pages have neither nested lists nor tables).
      expect(squeeze(structureText(seedPublic))).toBe(withoutFooters(readingText(seedPublic)));
      const pages = pageTexts(seedPublic);
      pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} af ${pages.length}`));
      expect(expanded(seedPublic)).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
    });

    it('numbers each contents entry with the page its item heading is printed on', () => {
      for (const [meeting, pdf, options] of [
        [seed, seedPublic, PUBLIC],
        [long, longPdf, INTERNAL],
      ] as const) {
        const pages = pageTexts(pdf);
        const titles = meeting.items.map((item) => visibleTitle(item, options, meeting.template));
        const listed = contentsNumbers(pages, titles);
        const printed = headingPages(pages);
        expect(listed).toEqual(meeting.items.map((_, i) => printed.get(i + 1)));
        expect(listed.every((n) => typeof n === 'number')).toBe(true);
      }
    });

    it('links each contents entry to its item heading, and has one bookmark per item', () => {
      const printed = headingPages(pageTexts(longPdf));
      const dests = destinations(longPdf);
      long.items.forEach((_, i) => expect(dests.get(`punkt_${i + 1}`)).toBe(printed.get(i + 1)));
      const qdf = expanded(longPdf);
      const goTos = [...qdf.matchAll(/\/S \/GoTo[\s\S]*?\/D (\([^)]*\))/g)].map((m) =>
        pdfString(m[1] ?? ''),
      );
      expect(new Set(goTos)).toEqual(new Set(long.items.map((_, i) => `punkt_${i + 1}`)));
      const tocLinks = structure(longPdf).filter(
        (n, i, all) => n.type === 'Link' && all[i - 1]?.type === 'TOCI',
      );
      expect(tocLinks).toHaveLength(long.items.length);
      expect(outlineTitles(qdf)).toEqual(
        long.items.map((item, i) => `Punkt ${itemNumber(long, i)}: ${item.title}`),
      );
    });

    it('links to the right pages when items run on (a template without a page per item)', async () => {
      const template = builtInTemplate('internt');
      const running = generateMeeting({ items: 10, sectionsPerItem: 2, seed: 9, template });
      const pdf = await exportPdf('running', running, INTERNAL);
      const { contentsNumbers: numbers } = layoutReferat(buildBlocks(running, INTERNAL));
      const dests = destinations(pdf);
      expect(running.items.map((_, i) => dests.get(`punkt_${i + 1}`))).toEqual(numbers);
      expect(outlineTitles(expanded(pdf))).toHaveLength(running.items.length);
      expect(Number(info(pdf).get('Pages'))).toBeLessThan(running.items.length);
    });

    it('hides closed items in the public version, as the .docx does', () => {
      const closed = seed.items.findIndex((item) => item.closed);
      expect(closed).toBeGreaterThanOrEqual(0);
      const title = seed.items[closed]?.title ?? '';
      const publicText = normalise(readingText(seedPublic));
      const internalText = normalise(readingText(seedInternal));
      expect(publicText).toContain(`Punkt ${itemNumber(seed, closed)}: Lukket`);
      expect(publicText).not.toContain(normalise(title));
      expect(internalText).toContain(normalise(title));
      expect(internalText).toContain('Lukket punkt');
      expect(outlineTitles(expanded(seedPublic))[closed]).toBe(
        `Punkt ${itemNumber(seed, closed)}: Lukket`,
      );
    });

    it('exports input that broke other exporters, keeping text Carlito has no glyphs for', async () => {
      for (const { name, meeting, marker } of badInputMeetings()) {
        const pdf = await exportPdf(name, meeting, PUBLIC);
        const text = normalise(readingText(pdf));
        expect(text).toContain(normalise(marker));
        // Emoji are drawn as boxes, but their text is there (ActualText) for copying and reading.
        if (name === 'emoji') expect(text).toContain('Godkendt 👍 af alle 🎉');
      }
    }, 60_000);
  },
);
