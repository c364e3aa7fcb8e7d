/**
 * Dates typed Danish style. Debian's Chromium shows `<input type="date">`
 * in US form whatever the locale, so dates are text fields read as
 * dd-mm-åååå (also with . or /) or the file format's åååå-mm-dd.
 */

/** "22-01-2018", "22.1.2018", "22/01/2018" or "2018-01-22" → "2018-01-22"; null when it is no real date. */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [d, m, y] = danish
    ? [danish[1], danish[2], danish[3]].map(Number)
    : iso
      ? [iso[3], iso[2], iso[1]].map(Number)
      : [];
  if (d === undefined || m === undefined || y === undefined) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
