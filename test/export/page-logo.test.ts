/**
 * The template's logo on the referat: in Word (read through LibreOffice)
 * and in the PDF, on the first page or on every page, at the page margin
 * under the top edge, without moving a page the contents list counted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { exportMeetingToDocx } from '../../shared/export/index';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { pageLogo } from '../../shared/export/sections/page-logo';
import { PAGE } from '../../shared/export/typography';
import type { Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { readDocx, xmlProblem } from '../shared/export/docx-parts';
import { generateMeeting } from '../support/generate-meeting';
import { dataUrl, solidPng } from '../support/images';
import { requireTools } from '../support/require-tool';
import { contentsNumbers, convertDocx, headingPages, pdfPageTexts } from './libreoffice';
import { images, structureText, writePdf } from './pdf-inspect';

const LOGO = dataUrl(solidPng(200, 80));

function meetingWith(
  logo: TemplateInput['logo'],
  page: TemplateInput['page'] = { header: '{organ} – Referat', footer: 'Side {side} af {sider}' },
): Meeting {
  const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
  input.page = page;
  input.logo = logo;
  const meeting = generateMeeting({
    items: 5,
    sectionsPerItem: 2,
    seed: 11,
    template: templateSchema.parse(input),
  });
  meeting.body = 'Direktionen';
  meeting.date = '2018-01-29';
  return meeting;
}

/** The pages (from 1) each image of a PDF is on, from `pdfimages -list`. */
const imagePages = (pdf: string) => images(pdf).map((line) => Number(line.trim().split(/\s+/)[0]));

const pt = (twips: number) => twips / 20;

/** Each image's box on its page in points (top-down), from pdftohtml's XML. */
function imageBoxes(
  pdf: string,
): { page: number; left: number; top: number; width: number; height: number }[] {
  // pdftohtml writes the images beside the PDF (a temp dir); only their boxes are read.
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-zoom', '1', pdf], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  const boxes: { page: number; left: number; top: number; width: number; height: number }[] = [];
  let page = 0;
  for (const match of xml.matchAll(/<page number="(\d+)"|<image ([^>]*)>/g)) {
    if (match[1]) page = Number(match[1]);
    else {
      const attribute = (name: string) =>
        Number(new RegExp(`${name}="([\\d.]+)"`).exec(match[2]!)?.[1]);
      boxes.push({
        page,
        left: attribute('left'),
        top: attribute('top'),
        width: attribute('width'),
        height: attribute('height'),
      });
    }
  }
  return boxes;
}

/** The box a 3.5 cm wide 200 × 80 logo has at the right (or left) margin, in points, as pdftohtml rounds it. */
function expectedBox(align: 'right' | 'left') {
  const width = (3.5 / 2.54) * 72;
  const left = align === 'right' ? pt(PAGE.width - PAGE.marginRight) - width : pt(PAGE.marginLeft);
  return { left, top: pt(PAGE.header), width, height: width * 0.4 };
}

/** Each box within a point of `expected` (pdftohtml prints whole points). */
function expectNear(
  boxes: ReturnType<typeof imageBoxes>,
  expected: ReturnType<typeof expectedBox>,
) {
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes)
    for (const key of ['left', 'top', 'width', 'height'] as const)
      expect(Math.abs(box[key] - expected[key]), `page ${box.page} ${key}`).toBeLessThanOrEqual(1);
}

