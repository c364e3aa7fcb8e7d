import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { createAgendaItem, createDecision, type Meeting } from '../../shared/model/meeting';
import { meetingSchema } from '../../shared/model/schema';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';

const context = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000Z' };

/** Every id of items, decisions, bilag and participants, in file order. */
function allIds(meeting: Meeting): string[] {
  return [
    ...meeting.participants.map((p) => p.id),
    ...meeting.items.flatMap((item) => [
      item.id,
      ...item.decisions.map((d) => d.id),
      ...item.attachments.map((a) => a.id),
    ]),
  ];
}

/** A meeting whose two items (and more) share ids, as a damaged or hand-merged file has them. */
function meetingWithDuplicates(): Meeting {
  const meeting = sampleMeeting();
  const [first, second] = meeting.items as [Meeting['items'][0], Meeting['items'][0]];
  first.sections.sagsfremstilling = paragraphs('Tekst i punkt 1.');
  second.sections.sagsfremstilling = paragraphs('Tekst i punkt 2.');
  second.id = first.id;
  // A decision that shares its id with an item is a duplicate too: one namespace.
  const decision = createDecision('Direktionen', '2018-01-29');
  decision.id = first.id;
  decision.text = paragraphs('Godkendt.');
  second.decisions.push(decision);
  second.attachments.push(
    { id: 'b1', title: 'Bilag A', filePath: null },
    { id: 'b1', title: 'Bilag B', filePath: null },
  );
  const participant = meeting.participants[0];
  if (participant) meeting.participants.push({ ...participant, name: 'Anden deltager' });
  return meeting;
}

describe('ids on read', () => {
  it('repairs duplicate ids with fresh ones, keeps the first, and changes no text', () => {
    const damaged = meetingWithDuplicates();
    const result = readMeetingFile(serializeMeetingFile(damaged, context));
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error('did not open');
    const { meeting, repairs } = result;

    const ids = allIds(meeting);
    expect(new Set(ids).size).toBe(ids.length);
    // The first occurrence of each id keeps it.
    expect(meeting.items[0]?.id).toBe(damaged.items[0]?.id);
    expect(meeting.participants[0]?.id).toBe(damaged.participants[0]?.id);
    expect(meeting.items[1]?.attachments[0]?.id).toBe('b1');
    // Only ids changed: with the ids set back, the meeting is what was written.
    const restored = structuredClone(meeting);
    restored.items[1]!.id = damaged.items[1]!.id;
    restored.items[1]!.decisions[0]!.id = damaged.items[1]!.decisions[0]!.id;
    restored.items[1]!.attachments[1]!.id = 'b1';
    restored.participants[1]!.id = damaged.participants[1]!.id;
    expect(restored).toEqual(damaged);

    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toBe(
      "1 punkt, 1 beslutning, 1 bilag og 1 deltager havde samme id som noget andet i mødet; de har fået nye id'er, og ingen tekst er ændret.",
    );
  });

  it('reports no repairs for a sound file', () => {
    const result = readMeetingFile(serializeMeetingFile(sampleMeeting(), context));
    expect(result.ok && result.repairs).toEqual([]);
  });

  it('never lets a meeting with duplicate ids through validation (IPC, save)', () => {
    const meeting = sampleMeeting();
    const copy = createAgendaItem('Kopi');
    copy.id = meeting.items[0]!.id;
    meeting.items.push(copy);
    const result = meetingSchema.safeParse(meeting);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['items', 2, 'id']);
  });
});
