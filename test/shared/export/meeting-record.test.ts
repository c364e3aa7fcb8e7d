/**
 * The meeting's record in the Word export: absentees, inhabilitet, "Ad 1.",
 * votes, status and times, printed where the template says, and only in
 * decisions made at this meeting.
 */
import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../../shared/export/index';
import { createDecision, createParticipant, type Meeting } from '../../../shared/model/meeting';
import { builtInTemplate } from '../../../shared/template/built-in/index';
import { templateSchema } from '../../../shared/template/schema';
import { generateMeeting } from '../../support/generate-meeting';
import { paragraphs } from '../../support/meeting-builders';
import { documentText, readDocx } from './docx-parts';

function committeeMeeting(): Meeting {
  const template = templateSchema.parse({
    ...builtInTemplate('udvalg'),
    item: { ...builtInTemplate('udvalg')!.item, statusLine: true, recordTimes: true },
  });
  const meeting = generateMeeting({ items: 2, sectionsPerItem: 1, seed: 5, template });
  meeting.body = 'Teknik- og Miljøudvalget';
  meeting.date = '2021-05-12';
  const anne = { ...createParticipant('Anne Hansen', 'formand'), party: 'A' };
  const bo = { ...createParticipant('Bo Jensen'), party: 'V' };
  const eva = { ...createParticipant('Eva Holm'), party: 'A' };
  meeting.participants = [anne, bo, eva];
  const item = meeting.items[0]!;
  item.closed = false;
  item.status = 'approved';
  item.openedAt = '10:05';
  item.closedAt = '10:32';
  item.attendance = [
    { participantId: bo.id, kind: 'away', reason: '' },
    { participantId: eva.id, kind: 'inhabil', reason: 'nær familie til ansøger' },
  ];
  item.decisions = [
    { ...createDecision('Teknik- og Miljøudvalget', '2021-04-14'), text: paragraphs('Udsat.') },
    {
      ...createDecision(),
      point: '1',
      text: paragraphs('Indstillingen godkendt.'),
      vote: {
        by: 'parties',
        for: [anne.id],
        against: [],
        abstain: [],
        reservations: [],
        counts: { for: 0, against: 0, abstain: 0 },
        wording: '',
      },
    },
  ];
  return meeting;
}

describe('the meeting record in the Word export', () => {
  it('prints absentees, inhabilitet, the point, the vote, status and times for this meeting’s decision', async () => {
    const meeting = committeeMeeting();
    const text = documentText(
      readDocx(await exportMeetingToDocx(meeting, { version: 'internal' })),
    );
    const today = text.indexOf('Beslutning i Teknik- og Miljøudvalget den 12. maj 2021:');
    const earlier = text.indexOf('Beslutning i Teknik- og Miljøudvalget den 14. april 2021:');
    expect(today).toBeGreaterThan(0);
    expect(earlier).toBeGreaterThan(today);
    const todays = text.slice(today, earlier);
    expect(todays).toContain('Fraværende: Bo Jensen (V)');
    expect(todays).toContain(
      'Eva Holm (A) deltog ikke i behandlingen af punktet på grund af inhabilitet (nær familie til ansøger).',
    );
    expect(todays).toContain('Ad 1.');
    expect(todays).toContain('For stemte 1 (A).');
    // The decision carried from an earlier meeting gets none of today's record.
    const older = text.slice(earlier, earlier + 200);
    expect(older).not.toContain('Fraværende');
    expect(text).toContain('Status: Godkendt');
    expect(text).toContain('Behandlet kl. 10.05-10.32');
  });
});
