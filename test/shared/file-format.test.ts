import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/format/envelope';
import { describeFileProblem } from '../../shared/format/problems';
import { readMeetingFile } from '../../shared/format/read';
import {
  assembleMeetingFile,
  serializeItemForFile,
  serializeMeetingFile,
} from '../../shared/format/write';
import { sampleMeeting } from '../support/meeting-builders';

const context = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000Z' };

function codeOf(text: string): string {
  const result = readMeetingFile(text);
  return result.ok ? 'ok' : result.problem.code;
}

describe('the .referat file format', () => {
  it('round-trips a meeting unchanged', () => {
    const meeting = sampleMeeting();
    const text = serializeMeetingFile(meeting, context);
    const result = readMeetingFile(text);
    expect(result).toMatchObject({
      ok: true,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      migratedFrom: null,
    });
    expect(result.ok && result.meeting).toEqual(meeting);
  });

  it('assembles the file from per-item pieces exactly as serializing it in one go', () => {
    const meeting = sampleMeeting();
    const text = serializeMeetingFile(meeting, context);
    const { items, ...header } = meeting;
    expect(assembleMeetingFile(header, items.map(serializeItemForFile), context)).toBe(text);
    expect(JSON.parse(text)).toEqual({
      format: 'referat',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenBy: { app: 'Referat', version: context.appVersion },
      savedAt: context.savedAt,
      meeting,
    });
    // Pretty-printed around the text, each formatted text on one line.
    const background = JSON.stringify(meeting.items[0]!.sections.baggrund!);
    expect(text).toContain(`\n          "baggrund": ${background}`);
    expect(serializeMeetingFile({ ...meeting, items: [] }, context)).toContain('"items": []');
  });

  it('writes a pretty-printed envelope a person can read', () => {
    const text = serializeMeetingFile(sampleMeeting(), context);
    expect(text.startsWith('{\n  "format": "referat",\n  "schemaVersion": 2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ writtenBy: { app: 'Referat', version: '0.1.0' } });
  });

  it('fills defaults for fields an older or hand-written file leaves out', () => {
    const minimal = {
      format: 'referat',
      schemaVersion: 2,
      meeting: {
        id: 'm',
        body: 'Direktionen',
        date: '2018-01-29',
        startTime: '08:30',
        items: [{ id: 'i', title: 'A' }],
      },
    };
    const result = readMeetingFile(JSON.stringify(minimal));
    if (!result.ok) throw new Error(`did not open: ${result.problem.code}`);
    expect(result.meeting.firstItemNumber).toBe(1);
    expect(result.meeting.items[0]).toMatchObject({
      caseNumber: '',
      closed: false,
      decisions: [],
      attachments: [],
    });
    expect(result.meeting.items[0]?.sections).toEqual({});
    expect(result.meeting.template.id).toBe('direktionen');
  });

  it.each([
    ['empty file', '', 'empty'],
    ['whitespace only', '  \n', 'empty'],
    ['not JSON at all', 'PK\u0003\u0004 this is a zip', 'not-json'],
    [
      'truncated mid-write',
      serializeMeetingFile(sampleMeeting(), context).slice(0, 300),
      'truncated',
    ],
    ['zero-filled tail after a crash', '{"format":"referat"\u0000\u0000\u0000}', 'truncated'],
    ['a JSON array', '[1,2,3]', 'wrong-format'],
    ['another program’s JSON', '{"name":"package","version":"1.0.0"}', 'wrong-format'],
    [
      'a newer schema',
      JSON.stringify({ format: 'referat', schemaVersion: 99, meeting: {} }),
      'newer-version',
    ],
    ['no schema version', JSON.stringify({ format: 'referat', meeting: {} }), 'invalid'],
    [
      'a broken field',
      JSON.stringify({
        format: 'referat',
        schemaVersion: 1,
        meeting: { id: 'm', body: 'x', date: '2018-02-30', startTime: '08:30' },
      }),
      'invalid',
    ],
    [
      'broken rich text',
      JSON.stringify({
        format: 'referat',
        schemaVersion: 2,
        meeting: {
          id: 'm',
          body: 'x',
          date: '2018-01-29',
          startTime: '08:30',
          items: [
            {
              id: 'i',
              title: 't',
              sections: { baggrund: { root: { type: 'root', children: [{ text: 'no type' }] } } },
            },
          ],
        },
      }),
      'invalid',
    ],
    ['too large', `{"format":"referat","pad":"${'x'.repeat(64 * 1024 * 1024)}"}`, 'too-large'],
  ])('refuses %s with a clear reason', (_name, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('accepts a UTF-8 byte order mark added by a text editor', () => {
    expect(codeOf(`\uFEFF${serializeMeetingFile(sampleMeeting(), context)}`)).toBe('ok');
  });

  it('names the field that is wrong', () => {
    const text = JSON.stringify({
      format: 'referat',
      schemaVersion: 1,
      meeting: { id: 'm', body: 'x', date: '2018-02-30', startTime: '08:30' },
    });
    const result = readMeetingFile(text);
    expect(!result.ok && result.problem.detail).toContain('meeting.date');
  });

  it('says in Danish what is wrong and what to do', () => {
    const message = describeFileProblem(
      { code: 'newer-version', foundVersion: 3 },
      'Direktionen.referat',
    );
    expect(message).toContain('«Direktionen.referat»');
    expect(message).toContain('nyere version af Referat');
    expect(message).toContain('Opdatér Referat');
    expect(describeFileProblem({ code: 'truncated' }, 'x.referat')).toContain('sikkerhedskopien');
  });
});

describe('migrations', () => {
  // The real list is empty until schema 2 exists; the pipeline is exercised
  // with a synthetic step so the mechanism is proven before it is needed.
  const renameVenue = (doc: Record<string, unknown>) => {
    const meeting = { ...(doc.meeting as Record<string, unknown>) };
    meeting.venue = meeting.place;
    delete meeting.place;
    return { ...doc, schemaVersion: 2, meeting };
  };
  const v1 = JSON.stringify({
    format: 'referat',
    schemaVersion: 1,
    meeting: { id: 'm', body: 'B', date: '2018-01-29', startTime: '08:30', place: 'Køge' },
  });

  it('migrates forward through numbered steps and reports where it came from', () => {
    const result = readMeetingFile(v1, { 1: renameVenue }, 2);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, meeting: { venue: 'Køge' } });
  });

  it('refuses when a step is missing or throws, instead of guessing', () => {
    expect(readMeetingFile(v1, {}, 2)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    const broken = () => {
      throw new Error('boom');
    };
    expect(readMeetingFile(v1, { 1: broken }, 2)).toMatchObject({
      ok: false,
      problem: { code: 'invalid' },
    });
  });
});
