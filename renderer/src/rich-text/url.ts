/** Link targets the editor accepts: web pages and e-mail addresses, never `javascript:` or `file:`. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto URL. */
export function isAllowedUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url.trim()).protocol);
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
