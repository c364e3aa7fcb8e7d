/**
 * Protokolbemærkninger in the file format and the template: read leniently
 * (an older file has none), held to the shared limits on open and save,
 * their ids repaired with the others', the template's wording validated in
 * Danish, and printed in it under the decision after the vote.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import type { Block } from '../../shared/export/blocks';
import { LIMITS } from '../../shared/format/limits';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { meetingFromThis } from '../../shared/model/meeting-from-this';
import {
  createDecision,
  createParticipant,
  createProtocolNote,
  type Meeting,
  type ProtocolNote,
} from '../../shared/model/meeting';
import { agendaItemSchema } from '../../shared/model/schema';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { danishIssue } from '../../shared/template/messages';
import { protocolNoteParagraphs } from '../../shared/template/render';
import { templateProblems, templateSchema, type Template } from '../../shared/template/schema';
import { sampleMeeting } from '../support/meeting-builders';

const context = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000Z' };

/** The sample meeting with members and a note on its decision. */
function meetingWithNote(note: Partial<ProtocolNote> = {}): Meeting {
  const meeting = sampleMeeting();
  meeting.participants = [
    { ...createParticipant('Anne Hansen'), party: 'Ø' },
    { ...createParticipant('Bo Jensen'), party: 'Ø' },
    createParticipant('Kathrine', 'sekretær'),
  ];
  const decision = meeting.items[0]!.decisions[0]!;
  decision.protocolNotes.push({
    ...createProtocolNote(),
    byText: 'Enhedslisten',
    text: 'Vi kan ikke støtte forslaget.',
    ...note,
  });
  return meeting;
}

function withTemplate(meeting: Meeting, decision: Partial<Template['decision']>): Meeting {
  return {
    ...meeting,
    template: { ...meeting.template, decision: { ...meeting.template.decision, ...decision } },
  };
}

/** The meeting file's JSON, changed by `edit`, as text again. */
function editedFile(meeting: Meeting, edit: (json: { meeting: Meeting }) => void): string {
  const json = JSON.parse(serializeMeetingFile(meeting, context)) as { meeting: Meeting };
  edit(json);
  return JSON.stringify(json);
}

const textOf = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')]
      : [],
  );

