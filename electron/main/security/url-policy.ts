import { APP_ORIGIN } from './app-origin';

/** Parses a URL, or returns null instead of throwing on garbage. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origins our own page may be loaded from: the app protocol, plus the dev server during development. */
export function trustedOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? parse(devServerUrl)?.origin : undefined;
  return dev && dev !== 'null' ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** True when `url` belongs to our own page. Used for navigation and for checking IPC senders. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // `new URL('app://referat/…').origin` is "null" for non-special schemes in
  // some runtimes, so compare protocol and host explicitly.
  const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
  return trustedOrigins(devServerUrl).includes(origin);
}

/**
 * Whether the window may navigate to `url`. The app is a single page: any
 * navigation away (a dropped file, a link without target, a script) would
 * replace the editor and lose unsaved state, so only our own page is allowed.
 */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/**
 * Whether a link may be handed to the operating system: only web pages over
 * https and e-mail addresses. Everything else (file:, smb:, javascript:,
 * custom protocol handlers that launch programs) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url.trim());
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  // Credentials in a link are a phishing trick ("https://bank.dk@evil.example").
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}
