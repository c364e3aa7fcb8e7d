/**
 * A referat exported with a template's own settings and imported again with
 * that template: what the settings print is read back as the meeting's
 * record (meeting fields into their fields; the absent sentence under a
 * decision left out of the decision's text), never as loose text.
 */
import { describe, expect, it } from 'vitest';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { exportMeetingToDocx } from '../../shared/export/index';
import { recogniseAgenda } from '../../shared/import/recognise';
import { createParticipant, type Meeting } from '../../shared/model/meeting';
import { plainTextOf } from '../../shared/model/rich-text';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { templateSchema, type Template, type TemplateInput } from '../../shared/template/schema';
import { sampleMeeting } from '../support/meeting-builders';

const CONTEXT = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };

function byraad(change: (input: TemplateInput) => void = () => {}): Template {
  const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
  change(input);
  return templateSchema.parse(input);
}

/** The sample meeting in `template`, Bo Jensen absent. */
function meetingIn(template: Template): Meeting {
  const meeting = sampleMeeting();
  meeting.template = template;
  meeting.body = 'Kommunalbestyrelsen';
  meeting.participants = [
    createParticipant('Anne Hansen', 'formand'),
    { ...createParticipant('Bo Jensen'), attendance: 'absent' },
  ];
  return meeting;
}

async function exportAndImport(meeting: Meeting) {
  const html = await wordBytesToHtml(await exportMeetingToDocx(meeting, { version: 'internal' }));
  if (!html.ok) throw new Error(html.error.code);
  return { html: html.value.html, ...recogniseAgenda(html.value.html, meeting.template, CONTEXT) };
}

describe('a referat imported with the template it was written in', () => {
  it('reads the meeting fields back from their header lines', async () => {
    const meeting = meetingIn(byraad());
    meeting.fields = { bemaerkninger: 'Bo Jensen deltog ikke i den lukkede del af mødet.' };
    const { meeting: back } = await exportAndImport(meeting);
    expect(back.fields).toEqual(meeting.fields);
  });

  it('leaves the absent sentence under a decision out of the decision’s text', async () => {
    const meeting = meetingIn(
      byraad((input) => {
        input.decision = {
          ...input.decision,
          absentNote: '{navne} var fraværende.',
          absentPlacement: 'after',
        };
      }),
    );
    const { html, meeting: back } = await exportAndImport(meeting);
    // The export did print it: the test reads back what a reader sees.
    expect(html).toContain('Bo Jensen var fraværende.');
    const texts = back.items[0]?.decisions.map((d) => plainTextOf(d.text.root).trim());
    expect(texts).toEqual(['Taget til efterretning.']);
  });
});
