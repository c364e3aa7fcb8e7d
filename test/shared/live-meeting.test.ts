/**
 * What happens at the meeting, as data: attendance per item, votes with
 * their printed wording and checks, statuses, and what "Nyt møde ud fra
 * dette" carries on.
 */
import { describe, expect, it } from 'vitest';
import {
  absentOnItem,
  attendanceOnItem,
  inhabilOnItem,
  votersOnItem,
} from '../../shared/model/attendance';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
  type Participant,
} from '../../shared/model/meeting';
import { meetingFromThis } from '../../shared/model/meeting-from-this';
import { voteProblem, voteWording, type Vote } from '../../shared/model/vote';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { decisionHeading, headerLines, participantName } from '../../shared/template/render';
import { paragraphs } from '../support/meeting-builders';

function member(name: string, party: string, role = ''): Participant {
  return { ...createParticipant(name, role), party };
}

/** A committee of seven and a secretary, five items. */
function committee(): Meeting {
  const meeting = createMeeting(
    '2021-05-12',
    { body: 'Teknik- og Miljøudvalget', venue: 'Rådhuset', secretaryName: '' },
    builtInTemplate('udvalg'),
  );
  meeting.participants = [
    member('Anne Hansen', 'A', 'formand'),
    member('Bo Jensen', 'V'),
    member('Cecilie Dam', 'F'),
    member('Dan Lund', 'Ø'),
    member('Eva Holm', 'A'),
    member('Finn Berg', 'C'),
    member('Gitte Krog', 'V'),
    member('Kathrine Seier Skastrup', '', 'sekretær'),
  ];
  meeting.items = ['Budget', 'Lokalplan', 'Vejbump', 'Skoler', 'Eventuelt'].map((t) =>
    createAgendaItem(t),
  );
  return meeting;
}

const p = (meeting: Meeting, name: string) => meeting.participants.find((x) => x.name === name)!;
const item = (meeting: Meeting, n: number) => meeting.items[n - 1]!;

describe('attendance per item', () => {
  it('follows members who leave, arrive late, are inhabil or replaced', () => {
    const m = committee();
    p(m, 'Gitte Krog').attendance = 'absent';
    const substitute = { ...member('Hans Vig', 'V'), substituteFor: p(m, 'Gitte Krog').id };
    m.participants.push(substitute);
    item(m, 3).attendance.push({ participantId: p(m, 'Bo Jensen').id, kind: 'left', reason: '' });
    item(m, 2).attendance.push({ participantId: p(m, 'Dan Lund').id, kind: 'arrived', reason: '' });
    item(m, 2).attendance.push({
      participantId: p(m, 'Eva Holm').id,
      kind: 'inhabil',
      reason: 'nær familie til ansøger',
    });
    const absentNames = (n: number) => absentOnItem(m, item(m, n)).map((x) => x.name);
    expect(absentNames(1)).toEqual(['Dan Lund', 'Gitte Krog']);
    expect(absentNames(2)).toEqual(['Gitte Krog']);
    expect(absentNames(3)).toEqual(['Bo Jensen', 'Gitte Krog']);
    expect(absentNames(5)).toEqual(['Bo Jensen', 'Gitte Krog']);
    expect(inhabilOnItem(m, item(m, 2)).map((e) => [e.participant.name, e.reason])).toEqual([
      ['Eva Holm', 'nær familie til ansøger'],
    ]);
    expect(attendanceOnItem(m, 1).find((e) => e.participant.name === 'Eva Holm')?.presence).toBe(
      'inhabil',
    );
    // The secretary does not vote; the substitute does.
    expect(votersOnItem(m, item(m, 2)).map((x) => x.name)).toEqual([
      'Anne Hansen',
      'Bo Jensen',
      'Cecilie Dam',
      'Dan Lund',
      'Finn Berg',
      'Hans Vig',
    ]);
    expect(participantName(substitute, m.template, m.participants)).toBe(
      'Hans Vig (V) (stedfortræder for Gitte Krog)',
    );
    const fravaerende = headerLines(m).find((line) => line.label === 'Fraværende')?.value;
    expect(fravaerende).toBe(
      'Bo Jensen (V) (forlod mødet før behandlingen af punkt 3), Dan Lund (Ø) (ankom under behandlingen af punkt 2)',
    );
  });
});

