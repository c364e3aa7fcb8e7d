/** Link targets the editor accepts: web pages and e-mail addresses, never `javascript:` or `file:`. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * True for an absolute http, https or mailto URL without a user name or
 * password: `https://user:password@host` would carry a credential into the
 * file and the Word document, and `https://www.htk.dk@evil.example` hides
 * where the link really goes. Such links keep their text, unlinked.
 */
export function isAllowedUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return ALLOWED_PROTOCOLS.has(parsed.protocol) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * What the secretary typed in the link box, made into a URL: "www.htk.dk"
 * becomes "https://www.htk.dk", "navn@htk.dk" becomes "mailto:navn@htk.dk".
 * Returns null for anything that is not an allowed URL afterwards.
 */
export function normalizeTypedUrl(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  let candidate = text;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(text)) candidate = `mailto:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) candidate = `https://${text}`;
  return isAllowedUrl(candidate) ? candidate : null;
}
