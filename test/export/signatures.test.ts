/**
 * The signature page (underskriftsblad) some bodies end their referat with:
 * who signs, where it goes, and, read back through LibreOffice and
 * pdftotext, that it is a page of its own after the last item and leaves
 * the contents list's page numbers as they were.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { Block } from '../../shared/export/blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { agendaOf } from '../../shared/model/agenda';
import { recogniseAgenda } from '../../shared/import/recognise';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { createParticipant, type Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { normalise, renderDocx } from './libreoffice';
import { pageTexts, writePdf } from './pdf-inspect';

function meetingWithSignatures(who: 'present' | 'all' = 'present'): Meeting {
  const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
  input.signatures = { show: true, title: 'Underskriftsblad', who };
  const meeting = generateMeeting({
    items: 4,
    sectionsPerItem: 1,
    seed: 7,
    template: templateSchema.parse(input),
  });
  meeting.participants = [
    { ...createParticipant('Anne Hansen', 'formand'), party: 'A' },
    { ...createParticipant('Bo Jensen'), party: 'V', attendance: 'absent' },
    { ...createParticipant('Carl Holm'), party: 'C' },
    createParticipant('Kathrine Skastrup', 'sekretær'),
  ];
  return meeting;
}

const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('')]
      : [],
  );

describe('the signature page', () => {
  it('follows the last item on a new page: a line and a name for each participant present, never the secretary', () => {
    const { items } = buildBlocks(meetingWithSignatures(), { version: 'internal' });
    const last = items.at(-1) ?? [];
    const at = last.findIndex(
      (b) => b.kind === 'paragraph' && texts([b])[0] === 'Underskriftsblad',
    );
    expect(at).toBeGreaterThan(0);
    expect(last[at]).toMatchObject({ style: 'Heading1', pageBreakBefore: true });
    const names = texts(last.slice(at + 1)).filter((t) => t && !t.startsWith('_'));
    expect(names).toEqual(['Anne Hansen (A)', 'Carl Holm (C)']);
    // Every name has its line right above it.
    const lines = texts(last.slice(at + 1));
    for (const name of names) expect(lines[lines.indexOf(name) - 1]).toMatch(/^_{20,}$/);
    // No other item carries it.
    for (const item of items.slice(0, -1)) expect(texts(item)).not.toContain('Underskriftsblad');
  });

  it('lists every participant with who: all, and is in neither a dagsorden nor a template without it', () => {
    const all = buildBlocks(meetingWithSignatures('all'), { version: 'internal' }).items.at(-1);
    expect(texts(all ?? [])).toContain('Bo Jensen (V)');
    const agenda = buildBlocks(agendaOf(meetingWithSignatures()), { version: 'internal' });
    expect(texts(agenda.items.flat())).not.toContain('Underskriftsblad');
    const plain = meetingWithSignatures();
    plain.template = templateSchema.parse({ ...plain.template, signatures: undefined });
    expect(plain.template.signatures.show).toBe(false);
    expect(texts(buildBlocks(plain, { version: 'internal' }).items.flat())).not.toContain(
      'Underskriftsblad',
    );
  });

  it.runIf(requireTools('soffice', 'pdftotext'))(
    'is a page of its own after the last item, and the contents page numbers stay right',
    async () => {
      const meeting = meetingWithSignatures();
      const without = structuredClone(meeting);
      without.template = {
        ...without.template,
        signatures: { ...without.template.signatures, show: false },
      };
      const [withPages, withoutPages] = renderDocx([
        { name: 'with', bytes: await exportMeetingToDocx(meeting, { version: 'internal' }) },
        { name: 'without', bytes: await exportMeetingToDocx(without, { version: 'internal' }) },
      ]);
      const pages = (withPages ?? []).map(normalise);
      const plain = (withoutPages ?? []).map(normalise);
      // One page more, the last, holding the title and the names and nothing of the items.
      expect(pages).toHaveLength(plain.length + 1);
      const lastPage = pages.at(-1) ?? '';
      expect(lastPage).toMatch(/^Underskriftsblad\b/);
      expect(lastPage).toContain('Anne Hansen (A)');
      expect(lastPage).toContain('Carl Holm (C)');
      expect(lastPage).not.toContain('Kathrine Skastrup');
      // Every page before it, contents list included, is as without the signature
      // page, but for the footer's page count ("Side 2 af 10").
      const uncounted = (page: string) => page.replace(/Side (\d+) af \d+/, 'Side $1');
      expect(pages.slice(0, -1).map(uncounted)).toEqual(plain.map(uncounted));
      expect(lastPage).toContain(`Side ${pages.length} af ${pages.length}`);
    },
  );

  it.runIf(requireTools('pdftotext'))(
    'ends the PDF too, on a page of its own with the names',
    async () => {
      const bytes = await exportMeetingToPdf(
        meetingWithSignatures(),
        { version: 'public' },
        {
          fonts: await loadPdfFonts(),
          now: new Date('2018-01-30T10:00:00Z'),
        },
      );
      const pages = pageTexts(writePdf('signatures', bytes)).filter((page) => page.trim());
      const last = (pages.at(-1) ?? '').replace(/\s+/g, ' ');
      expect(last).toMatch(/^ ?Underskriftsblad /);
      expect(last).toContain('Anne Hansen (A)');
      expect(last).toContain('Carl Holm (C)');
      expect(last).not.toContain('Nr.4');
    },
  );

  it('is left out of the last item when the referat is imported again', async () => {
    const meeting = meetingWithSignatures();
    const html = await wordBytesToHtml(await exportMeetingToDocx(meeting, { version: 'internal' }));
    if (!html.ok) throw new Error(html.error.code);
    expect(html.value.html).toContain('Underskriftsblad');
    const context = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };
    const { meeting: back, report } = recogniseAgenda(html.value.html, meeting.template, context);
    expect(back.items).toHaveLength(meeting.items.length);
    const lastText = JSON.stringify(back.items.at(-1));
    expect(lastText).not.toContain('Underskriftsblad');
    expect(lastText).not.toContain('____');
    expect(report.unplaced.join(' ')).not.toContain('Underskriftsblad');
  });
});
