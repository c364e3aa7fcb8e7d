/**
 * Values derived from a meeting and never stored: item numbers, labels,
 * dates as Danish readers expect them. The editor and the Word export both
 * use these, so the screen and the document always agree.
 */
import type { Meeting, Participant } from './meeting';

const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
/** Danish month names, lower case, January first. */
export const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function parseIsoDate(isoDate: string): { y: number; m: number; d: number } {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return { y, m, d };
}

/** "2018-01-29" → "29-01-2018", the form used in headings and decision labels. */
export function formatDateDashed(isoDate: string): string {
  const { y, m, d } = parseIsoDate(isoDate);
  return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
}

/** "2018-01-29" → "29. januar 2018". */
export function formatDateLong(isoDate: string): string {
  const { y, m, d } = parseIsoDate(isoDate);
  return `${d}. ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** "2018-01-29" → "Mandag". */
export function weekdayOf(isoDate: string): string {
  const { y, m, d } = parseIsoDate(isoDate);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
}

/** The printed number of the item at `index` (0-based position in the agenda). */
export function itemNumber(meeting: Pick<Meeting, 'firstItemNumber'>, index: number): number {
  return meeting.firstItemNumber + index;
}

/** A short title for window bars and lists: "Direktionen 29-01-2018". */
export function meetingTitle(meeting: Pick<Meeting, 'body' | 'date'>): string {
  const body = meeting.body.trim() || 'Møde';
  return `${body} ${formatDateDashed(meeting.date)}`;
}

/** A file name to suggest when saving: "Direktionen 2018-01-29.referat", without characters Windows forbids. */
export function suggestedFileName(meeting: Pick<Meeting, 'body' | 'date'>): string {
  const body = Array.from(meeting.body.trim())
    .filter((char) => !'<>:"/\\|?*'.includes(char) && char.charCodeAt(0) >= 0x20)
    .join('')
    .trim();
  return `${body || 'Møde'} ${meeting.date}.referat`;
}

/** The secretary: the first participant whose role is "sekretær". */
export function secretaryOf(meeting: Pick<Meeting, 'participants'>): Participant | undefined {
  return meeting.participants.find((p) => p.role.trim().toLowerCase() === 'sekretær');
}
