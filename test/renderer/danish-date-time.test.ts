import { describe, expect, it } from 'vitest';
import {
  formatDanishDate,
  formatDanishTime,
  parseDanishDate,
  parseDanishTime,
} from '../../renderer/src/common/danish-date-time';

describe('dates typed Danish style', () => {
  it.each([
    ['29-01-2018', '2018-01-29'],
    ['29.01.2018', '2018-01-29'],
    ['29/1 2018', '2018-01-29'],
    ['5-3-2019', '2019-03-05'],
    ['5-3-19', '2019-03-05'],
    ['29012018', '2018-01-29'],
    [' 29-01-2018 ', '2018-01-29'],
    ['2018-01-29', '2018-01-29'],
    ['29-02-2020', '2020-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseDanishDate(typed)).toBe(iso);
  });

  it.each([
    '',
    '31-02-2019',
    '29-02-2019',
    '00-01-2018',
    '12-13-2018',
    '01/29/2018',
    'i morgen',
    '2018',
  ])('refuses %j', (typed) => {
    expect(parseDanishDate(typed)).toBeNull();
  });

  it('shows ISO dates as dd-mm-åååå', () => {
    expect(formatDanishDate('2018-01-29')).toBe('29-01-2018');
  });
});

describe('times typed Danish style', () => {
  it.each([
    ['09.30', '09:30'],
    ['9.30', '09:30'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['16', '16:00'],
    ['kl. 10.42', '10:42'],
    ['23.59', '23:59'],
  ])('reads %j as %s', (typed, time) => {
    expect(parseDanishTime(typed)).toBe(time);
  });

  it.each(['', '24.00', '9.5', '12.60', '930', 'halv ti', '9:30 PM'])('refuses %j', (typed) => {
    expect(parseDanishTime(typed)).toBeNull();
  });

  it('shows times as tt.mm', () => {
    expect(formatDanishTime('09:30')).toBe('09.30');
  });
});
