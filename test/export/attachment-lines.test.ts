/**
 * How a body lists an item's attachments (bilag): each one's line from the
 * template ("Bilag 2: Tidsplan") as bullets, numbers or plain lines, read
 * back through LibreOffice, and the titles alone again after a Word import.
 */
import { describe, expect, it } from 'vitest';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { Block } from '../../shared/export/blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import { recogniseAgenda } from '../../shared/import/recognise';
import { createId, type Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { normalise, renderDocx } from './libreoffice';

const TITLES = ['Notat om trafiksikkerhed', 'Tidsplan for arbejdet'];

function meetingListing(attachments: TemplateInput['attachments']): Meeting {
  const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
  input.attachments = attachments;
  const meeting = generateMeeting({
    items: 2,
    sectionsPerItem: 1,
    seed: 3,
    template: templateSchema.parse(input),
  });
  for (const item of meeting.items) {
    item.closed = false;
    item.attachments = TITLES.map((title) => ({ id: createId(), title, filePath: null }));
  }
  return meeting;
}

/** The first item's blocks after its «Bilag» heading, up to the next heading. */
function attachmentBlocks(meeting: Meeting): Block[] {
  const [first] = buildBlocks(meeting, { version: 'internal' }).items;
  const blocks = first ?? [];
  const text = (b: Block) =>
    b.kind === 'paragraph' ? b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') : '';
  const at = blocks.findIndex((b) => text(b) === 'Bilag');
  const after = blocks.slice(at + 1);
  const end = after.findIndex((b) => b.kind === 'paragraph' && b.style.startsWith('Heading'));
  return end < 0 ? after : after.slice(0, end);
}

describe('the attachments of an item', () => {
  it('are bullets of their titles unless the template says otherwise', () => {
    const blocks = attachmentBlocks(meetingListing(undefined));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({
      style: 'ListParagraph',
      inlines: [{ text: TITLES[0] }],
      list: { reference: 'referat-bullets' },
    });
  });

  it('follow the template’s line, as plain lines or a numbered list', () => {
    const plain = attachmentBlocks(meetingListing({ line: 'Bilag {nr}: {titel}', list: 'plain' }));
    expect(plain.map((b) => (b.kind === 'paragraph' ? [b.style, b.list] : null))).toEqual([
      ['Normal', undefined],
      ['Normal', undefined],
    ]);
    expect(plain.map((b) => (b.kind === 'paragraph' ? b.inlines[0] : null))).toMatchObject([
      { text: 'Bilag 1: Notat om trafiksikkerhed' },
      { text: 'Bilag 2: Tidsplan for arbejdet' },
    ]);
    const numbers = attachmentBlocks(meetingListing({ line: '{titel}', list: 'numbers' }));
    expect(numbers[0]).toMatchObject({ list: { reference: 'referat-numbers' } });
  });

  it('refuse, in Danish, a placeholder the line has not', () => {
    const input = structuredClone(builtInTemplate('direktionen')) as TemplateInput;
    input.attachments = { line: 'Bilag {sagsnr}', list: 'plain' };
    const result = templateSchema.safeParse(input);
    expect(result.error?.issues[0]?.message).toMatch(
      /^Bilagslinjen bruger den ukendte pladsholder \{sagsnr\}/,
    );
  });

  it.runIf(requireTools('soffice', 'pdftotext'))(
    'print as the template says in Word (read through LibreOffice)',
    async () => {
      const [plain, numbered] = renderDocx([
        {
          name: 'bilag-plain',
          bytes: await exportMeetingToDocx(
            meetingListing({ line: 'Bilag {nr}: {titel}', list: 'plain' }),
            { version: 'internal' },
          ),
        },
        {
          name: 'bilag-numbers',
          bytes: await exportMeetingToDocx(meetingListing({ line: '{titel}', list: 'numbers' }), {
            version: 'internal',
          }),
        },
      ]).map((pages) => normalise((pages ?? []).join('\n')));
      expect(plain).toContain(
        'Bilag Bilag 1: Notat om trafiksikkerhed Bilag 2: Tidsplan for arbejdet',
      );
      expect(plain).not.toContain('• Bilag 1');
      expect(numbered).toContain('Bilag 1. Notat om trafiksikkerhed 2. Tidsplan for arbejdet');
    },
  );

  it('come back as their titles alone from a Word import', async () => {
    const meeting = meetingListing({ line: 'Bilag {nr}: {titel}', list: 'plain' });
    const html = await wordBytesToHtml(await exportMeetingToDocx(meeting, { version: 'internal' }));
    if (!html.ok) throw new Error(html.error.code);
    const context = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };
    const { meeting: back } = recogniseAgenda(html.value.html, meeting.template, context);
    expect(back.items[0]?.attachments.map((a) => a.title)).toEqual(TITLES);
  });
});
