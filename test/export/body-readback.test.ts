/**
 * The body written as WordprocessingML text, as LibreOffice reads it:
 * formatting, links, lists, a table, tabs and line breaks, markup
 * characters and removed controls, rendered to PDF and read back with
 * pdftotext. The structure checks are in test/shared/export/body-xml.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../shared/export/index';
import { requireTools } from '../support/require-tool';
import { linkedMeeting, MARKUP_TEXT } from '../shared/export/linked-meeting';
import { normalise, renderDocx, type RenderedPages } from './libreoffice';

describe.runIf(requireTools('soffice', 'pdftotext'))(
  'the Word body as LibreOffice reads it',
  () => {
    let pages: RenderedPages = [];
    let text = '';

    beforeAll(async () => {
      const bytes = await exportMeetingToDocx(linkedMeeting(), { version: 'internal' });
      [pages = []] = renderDocx([{ name: 'body', bytes }]);
      text = normalise(pages.join('\n'));
    }, 120_000);

    it('opens the file and lays out every item on its own page after the contents', () => {
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(text).toContain(`Punkt 1: ${MARKUP_TEXT}`);
    });

    it('reads back formatted runs, the line break and the tab as written', () => {
      expect(text).toContain('Fed kursiv understreget overstreget');
      // The line break starts a new line; the tab leaves room between the words.
      expect(pages.join('\n')).toMatch(/overstreget\s*\n\s*efter skift\s{2,}efter tab/);
      expect(text).toContain(`${MARKUP_TEXT} to mellemrum kontroltegnog`);
    });

    it('reads back the links’ text and the refused links as plain text', () => {
      expect(text).toContain('Høje-Taastrupfarlig');
      expect(text).toContain('postfil');
      expect(text).toContain('igen samme mål og søgning og afsnit');
    });

    it('numbers each list from 1, nesting included, and restarts in the next item', () => {
      expect(text).toMatch(/1\. en .*indlejret 2\. to/);
      expect(text).toMatch(/1\. tre 2\. fire/);
    });

    it('reads back the table row by row', () => {
      expect(text).toMatch(/Område\s+Beløb/);
      expect(text).toMatch(/Skole\s+12 mio\. kr\./);
    });

    it('fills in the contents list with the titles, markup characters included', () => {
      const contents = normalise(pages[0] ?? '');
      expect(contents).toContain(MARKUP_TEXT);
      expect(contents).toContain('Andet punkt');
    });
  },
);
