/**
 * A meeting as a secretary sees it mid-meeting, for the screen tests: a
 * council-style committee with party letters, an absentee and a member
 * there for part of the meeting, and an item with two decisions, the newer
 * with a vote by party.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { serializeMeetingFile } from '../../shared/format/write';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
} from '../../shared/model/meeting';
import { paragraphs } from '../support/meeting-builders';
import type { AppSession } from '../support/renderer-harness';

/** Økonomiudvalget, 12-03-2019, with an item decided twice and a vote. */
export function liveMeeting(): Meeting {
  const meeting = createMeeting('2019-03-12', {
    body: 'Økonomiudvalget',
    venue: 'Mødelokale 1, Rådhuset, Bygaden 2, 2630 Taastrup',
    secretaryName: '',
  });
  meeting.startTime = '16:00';
  const people: [string, string, string, string][] = [
    ['Michael Ziegler', 'MZ', 'formand', 'C'],
    ['Jens Hald Jensen', 'JHJ', 'næstformand', 'A'],
    ['Pia Gaarde Nielsen', 'PGN', '', 'V'],
    ['Charlotte Markussen', 'CM', '', 'F'],
    ['Anders Holm Petersen', 'AHP', '', 'O'],
    ['Kathrine Seier Skastrup', 'KSS', 'sekretær', ''],
  ];
  meeting.participants = people.map(([name, initials, role, party]) => ({
    ...createParticipant(name, role),
    initials,
    party,
  }));
  meeting.participants[3]!.attendance = 'absent';
  meeting.participants[4]!.attendance = 'partial';
  meeting.participants[4]!.attendanceNote =
    'Forlod mødet kl. 17.10 under behandlingen af punkt 3 og deltog ikke i resten af mødet';

  const budget = createAgendaItem('Budget 2019 – anlægsbevillinger til skoler og daginstitutioner');
  budget.caseNumber = '18/20511';
  budget.sections.baggrund = paragraphs(
    'Byrådet vedtog budget 2019 den 9. oktober 2018. Anlægsrammen til skoler og daginstitutioner skal nu frigives.',
  );
  budget.sections.indstilling = paragraphs(
    'Direktionen indstiller, at anlægsbevillingen på 12,4 mio. kr. frigives.',
  );
  const earlier = createDecision('Økonomiudvalget', '2019-02-12');
  earlier.text = paragraphs('Udsat til næste møde.');
  const now = createDecision();
  now.text = paragraphs('Indstillingen blev godkendt.');
  const [mz, jhj, pgn, , ahp] = meeting.participants.map((p) => p.id);
  now.vote = {
    by: 'parties',
    for: [mz!, jhj!, ahp!],
    against: [pgn!],
    abstain: [],
    reservations: [],
    counts: { for: 0, against: 0, abstain: 0 },
    wording: 'For stemte 3 (A, C, O), imod stemte 1 (V).',
  };
  budget.decisions.push(earlier, now);
  const second = createAgendaItem('Orientering fra formanden');
  const third = createAgendaItem('Eventuelt');
  meeting.items.push(second, budget, third);
  return meeting;
}

/** Writes `meeting` to the session's folder and opens it as the secretary would. */
export async function openMeeting(
  app: AppSession,
  meeting: Meeting,
  name: string,
): Promise<string> {
  const path = join(app.dataDir, `${name}.referat`);
  await fs.writeFile(
    path,
    serializeMeetingFile(meeting, { appVersion: 'test', savedAt: '2019-03-12T15:00:00Z' }),
  );
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
  await expect.poll(() => app.page.locator('#meeting-title').count()).toBe(1);
  return path;
}
