/**
 * The line some bodies end the referat with ("Mødet hævet kl. 17:30."):
 * after the last item and before a signature page, left out while the
 * meeting has no end time, never in a dagsorden; read back through
 * LibreOffice, and taken out of the last item's text again by the Word
 * import, which reads the end time from it.
 */
import { describe, expect, it } from 'vitest';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { Block } from '../../shared/export/blocks';
import { exportMeetingToDocx } from '../../shared/export/index';
import { recogniseAgenda } from '../../shared/import/recognise';
import { agendaOf } from '../../shared/model/agenda';
import type { Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { closingLine } from '../../shared/template/render';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { requireTools } from '../support/require-tool';
import { normalise, renderDocx } from './libreoffice';

const CLOSING = '[Mødet hævet kl. {slut}.]';

function meetingWithClosing(signatures = false): Meeting {
  const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
  input.document = { ...input.document, closing: CLOSING };
  input.signatures = { show: signatures, title: 'Underskriftsblad', who: 'present' };
  const meeting = generateMeeting({
    items: 3,
    sectionsPerItem: 1,
    seed: 5,
    template: templateSchema.parse(input),
  });
  meeting.endTime = '17:30';
  return meeting;
}

const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('')]
      : [],
  );

describe('the closing line', () => {
  it('ends the last item, before the signature page; none without an end time or in a dagsorden', () => {
    const meeting = meetingWithClosing(true);
    expect(closingLine(meeting)).toBe('Mødet hævet kl. 17:30.');
    const last = texts(buildBlocks(meeting, { version: 'internal' }).items.at(-1) ?? []);
    const at = last.indexOf('Mødet hævet kl. 17:30.');
    expect(at).toBeGreaterThan(0);
    expect(last.indexOf('Underskriftsblad')).toBe(at + 1);
    expect(texts(buildBlocks(meeting, { version: 'public' }).items.flat())).toContain(
      'Mødet hævet kl. 17:30.',
    );
    // Only the last item has it.
    for (const item of buildBlocks(meeting, { version: 'internal' }).items.slice(0, -1)) {
      expect(texts(item).some((t) => t.startsWith('Mødet hævet'))).toBe(false);
    }
    const running = structuredClone(meeting);
    running.endTime = null;
    expect(closingLine(running)).toBe('');
    expect(
      texts(buildBlocks(running, { version: 'internal' }).items.flat()).some((t) =>
        t.startsWith('Mødet hævet'),
      ),
    ).toBe(false);
    expect(
      texts(buildBlocks(agendaOf(meeting), { version: 'internal' }).items.flat()).some((t) =>
        t.startsWith('Mødet hævet'),
      ),
    ).toBe(false);
  });

  it('is refused, in Danish, with a placeholder a meeting has not', () => {
    const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
    input.document = { ...input.document, closing: 'Mødet hævet efter punkt {nr}.' };
    const result = templateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^Slutlinjen bruger den ukendte pladsholder \{nr\}/,
    );
  });

  it.runIf(requireTools('soffice', 'pdftotext'))(
    'is the last text of the referat in Word (read through LibreOffice)',
    async () => {
      const meeting = meetingWithClosing();
      const [pages] = renderDocx([
        { name: 'closing', bytes: await exportMeetingToDocx(meeting, { version: 'internal' }) },
      ]);
      const last = normalise((pages ?? []).at(-1) ?? '');
      expect(last).toMatch(/Mødet hævet kl\. 17:30\. Side \d+ af \d+$/);
    },
  );

  it('is taken out of the last item by the Word import, which reads the end time from it', async () => {
    const meeting = meetingWithClosing();
    const html = await wordBytesToHtml(await exportMeetingToDocx(meeting, { version: 'internal' }));
    if (!html.ok) throw new Error(html.error.code);
    expect(html.value.html).toContain('Mødet hævet kl. 17:30.');
    const context = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };
    const { meeting: back } = recogniseAgenda(html.value.html, meeting.template, context);
    expect(back.items).toHaveLength(meeting.items.length);
    expect(JSON.stringify(back.items.at(-1))).not.toContain('Mødet hævet');
    expect(back.endTime).toBe('17:30');
  });
});