describe('votes', () => {
  const vote = (patch: Partial<Vote>): Vote => ({
    by: 'parties',
    for: [],
    against: [],
    abstain: [],
    reservations: [],
    counts: { for: 0, against: 0, abstain: 0 },
    wording: '',
    ...patch,
  });

  it('words a vote by party letters, names or counts', () => {
    const m = committee();
    const ids = (...names: string[]) => names.map((n) => p(m, n).id);
    const byParty = vote({
      for: ids('Anne Hansen', 'Eva Holm', 'Cecilie Dam', 'Dan Lund', 'Finn Berg'),
      against: ids('Bo Jensen', 'Gitte Krog'),
    });
    expect(voteWording(byParty, m.participants)).toBe(
      'For stemte 5 (A, C, F, Ø), imod stemte 2 (V).',
    );
    expect(
      voteWording(
        {
          ...byParty,
          for: ids('Anne Hansen', 'Eva Holm', 'Cecilie Dam', 'Dan Lund'),
          abstain: ids('Finn Berg'),
          reservations: ids('Finn Berg'),
        },
        m.participants,
      ),
    ).toBe(
      'For stemte 4 (A, F, Ø), imod stemte 2 (V), 1 undlod at stemme (C). 1 medlem (C) tog forbehold.',
    );
    expect(
      voteWording({ ...byParty, by: 'names', against: ids('Bo Jensen') }, m.participants),
    ).toBe(
      'For stemte Anne Hansen, Eva Holm, Cecilie Dam, Dan Lund og Finn Berg. Imod stemte Bo Jensen.',
    );
    expect(
      voteWording(
        vote({ by: 'counts', counts: { for: 6, against: 0, abstain: 1 } }),
        m.participants,
      ),
    ).toBe('For stemte 6, 1 undlod at stemme.');
  });

  it('lets only members present for the item vote, once each, adding up to those present', () => {
    const m = committee();
    item(m, 1).attendance.push({ participantId: p(m, 'Eva Holm').id, kind: 'inhabil', reason: '' });
    const everyone = m.participants.filter((x) => x.role !== 'sekretær').map((x) => x.id);
    const withoutEva = everyone.filter((id) => id !== p(m, 'Eva Holm').id);
    expect(voteProblem(vote({ for: withoutEva }), m, item(m, 1))).toBeNull();
    expect(voteProblem(vote({ for: everyone }), m, item(m, 1))).toMatch(
      /^Eva Holm kan ikke stemme på dette punkt/,
    );
    expect(voteProblem(vote({ for: withoutEva.slice(1) }), m, item(m, 1))).toMatch(
      /Stemmerne går ikke op: Anne Hansen mangler at stemme/,
    );
    expect(
      voteProblem(vote({ for: withoutEva, against: withoutEva.slice(0, 1) }), m, item(m, 1)),
    ).toMatch(/Anne Hansen har stemt mere end én gang/);
    expect(
      voteProblem(
        vote({ by: 'counts', counts: { for: 5, against: 2, abstain: 0 } }),
        m,
        item(m, 1),
      ),
    ).toBe('Stemmerne går ikke op: 7 i alt, men 6 medlemmer er til stede under punktet.');
  });
});

describe('"Nyt møde ud fra dette"', () => {
  it('carries a postponed item with its earlier decisions fixed to their date, and drops settled ones', () => {
    const m = committee();
    const postponed = item(m, 3);
    postponed.status = 'postponed';
    postponed.decisions.push({ ...createDecision(), text: paragraphs('Udskudt til næste møde.') });
    item(m, 1).status = 'approved';
    item(m, 2).status = 'withdrawn';
    item(m, 4).status = 'noted';
    const next = meetingFromThis(m, '2021-06-09');
    expect(next.items.map((i) => i.title)).toEqual(['Vejbump', 'Eventuelt']);
    const carried = next.items[0]!;
    expect(carried.status).toBe('none');
    expect(carried.decisions).toHaveLength(1);
    expect(decisionHeading(carried.decisions[0]!, next)).toBe(
      'Beslutning i Teknik- og Miljøudvalget den 12. maj 2021:',
    );
    // A decision made at the new meeting follows the new date.
    expect(decisionHeading(createDecision(), next)).toBe(
      'Beslutning i Teknik- og Miljøudvalget den 9. juni 2021:',
    );
  });
});
