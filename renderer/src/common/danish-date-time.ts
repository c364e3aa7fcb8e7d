/**
 * Dates and times typed the Danish way, in plain text fields: the browser's
 * own <input type="date|time"> follows the locale data Chromium ships, and a
 * Chromium with only English data shows 01/29/2018 and 09:00 AM (see
 * TECH-NOTES.md). The model keeps ISO forms ("2018-01-29", "09:00").
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2018-01-29" → "29-01-2018"; anything else is returned as it is. */
export function formatDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** "09:30" → "09.30"; anything else is returned as it is. */
export function formatDanishTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? `${match[1]}.${match[2]}` : time;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * A typed date as ISO, or null when it is not a real date. Accepts
 * 29-01-2018, 29.1.2018, 29/1 2018, 29-01-18 (this century), 29012018 and
 * the ISO form 2018-01-29 (pasted from elsewhere).
 */
export function parseDanishDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  const parts = compact ?? /^(\d{1,2})[-./ ](\d{1,2})[-./ ]\s*(\d{2}|\d{4})$/.exec(value);
  if (!parts) return null;
  const year = parts[3]!.length === 2 ? 2000 + Number(parts[3]) : Number(parts[3]);
  return isoDate(year, Number(parts[2]), Number(parts[1]));
}

/**
 * A typed time as "tt:mm", or null. Accepts 9.30, 09.30, 09:30, 0930 and
 * a bare hour (9 → 09:00), as minutes are often typed without a separator.
 */
export function parseDanishTime(text: string): string | null {
  const value = text.trim().replace(/^kl\.?\s*/i, '');
  const match =
    /^(\d{1,2})[.:](\d{2})$/.exec(value) ??
    /^(\d{2})(\d{2})$/.exec(value) ??
    /^(\d{1,2})()$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] ? Number(match[2]) : 0;
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** The message under a date field that does not hold a date. */
export const DATE_HINT = 'Skriv datoen som dd-mm-åååå, fx 29-01-2018.';
/** The message under a time field that does not hold a time. */
export const TIME_HINT = 'Skriv tidspunktet som tt.mm, fx 09.30.';
