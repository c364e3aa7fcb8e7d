import { xmlSafe } from '../sanitize';

/**
 * Escaping for the WordprocessingML the body writer produces as text.
 *
 * The blocks' text has already been through sanitize.ts, but this is the
 * last step before the bytes, so it cleans again: one stray U+FFFF or lone
 * surrogate makes document.xml malformed and LibreOffice refuse the whole
 * file. The check is one regular-expression test per string, so clean text
 * (nearly all of it) costs almost nothing.
 */

// The characters that need work: markup, and what XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE/F).
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const MARKUP = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `text` as XML character data or a double-quoted attribute value: `& < > "`
 * as entities, characters XML forbids removed, lone surrogates → U+FFFD.
 * (`'` needs no escape: attributes are always written in double quotes.)
 */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlSafe(text).replace(MARKUP, (c) => ENTITY[c] ?? c);
}
