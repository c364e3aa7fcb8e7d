/**
 * Protokolbemærkninger as a reader of the referat sees them: in Word
 * (through LibreOffice and pdftotext) and in the PDF, under the decision
 * after its vote, in each template's words; and read back into notes when
 * the Word file is imported again.
 */
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../electron/main/export/pdf-fonts';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { exportMeetingToDocx } from '../../shared/export/index';
import { exportMeetingToPdf } from '../../shared/export/pdf/index';
import { recogniseAgenda } from '../../shared/import/recognise';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  createProtocolNote,
  type Meeting,
} from '../../shared/model/meeting';
import { plainTextOf } from '../../shared/model/rich-text';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { paragraphs } from '../support/meeting-builders';
import { requireTools } from '../support/require-tool';
import { normalise, renderDocx } from './libreoffice';
import { pageTexts, writePdf } from './pdf-inspect';

/** A committee meeting in `templateId` whose item has a decision with a vote and two notes. */
function meetingWithNotes(templateId: string): Meeting {
  const meeting = createMeeting(
    '2021-05-12',
    { body: 'Teknik- og Miljøudvalget', venue: 'Rådhuset', secretaryName: '' },
    builtInTemplate(templateId),
  );
  meeting.participants = [
    { ...createParticipant('Anne Hansen', 'formand'), party: 'A' },
    { ...createParticipant('Per Holm'), party: 'Ø' },
    { ...createParticipant('Carl Berg'), party: 'V' },
  ];
  const item = createAgendaItem('Ny cykelsti langs Ringvejen');
  item.sections.indstilling = paragraphs('Forvaltningen indstiller, at anlægsbevillingen gives.');
  const decision = createDecision();
  decision.text = paragraphs('Indstillingen blev godkendt.');
  decision.vote = {
    by: 'counts',
    for: [],
    against: [],
    abstain: [],
    reservations: [],
    counts: { for: 2, against: 1, abstain: 0 },
    wording: 'For stemte 2, imod stemte 1 (Ø).',
  };
  decision.protocolNotes = [
    {
      ...createProtocolNote(),
      byText: 'Enhedslisten',
      text: 'Vi kan ikke støtte, at pengene tages fra vejvedligeholdelsen.\nVi foreslår en anden finansiering.',
    },
    {
      ...createProtocolNote([meeting.participants[2]!.id]),
      text: 'Jeg ønsker en ny vurdering af trafiksikkerheden.',
    },
  ];
  item.decisions.push(decision);
  meeting.items.push(item, createAgendaItem('Eventuelt'));
  return meeting;
}

/** The lines a reader sees from the decision's text on. */
const DECISION_INLINE = [
  'Indstillingen blev godkendt\\.',
  'For stemte 2, imod stemte 1 \\(Ø\\)\\.',
  'Protokolbemærkning fra Enhedslisten: Vi kan ikke støtte, at pengene tages fra vejvedligeholdelsen\\.',
  'Vi foreslår en anden finansiering\\.',
  'Protokolbemærkning fra Carl Berg \\(V\\): Jeg ønsker en ny vurdering af trafiksikkerheden\\.',
];

describe('protokolbemærkninger as printed', () => {
  it.runIf(requireTools('soffice', 'pdftotext'))(
    'in Word, under the decision after the vote: on the words’ line (Fagudvalg), or under them (Byråd)',
    async () => {
      const committee = meetingWithNotes('udvalg');
      const council = meetingWithNotes('byraad');
      const [udvalg, byraad] = renderDocx([
        {
          name: 'notes-udvalg',
          bytes: await exportMeetingToDocx(committee, { version: 'internal' }),
        },
        { name: 'notes-byraad', bytes: await exportMeetingToDocx(council, { version: 'public' }) },
      ]);
      const udvalgText = normalise((udvalg ?? []).join('\n'));
      expect(udvalgText).toMatch(new RegExp(DECISION_INLINE.join('\\s+')));
      // Fagudvalg's «Fraværende:» line heads the decision, the notes end it.
      expect(udvalgText).toMatch(/Fraværende:[^]*Indstillingen blev godkendt/);
      const byraadText = normalise((byraad ?? []).join('\n'));
      expect(byraadText).toMatch(
        new RegExp(
          [
            'For stemte 2, imod stemte 1 \\(Ø\\)\\.',
            'Protokolbemærkning fra Enhedslisten:',
            'Vi kan ikke støtte, at pengene tages fra vejvedligeholdelsen\\.',
            'Vi foreslår en anden finansiering\\.',
            'Protokolbemærkning fra Carl Berg \\(V\\):',
            'Jeg ønsker en ny vurdering af trafiksikkerheden\\.',
          ].join('\\s+'),
        ),
      );
    },
  );

  it.runIf(requireTools('pdftotext'))('in the PDF, in the same place', async () => {
    const bytes = await exportMeetingToPdf(
      meetingWithNotes('udvalg'),
      { version: 'internal' },
      { fonts: await loadPdfFonts(), now: new Date('2021-05-13T10:00:00Z') },
    );
    const text = pageTexts(writePdf('protocol-notes', bytes)).join('\n').replace(/\s+/g, ' ');
    expect(text).toMatch(new RegExp(DECISION_INLINE.join('\\s+')));
  });

  it('are read back into notes, not decision text, when the Word file is imported', async () => {
    for (const templateId of ['udvalg', 'byraad']) {
      const meeting = meetingWithNotes(templateId);
      const html = await wordBytesToHtml(
        await exportMeetingToDocx(meeting, { version: 'internal' }),
      );
      if (!html.ok) throw new Error(html.error.code);
      const context = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };
      const { meeting: back } = recogniseAgenda(html.value.html, meeting.template, context);
      const [decision] = back.items[0]!.decisions;
      expect(decision && plainTextOf(decision.text.root).trim(), templateId).toBe(
        'Indstillingen blev godkendt.\nFor stemte 2, imod stemte 1 (Ø).',
      );
      expect(
        decision?.protocolNotes.map(({ by, byText, text }) => ({ by, byText, text })),
        templateId,
      ).toEqual([
        {
          by: [],
          byText: 'Enhedslisten',
          text: 'Vi kan ikke støtte, at pengene tages fra vejvedligeholdelsen.\nVi foreslår en anden finansiering.',
        },
        // A member's name is kept as printed: it prints the same again.
        {
          by: [],
          byText: 'Carl Berg (V)',
          text: 'Jeg ønsker en ny vurdering af trafiksikkerheden.',
        },
      ]);
    }
  });
});
