/**
 * The page header (sidehoved) and footer (sidefod) a body prints on every
 * page: the template's patterns with the meeting's values and the page
 * numbers, one line each, and, read back through LibreOffice and
 * pdftotext, on the pages where the template puts them, without moving a
 * page the contents list counted.
 */
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { exportMeetingToDocx } from '../../shared/export/index';
import { measurer } from '../../shared/export/layout/font-metrics';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { fitLine, pageMargins } from '../../shared/export/sections/page-margins';
import { BODY_WIDTH, FOOTER_SIZE } from '../../shared/export/typography';
import type { Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { marginLine, marginText } from '../../shared/template/render';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { contentsNumbers, headingPages, normalise, renderDocx } from './libreoffice';
import { pageTexts, writePdf } from './pdf-inspect';

const HEADER = '{organ} – Referat – {dato:lang}';
const FOOTER = '{organ}, {dato} · side {side} af {sider}';

function meetingWith(page: Partial<Meeting['template']['page']>): Meeting {
  const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
  input.page = { header: HEADER, footer: FOOTER, ...page };
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

const problemsOf = (page: TemplateInput['page']) => {
  const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
  input.page = page;
  const result = templateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('the page header and footer', () => {
  it('print the meeting’s values, with the page number and count as parts of their own', () => {
    const meeting = meetingWith({});
    expect(marginLine(meeting, FOOTER)).toEqual([
      { kind: 'text', text: 'Direktionen, 29-01-2018 · side ' },
      { kind: 'page' },
      { kind: 'text', text: ' af ' },
      { kind: 'pages' },
    ]);
    expect(marginText(marginLine(meeting, FOOTER), 3, 12)).toBe(
      'Direktionen, 29-01-2018 · side 3 af 12',
    );
    expect(marginText(marginLine(meeting, HEADER), 1, 1)).toBe(
      'Direktionen – Referat – 29. januar 2018',
    );
    // The meeting's own text cannot make a page field.
    meeting.body = 'Direk\u0001tionen';
    expect(marginLine(meeting, '{organ}')).toEqual([{ kind: 'text', text: 'Direktionen' }]);
  });

  it('keep the footer every referat had when the template says nothing, and no header', () => {
    const input = structuredClone(builtInTemplate('udvalg')) as TemplateInput;
    delete input.page;
    const template = templateSchema.parse(input);
    expect(template.page).toEqual({
      header: '',
      footer: 'Side {side} af {sider}',
      headerOnFirstPage: false,
    });
  });

  it('refuse, in Danish, a placeholder the page has not, and {side} outside the page', () => {
    expect(problemsOf({ header: '{titel}', footer: '' })).toEqual([
      'Sidehovedet bruger den ukendte pladsholder {titel}. Mulige: {organ}, {dato}, {ugedag}, {start}, {slut}, {tidsrum}, {sted}, {side}, {sider}',
    ]);
    const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
    input.document = { ...input.document, title: 'Referat side {side}' };
    expect(templateSchema.safeParse(input).success).toBe(false);
  });

  it('cut a line too long for the page with «…», keeping the page number', () => {
    const meeting = meetingWith({});
    meeting.body = 'Udvalget for Børn, Skole og Fritid samt Sundhed og Forebyggelse '.repeat(4);
    const fitted = fitLine(marginLine(meeting, FOOTER));
    const text = marginText(fitted, 88, 88);
    expect(measurer({}, false, FOOTER_SIZE).width(text)).toBeLessThanOrEqual(BODY_WIDTH);
    expect(fitted.some((part) => part.kind === 'page')).toBe(true);
    expect(text).toMatch(/^Udvalget for Børn, Skole og Fritid .*…88 af 88$/);
    // A line that fits is left whole.
    expect(pageMargins(meetingWith({})).header).toEqual([
      { kind: 'text', text: 'Direktionen – Referat – 29. januar 2018' },
    ]);
  });

  it.runIf(requireTools('soffice', 'pdftotext'))(
    'are on the pages in Word (read through LibreOffice): no header over the title, and the pages as before',
    async () => {
      const meeting = meetingWith({});
      const onFirst = meetingWith({ headerOnFirstPage: true });
      const plain = meetingWith({ header: '', footer: 'Side {side} af {sider}' });
      const [raw, rawFirst, rawPlain] = renderDocx(
        await Promise.all(
          [meeting, onFirst, plain].map(async (m, i) => ({
            name: `margins-${i}`,
            bytes: await exportMeetingToDocx(m, { version: 'internal' }),
          })),
        ),
      );
      const [pages, firstPages] = [raw, rawFirst].map((set) => (set ?? []).map(normalise));
      const header = 'Direktionen – Referat – 29. januar 2018';
      expect(pages?.length).toBeGreaterThan(2);
      pages?.forEach((page, i) => {
        expect(page.includes(header), `page ${i + 1}`).toBe(i > 0);
        expect(page).toContain(`Direktionen, 29-01-2018 · side ${i + 1} af ${pages.length}`);
      });
      firstPages?.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(header));
      // The same pages as with Word's plain footer: every item's heading on the page it
      // was on, and the contents list's numbers are those pages.
      const headings = headingPages(rawPlain ?? []);
      expect(headings.size).toBe(meeting.items.length);
      expect(pages).toHaveLength(rawPlain?.length ?? 0);
      expect(headingPages(raw ?? [])).toEqual(headings);
      expect(headingPages(rawFirst ?? [])).toEqual(headings);
      const titles = meeting.items.map((item) => item.title);
      expect(contentsNumbers(raw ?? [], titles)).toEqual(
        titles.map((_, i) => headings.get(i + 1) ?? null),
      );
    },
  );

  it.runIf(requireTools('pdftotext'))('are on the PDF’s pages as in Word', async () => {
    const bytes = await exportMeetingToPdf(
      meetingWith({}),
      { version: 'internal' },
      { fonts: await loadPdfFonts(), now: new Date('2018-01-30T10:00:00Z') },
    );
    const pages = pageTexts(writePdf('page-margins', bytes)).filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const text = page.replace(/\s+/g, ' ');
      expect(text.includes('Direktionen – Referat – 29. januar 2018'), `page ${i + 1}`).toBe(i > 0);
      expect(text).toContain(`Direktionen, 29-01-2018 · side ${i + 1} af ${pages.length}`);
    });
  });
});