describe('the logo', () => {
  it('is placed at the top page margin, its height from its proportions', () => {
    const right = pageLogo(meetingWith({ image: LOGO, width: 5 }));
    expect(right).toMatchObject({ y: PAGE.header, everyPage: false, type: 'png' });
    // 5 cm = 2834.6 twips wide, 200 × 80 pixels: 2/5 of that tall; its right edge at the margin.
    expect(right?.width).toBeCloseTo((5 * 1440) / 2.54, 6);
    expect(right?.height).toBeCloseTo(((5 * 1440) / 2.54) * 0.4, 6);
    expect((right?.x ?? 0) + (right?.width ?? 0)).toBeCloseTo(PAGE.width - PAGE.marginRight, 6);
    const left = pageLogo(meetingWith({ image: LOGO, align: 'left', placement: 'every-page' }));
    expect(left).toMatchObject({ x: PAGE.marginLeft, everyPage: true });
    expect(pageLogo(meetingWith({ image: '' }))).toBeNull();
  });

  it.runIf(requireTools('soffice', 'pdftotext', 'pdfimages', 'pdftohtml'))(
    'is in Word on page 1 only, or on every page, and the pages are as without it',
    async () => {
      const cases = [
        meetingWith({ image: '' }),
        meetingWith({ image: LOGO }),
        meetingWith({ image: LOGO, placement: 'every-page' }),
        // No header line at all: page 1 still gets the logo, from a first-page header of its own.
        meetingWith({ image: LOGO }, { header: '', footer: '' }),
        meetingWith(
          { image: LOGO, placement: 'every-page', align: 'left' },
          { header: '{organ}', footer: '', headerOnFirstPage: true },
        ),
      ];
      const files = await Promise.all(
        cases.map(async (meeting, i) => ({
          name: `logo-${i}`,
          bytes: await exportMeetingToDocx(meeting, { version: 'internal' }),
        })),
      );
      // One image in the package however many pages show it; every header well-formed.
      for (const file of files.slice(1)) {
        const parts = readDocx(file.bytes);
        expect([...parts.keys()].filter((path) => path.startsWith('word/media/'))).toHaveLength(1);
        for (const [path, xml] of parts)
          if (path.startsWith('word/header')) expect(xmlProblem(xml), path).toBeNull();
      }
      const pdfs = convertDocx(files);
      const [plain, first, every, bare, leftEvery] = pdfs.map((pdf) => pdfPageTexts(pdf));
      const count = plain?.length ?? 0;
      expect(count).toBeGreaterThan(2);
      expect(imagePages(pdfs[0]!)).toEqual([]);
      expect(imagePages(pdfs[1]!)).toEqual([1]);
      expect(imagePages(pdfs[2]!)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(imagePages(pdfs[3]!)).toEqual([1]);
      expect(imagePages(pdfs[4]!)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      // The header line is still where it was: not on page 1, on the others.
      expect(first?.[0]).not.toContain('Direktionen – Referat');
      expect(first?.[1]).toContain('Direktionen – Referat');
      const headings = headingPages(plain ?? []);
      expect(headings.size).toBe(5);
      const titles = cases[0]!.items.map((item) => item.title);
      for (const pages of [first, every, bare, leftEvery]) {
        expect(pages).toHaveLength(count);
        expect(headingPages(pages ?? [])).toEqual(headings);
        expect(contentsNumbers(pages ?? [], titles)).toEqual(contentsNumbers(plain ?? [], titles));
      }
      // At the top margin, its right (or left) edge at the text's edge.
      expectNear(imageBoxes(pdfs[1]!), expectedBox('right'));
      expectNear(imageBoxes(pdfs[4]!), expectedBox('left'));
    },
  );

  it.runIf(requireTools('pdfimages', 'pdftotext', 'pdftohtml'))(
    'is in the PDF where Word puts it',
    async () => {
      const fonts = await loadPdfFonts();
      const now = new Date('2018-01-30T10:00:00Z');
      const pdf = async (meeting: Meeting, name: string) =>
        writePdf(name, await exportMeetingToPdf(meeting, { version: 'internal' }, { fonts, now }));
      const plain = await pdf(meetingWith({ image: '' }), 'logo-none');
      const first = await pdf(meetingWith({ image: LOGO }), 'logo-first');
      const every = await pdf(meetingWith({ image: LOGO, placement: 'every-page' }), 'logo-every');
      const count = pdfPageTexts(plain).length;
      expect(imagePages(plain)).toEqual([]);
      expect(imagePages(first)).toEqual([1]);
      expect(imagePages(every)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expectNear(imageBoxes(first), expectedBox('right'));
      expect(imageBoxes(first)).toEqual(imageBoxes(every).filter((box) => box.page === 1));
      // A logo with transparency (pdfkit splits it into the image and its soft mask, decoding it
      // asynchronously) is in the finished file too.
      const alpha = await pdf(
        meetingWith({ image: dataUrl(solidPng(200, 80, [20, 80, 160], 128)) }),
        'logo-alpha',
      );
      expect(images(alpha).map((line) => line.trim().split(/\s+/).slice(0, 3))).toEqual([
        ['1', '0', 'image'],
        ['1', '1', 'smask'],
      ]);
      expect(pdfPageTexts(alpha)).toEqual(pdfPageTexts(plain));
      // The text is where it was, and the logo, page furniture, is outside the logical structure.
      expect(structureText(every)).toBe(structureText(plain));
      expect(pdfPageTexts(first)).toEqual(pdfPageTexts(plain));
      expect(pdfPageTexts(every)).toEqual(pdfPageTexts(plain));
    },
  );

  it.runIf(requireTools('soffice', 'pdfimages', 'pdftoppm'))(
    'may be a JPEG, in Word and in the PDF',
    async () => {
      const fonts = await loadPdfFonts();
      const now = new Date('2018-01-30T10:00:00Z');
      const export_ = (meeting: Meeting) =>
        exportMeetingToPdf(meeting, { version: 'internal' }, { fonts, now });
      // A real JPEG, made by poppler: page 1 of a referat at 10 dpi (83 × 117 pixels).
      const source = writePdf('jpeg-source', await export_(meetingWith({ image: '' })));
      execFileSync('pdftoppm', [
        '-jpeg',
        '-r',
        '10',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        source,
        `${source}-page`,
      ]);
      const jpeg = readFileSync(`${source}-page.jpg`);
      const meeting = meetingWith({ image: dataUrl(jpeg, 'jpeg'), width: 2 });
      const logo = pageLogo(meeting);
      expect(logo).toMatchObject({ type: 'jpg' });
      expect((logo?.height ?? 0) / (logo?.width ?? 1)).toBeCloseTo(117 / 83, 2);

      const pdf = writePdf('logo-jpeg', await export_(meeting));
      expect(images(pdf).map((line) => line.trim().split(/\s+/))).toEqual([
        expect.arrayContaining(['1', 'image', '83', '117', 'jpeg']),
      ]);
      const [word] = convertDocx([
        { name: 'logo-jpeg', bytes: await exportMeetingToDocx(meeting, { version: 'internal' }) },
      ]);
      expect(imagePages(word ?? '')).toEqual([1]);
    },
  );
});
