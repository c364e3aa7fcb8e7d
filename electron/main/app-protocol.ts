import { promises as fs } from 'node:fs';
import { protocol, session } from 'electron';
import { APP_SCHEME } from './security/app-origin';
import { resolveAppAssetPath, mimeTypeFor } from './security/asset-path';
import { contentSecurityPolicy, isSpellingWorkerUrl } from './security/csp';

/** Must run before `app.ready`: makes `app://` behave like https (secure context, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Security headers sent with every page and asset; `url` is the request's (see csp.ts). */
export function securityHeaders(url: string, devServerUrl?: string): Record<string, string> {
  const spellingWorker = isSpellingWorkerUrl(url);
  return {
    'Content-Security-Policy': contentSecurityPolicy({ devServerUrl, spellingWorker }),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Serves the built renderer from `rendererRoot` under app://referat with the CSP as a header. */
export function registerAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppAssetPath(rendererRoot, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(path);
      return new Response(body, {
        headers: { 'Content-Type': mimeTypeFor(path), ...securityHeaders(request.url) },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/**
 * Session-wide rules: every permission request (camera, notifications,
 * geolocation, …) is denied, and in development the dev server's pages get
 * the CSP header too.
 */
export function hardenSession(devServerUrl?: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  if (devServerUrl) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          ...securityHeaders(details.url, devServerUrl),
        },
      });
    });
  }
}
