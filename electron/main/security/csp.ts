/**
 * The Content Security Policy sent as a response header with every page
 * (a `<meta>` CSP cannot express `frame-ancestors`). Everything is local:
 * no remote scripts, fonts, images or connections, so the app works offline
 * and injected markup cannot phone home.
 *
 * In development the Vite dev server needs inline style injection and a
 * websocket for hot reload; the production policy stays strict.
 */
export function contentSecurityPolicy(options: { devServerUrl?: string } = {}): string {
  const dev = options.devServerUrl;
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': dev ? `'self' ${dev}` : "'self'",
    // React and Lexical set style attributes; no external stylesheets.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': dev ? `'self' ${dev} ${dev.replace(/^http/, 'ws')}` : "'self'",
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-src': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
