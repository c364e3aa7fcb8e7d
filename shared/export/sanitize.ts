/**
 * Text cleaning for XML. Word's XML (and every XML parser) refuses C0
 * control characters other than tab/newline/CR, U+FFFE/U+FFFF, and lone
 * surrogates; docx strips only the C0 controls, so a single U+FFFF in a
 * pasted title would make document.xml malformed and LibreOffice refuse the
 * file. Every string that reaches the document passes through here.
 */

// XML 1.0 Char excludes these; \t \n \r are handled by the callers (a tab or
// line break must become a Word element, not a literal character).
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// What xmlSafe may change: a forbidden character or a surrogate (which may be part of a sound pair).
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Makes `text` safe as XML character data: lone surrogates → U+FFFD, forbidden characters removed. */
export function xmlSafe(text: string): string {
  // One native scan for the common case: every text of the referat passes through here.
  if (!MAY_CHANGE.test(text)) return text;
  return toWellFormed(text).replace(NOT_XML_CHAR, '');
}

/** Like `xmlSafe`, for single-line fields (titles, names): line breaks and tabs become spaces. */
export function xmlSafeLine(text: string): string {
  return xmlSafe(text.replace(/[\t\n\r\u2028\u2029]+/g, ' '));
}

/** String.prototype.toWellFormed (ES2024) without relying on the runtime having it. */
function toWellFormed(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    out += text.slice(last, i) + '\uFFFD';
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * A web address with a user name or password before its host
 * (`https://user:password@host`, `https://www.htk.dk@evil.example`): the
 * authority ends at the first `/`, `\\` (read as `/` by browsers), `?` or `#`.
 */
const WEB_USERINFO = /^https?:\/\/[^/\\?#]*@/i;

/**
 * True for URLs the export turns into links: http, https and mailto only (no
 * javascript:, file:, …), and no user name or password in a web address,
 * which would put a credential into a document that gets sent around, or
 * disguise where the link goes. Other links keep their text, unlinked.
 */
export function isSafeLinkUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false;
  const trimmed = url.trim();
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(trimmed) && !WEB_USERINFO.test(trimmed);
}
