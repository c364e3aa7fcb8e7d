import { describe, expect, it } from 'vitest';
import {
  formatDateDashed,
  itemNumber,
  secretaryOf,
  suggestedFileName,
} from '../../shared/model/derived';
import { decisionsNewestFirst } from '../../shared/model/decisions';
import { createDecision, createMeeting, createParticipant } from '../../shared/model/meeting';
import { DEFAULT_TEMPLATE } from '../../shared/template/built-in/index';
import {
  decisionHeading,
  documentTitle,
  headerLines,
  participantName,
} from '../../shared/template/render';

const direktion = { body: 'Direktionen', date: '2018-01-29', template: DEFAULT_TEMPLATE };

const meetingOn = (date: string, startTime: string, endTime: string | null) => ({
  ...createMeeting(date, { body: 'Direktionen', venue: '', secretaryName: '' }),
  startTime,
  endTime,
});

describe('derived values', () => {
  it('formats dates as the seed does', () => {
    expect(formatDateDashed('2018-01-29')).toBe('29-01-2018');
    expect(headerLines(meetingOn('2018-01-29', '08:30', null))[0]).toEqual({
      label: 'Mødedato',
      value: 'Mandag d. 29. januar 2018 kl. 08:30',
    });
    expect(headerLines(meetingOn('2024-02-29', '13:00', '15:30'))[0]?.value).toBe(
      'Torsdag d. 29. februar 2024 kl. 13:00-15:30',
    );
  });

  it('numbers items from the meeting’s first number', () => {
    expect(itemNumber({ firstItemNumber: 1 }, 0)).toBe(1);
    expect(itemNumber({ firstItemNumber: 49 }, 9)).toBe(58);
  });

  it('labels decisions and orders them newest first, the later-added first within a day', () => {
    const old = createDecision('Direktionen', '2018-01-22');
    const newer = createDecision('Direktionen', '2018-01-29');
    const sameDay = createDecision('Direktionen', '2018-01-29');
    expect(decisionHeading(newer, direktion)).toBe('Beslutning Direktionen den 29-01-2018');
    expect(decisionHeading({ body: ' ', date: '2018-01-29' }, direktion)).toBe(
      'Beslutning den 29-01-2018',
    );
    expect(decisionsNewestFirst({ decisions: [old, newer, sameDay] }, direktion)).toEqual([
      sameDay,
      newer,
      old,
    ]);
    expect(decisionsNewestFirst({ decisions: [newer, old, sameDay] }, direktion)).toEqual([
      sameDay,
      newer,
      old,
    ]);
  });

  it('builds headings, participant labels and file names', () => {
    expect(documentTitle(meetingOn('2018-01-29', '08:30', null))).toBe(
      'REFERAT Direktionen d. 29-01-2018',
    );
    expect(
      participantName(createParticipant('Kathrine Seier Skastrup', 'sekretær'), DEFAULT_TEMPLATE),
    ).toBe('Kathrine Seier Skastrup (sekretær)');
    const participants = [createParticipant('Lars Holte'), createParticipant('K', 'Sekretær')];
    expect(secretaryOf({ participants })?.name).toBe('K');
    expect(suggestedFileName({ body: 'Udvalg: Børn/Unge?', date: '2018-01-29' })).toBe(
      'Udvalg BørnUnge 2018-01-29.referat',
    );
    expect(suggestedFileName({ body: '  ', date: '2018-01-29' })).toBe('Møde 2018-01-29.referat');
  });
});