describe('protokolbemærkninger in the file', () => {
  it('round-trip: who (members and free text) and the statement with its lines', () => {
    const meeting = meetingWithNote({ text: 'Første linje.\nAnden linje.' });
    const anne = meeting.participants[0]!.id;
    meeting.items[0]!.decisions[0]!.protocolNotes[0]!.by = [anne];
    const read = readMeetingFile(serializeMeetingFile(meeting, context));
    expect(read.ok && read.meeting).toEqual(meeting);
    expect(read.ok && read.repairs).toEqual([]);
  });

  it('are read as none from a file without them, and a note missing its fields gets the defaults', () => {
    const text = editedFile(meetingWithNote(), (json) => {
      const [first, second] = [
        structuredClone(json.meeting.items[0]!.decisions[0]!),
        createDecision(),
      ];
      delete (first as Partial<typeof first>).protocolNotes;
      second.id = 'd2';
      (second as { protocolNotes: unknown[] }).protocolNotes = [{ id: 'n1' }];
      json.meeting.items[0]!.decisions = [first, second];
    });
    const read = readMeetingFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const [first, second] = read.meeting.items[0]!.decisions;
    expect(first?.protocolNotes).toEqual([]);
    expect(second?.protocolNotes).toEqual([{ id: 'n1', by: [], byText: '', text: '' }]);
  });

  it('are held to the shared limits when opening and when saving', () => {
    const many = meetingWithNote();
    const decision = many.items[0]!.decisions[0]!;
    decision.protocolNotes = Array.from(
      { length: LIMITS.protocolNotesPerDecision + 1 },
      (_, i) => ({
        ...createProtocolNote(),
        id: `n${i}`,
      }),
    );
    const opened = readMeetingFile(serializeMeetingFile(many, context));
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.problem).toMatchObject({
      code: 'invalid',
      detail: expect.stringContaining(
        `Højst ${LIMITS.protocolNotesPerDecision} protokolbemærkninger pr. beslutning`,
      ) as string,
    });
    // Saving validates each item with the same schema: what opens is what saves.
    expect(agendaItemSchema.safeParse(many.items[0]).success).toBe(false);
    decision.protocolNotes = decision.protocolNotes.slice(0, LIMITS.protocolNotesPerDecision);
    expect(agendaItemSchema.safeParse(many.items[0]).success).toBe(true);

    const long = meetingWithNote({ text: 'ø'.repeat(LIMITS.protocolNoteChars + 1) });
    const refused = readMeetingFile(serializeMeetingFile(long, context));
    expect(!refused.ok && refused.problem).toMatchObject({
      detail: expect.stringContaining(
        `En protokolbemærkning må højst have ${LIMITS.protocolNoteChars} tegn`,
      ) as string,
    });
    expect(agendaItemSchema.safeParse(long.items[0]).success).toBe(false);
  });

  it('share the meeting’s one id namespace: a duplicate is repaired on read, no text changed', () => {
    const meeting = meetingWithNote();
    const decision = meeting.items[0]!.decisions[0]!;
    const [note] = decision.protocolNotes;
    // One note with the decision's own id, and two notes with one id.
    note!.id = decision.id;
    decision.protocolNotes.push(
      { ...createProtocolNote(), id: 'same', text: 'A' },
      { ...createProtocolNote(), id: 'same', text: 'B' },
    );
    const read = readMeetingFile(serializeMeetingFile(meeting, context));
    if (!read.ok) throw new Error('did not open');
    const notes = read.meeting.items[0]!.decisions[0]!.protocolNotes;
    const ids = [decision.id, ...notes.map((n) => n.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(notes[1]?.id).toBe('same');
    expect(notes.map((n) => n.text)).toEqual(['Vi kan ikke støtte forslaget.', 'A', 'B']);
    expect(read.repairs).toEqual([
      "2 protokolbemærkninger havde samme id som noget andet i mødet; de har fået nye id'er, og ingen tekst er ændret.",
    ]);
  });

  it('carried to the next meeting with their decision still name their members', () => {
    const meeting = meetingWithNote();
    meeting.items[0]!.status = 'postponed';
    const note = meeting.items[0]!.decisions[0]!.protocolNotes[0]!;
    note.by = [meeting.participants[1]!.id];
    const next = meetingFromThis(meeting, '2018-02-05');
    const carried = next.items[0]!.decisions[0]!.protocolNotes[0]!;
    expect(carried.id).not.toBe(note.id);
    expect(carried.by).toEqual([next.participants[1]!.id]);
    expect(protocolNoteParagraphs(carried, next)).toEqual(protocolNoteParagraphs(note, meeting));
  });
});

describe('the template’s wording of a protokolbemærkning', () => {
  it('is checked like the other patterns, in Danish', () => {
    const input = structuredClone(builtInTemplate('udvalg')) as Template;
    input.decision.protocolNote = 'Bemærkning fra {navn}:';
    const bad = templateSchema.safeParse(input, { error: danishIssue });
    expect(!bad.success && templateProblems(bad.error)).toEqual([
      'beslutning › protocolNote: Protokolbemærkningen bruger den ukendte pladsholder {navn}. Mulige: {navne}',
    ]);
    const layout = {
      ...input,
      decision: { ...input.decision, protocolNote: '', protocolNoteLayout: 'under' },
    };
    const wrong = templateSchema.safeParse(layout, { error: danishIssue });
    expect(!wrong.success && templateProblems(wrong.error)).toEqual([
      'beslutning › protocolNoteLayout: protocolNoteLayout skal være "inline" eller "below"',
    ]);
  });

  it('has a default for a template written before it, and each built-in template sets its own', () => {
    const input = structuredClone(builtInTemplate('direktionen')) as Partial<Template>;
    const decision = { ...input.decision } as Partial<Template['decision']>;
    delete decision.protocolNote;
    delete decision.protocolNoteLayout;
    const parsed = templateSchema.parse({ ...input, decision });
    expect(parsed.decision).toMatchObject({
      protocolNote: 'Protokolbemærkning[ fra {navne}]:',
      protocolNoteLayout: 'inline',
    });
    expect(
      ['direktionen', 'udvalg', 'byraad', 'internt'].map((id) => {
        const { protocolNote, protocolNoteLayout } = builtInTemplate(id)!.decision;
        return [id, protocolNote, protocolNoteLayout];
      }),
    ).toEqual([
      ['direktionen', 'Protokolbemærkning[ fra {navne}]:', 'inline'],
      ['udvalg', 'Protokolbemærkning[ fra {navne}]:', 'inline'],
      ['byraad', 'Protokolbemærkning[ fra {navne}]:', 'below'],
      ['internt', 'Bemærkning til referatet[ fra {navne}]:', 'inline'],
    ]);
  });

  it('names the members picked as participants print, then the free text, joined the Danish way', () => {
    const meeting = withTemplate(meetingWithNote(), {});
    meeting.template = { ...meeting.template, participant: '{navn}[ ({parti})]' };
    const [anne, bo] = meeting.participants;
    const note = { by: [anne!.id, bo!.id], byText: 'Enhedslisten', text: 'Vi stemmer imod.' };
    expect(protocolNoteParagraphs(note, meeting)).toEqual([
      'Protokolbemærkning fra Anne Hansen (Ø), Bo Jensen (Ø) og Enhedslisten: Vi stemmer imod.',
    ]);
    // A member no longer in the meeting is left out; nobody at all leaves the optional part out.
    expect(protocolNoteParagraphs({ ...note, by: ['gone'], byText: '' }, meeting)).toEqual([
      'Protokolbemærkning: Vi stemmer imod.',
    ]);
    const sentence = withTemplate(meeting, {
      protocolNote: '{navne} ønskede følgende tilført protokollen:',
      protocolNoteLayout: 'below',
    });
    expect(
      protocolNoteParagraphs(
        { by: [anne!.id], byText: '', text: 'Første.\n\n  Anden.  ' },
        sentence,
      ),
    ).toEqual(['Anne Hansen (Ø) ønskede følgende tilført protokollen:', 'Første.', 'Anden.']);
    // Without a statement there is nothing to enter; without words, the statement alone.
    expect(protocolNoteParagraphs({ ...note, text: '  \n ' }, meeting)).toEqual([]);
    expect(protocolNoteParagraphs(note, withTemplate(meeting, { protocolNote: '' }))).toEqual([
      'Vi stemmer imod.',
    ]);
  });
});

describe('protokolbemærkninger in the export', () => {
  it('follow the decision, its vote and an absent line under it; the public version prints them too', () => {
    let meeting = meetingWithNote({ text: 'Vi kan ikke støtte forslaget.\nDet er for dyrt.' });
    meeting = withTemplate(meeting, { absentLine: 'always', absentPlacement: 'after' });
    const decision = meeting.items[0]!.decisions[0]!;
    decision.vote = {
      by: 'counts',
      for: [],
      against: [],
      abstain: [],
      reservations: [],
      counts: { for: 5, against: 2, abstain: 0 },
      wording: 'For stemte 5, imod stemte 2.',
    };
    decision.protocolNotes.push({
      ...createProtocolNote([meeting.participants[0]!.id]),
      text: 'Jeg tager forbehold.',
    });
    for (const version of ['internal', 'public'] as const) {
      const lines = textOf(buildBlocks(meeting, { version }).items[0] ?? []);
      const at = lines.indexOf('Taget til efterretning.');
      expect(lines.slice(at, at + 6), version).toEqual([
        'Taget til efterretning.',
        'For stemte 5, imod stemte 2.',
        'Fraværende:',
        'Protokolbemærkning fra Enhedslisten: Vi kan ikke støtte forslaget.',
        'Det er for dyrt.',
        'Protokolbemærkning fra Anne Hansen: Jeg tager forbehold.',
      ]);
    }
  });

  it('are left out with the rest of a closed item’s decision where the public version hides it', () => {
    const meeting = meetingWithNote();
    meeting.items[0]!.closed = true;
    const all = (version: 'internal' | 'public') =>
      buildBlocks(meeting, { version }).items.flatMap(textOf).join('\n');
    expect(all('internal')).toContain('Protokolbemærkning fra Enhedslisten');
    expect(all('public')).not.toContain('Protokolbemærkning');
    // The closed item is there in the public version (its case number), just not its decision.
    expect(all('public')).toContain('16/13808');
  });
});
