/**
 * A template's meeting fields ("Bemærkninger", "Møde nr."): texts written
 * once per meeting that header lines and the title print, checked from the
 * template's rules through the export's blocks and the file format.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { addMeetingField, renameMeetingField } from '../../shared/template/meeting-field-draft';
import { documentTitle, headerLines } from '../../shared/template/render';
import { templateSchema, type TemplateInput } from '../../shared/template/schema';
import { sampleMeeting } from '../support/meeting-builders';

function byraad(change: (input: TemplateInput) => void = () => {}) {
  const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
  change(input);
  return templateSchema.parse(input);
}

const printed = (meeting: ReturnType<typeof sampleMeeting>) =>
  JSON.stringify(buildBlocks(meeting, { version: 'internal' }).opening);

describe('meeting fields', () => {
  it('print in the header line that uses them, and the line is left out while empty', () => {
    const meeting = sampleMeeting();
    meeting.template = byraad();
    expect(headerLines(meeting).map((line) => line.label)).not.toContain('Bemærkninger');
    meeting.fields = { bemaerkninger: '  Bo Jensen deltog ikke i den lukkede del.  ' };
    expect(headerLines(meeting)).toContainEqual({
      label: 'Bemærkninger',
      value: 'Bo Jensen deltog ikke i den lukkede del.',
    });
    expect(printed(meeting)).toContain('Bo Jensen deltog ikke i den lukkede del.');
  });

  it('print in the title, and a value the template has no field for is kept but never printed', () => {
    const meeting = sampleMeeting();
    meeting.template = byraad((input) => {
      input.meetingFields = [...(input.meetingFields ?? []), { id: 'moedenr', label: 'Møde nr.' }];
      input.document.title = '{organ} - Referat[ - møde nr. {moedenr}]';
    });
    meeting.body = 'Kommunalbestyrelsen';
    meeting.fields = { moedenr: '5', gammel: 'FRA EN ANDEN SKABELON' };
    expect(documentTitle(meeting)).toBe('Kommunalbestyrelsen - Referat - møde nr. 5');
    expect(printed(meeting)).not.toContain('FRA EN ANDEN SKABELON');
    // The file keeps it, so switching back to the other template brings it back.
    const text = serializeMeetingFile(meeting, {
      appVersion: 't',
      savedAt: new Date(0).toISOString(),
    });
    const read = readMeetingFile(text);
    expect(read.ok && read.meeting.fields).toEqual(meeting.fields);
  });

  it('read a file without them as none', () => {
    const meeting = sampleMeeting();
    const text = serializeMeetingFile(meeting, {
      appVersion: 't',
      savedAt: new Date(0).toISOString(),
    });
    const json = JSON.parse(text) as { meeting: Record<string, unknown> };
    delete json.meeting.fields;
    const read = readMeetingFile(JSON.stringify(json));
    expect(read.ok && read.meeting.fields).toEqual({});
  });

  it('refuse, in Danish, an id taken by a header placeholder, twice the same id, and an unknown placeholder', () => {
    const problems = (change: (input: TemplateInput) => void) => {
      const input = structuredClone(builtInTemplate('byraad')) as TemplateInput;
      change(input);
      const result = templateSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    const more = (t: TemplateInput, ...fields: { id: string; label: string }[]) =>
      (t.meetingFields = [...(t.meetingFields ?? []), ...fields]);
    expect(problems((t) => more(t, { id: 'dato', label: 'Dato' }))).toEqual([
      'Id «dato» er reserveret; vælg et andet',
    ]);
    expect(
      problems((t) =>
        more(t, { id: 'noter', label: 'Noter' }, { id: 'noter', label: 'Flere noter' }),
      ),
    ).toEqual(['Id «noter» bruges af både mødefeltet «Noter» og «Flere noter»']);
    expect(problems((t) => (t.meetingFields = []))).toEqual([
      expect.stringContaining('{bemaerkninger}'),
    ]);
  });

  it('come from the template editor with a line that prints them, which follows a new field’s name', () => {
    const { template, field } = addMeetingField(byraad(), 'Møde nr.');
    // Not "bemaerkninger" (taken) nor a header placeholder; from the name.
    expect(field.id).toBe('moede-nr');
    expect(template.header.at(-1)).toMatchObject({ label: 'Møde nr.', value: '{moede-nr}' });
    const index = template.meetingFields.length - 1;
    const renamed = renameMeetingField(template, index, 'Mødenummer', true);
    expect(renamed.meetingFields[index]).toMatchObject({ id: 'moedenummer', label: 'Mødenummer' });
    expect(renamed.header.at(-1)).toMatchObject({ label: 'Mødenummer', value: '{moedenummer}' });
    expect(templateSchema.safeParse(renamed).success).toBe(true);
    // A saved field keeps its id (meetings hold values by it); only the name changes.
    const kept = renameMeetingField(renamed, index, 'Møde', false);
    expect(kept.meetingFields[index]).toMatchObject({ id: 'moedenummer', label: 'Møde' });
    expect(kept.header.at(-1)).toMatchObject({ value: '{moedenummer}' });
    // "Dato" would make the id of a header placeholder: it gets another.
    expect(addMeetingField(byraad(), 'Dato').field.id).toBe('dato-2');
  });
});
