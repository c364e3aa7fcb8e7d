/**
 * The Content Security Policy sent as a response header with every page
 * (a `<meta>` CSP cannot express `frame-ancestors`). Everything is local:
 * no remote scripts, fonts, images or connections, so the app works offline
 * and injected markup cannot phone home.
 *
 * In development the Vite dev server needs inline style injection and a
 * websocket for hot reload; the production policy stays strict.
 */
export function contentSecurityPolicy(
  options: { devServerUrl?: string; spellingWorker?: boolean } = {},
): string {
  const dev = options.devServerUrl;
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': dev ? `'self' ${dev}` : "'self'",
    // No inline styles: no style attributes in markup, no <style> elements.
    // React's `style` prop and Lexical (indent, alignment, table widths) set
    // styles through the CSSOM (element.style.x = …), which style-src does
    // not govern, so they need no 'unsafe-inline'; measured in Chromium, and
    // every e2e test fails on a CSP violation (test/e2e/browser-suite.ts).
    // The CSSOM also means the CSP cannot stop a style stored in a node: that
    // is removed on read and paste (shared/model/rich-text-sanitize.ts).
    // Clipboard HTML is parsed with its styles renamed (clean-pasted-html.ts),
    // since the CSP applies to DOMParser documents too. Vite's dev server
    // injects <style> elements, so development keeps 'unsafe-inline'.
    'style-src': dev ? "'self' 'unsafe-inline'" : "'self'",
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
  if (options.spellingWorker) {
    // The spellchecker is Hunspell compiled to WebAssembly. A dedicated
    // worker is governed by the policy sent with its own script, so only
    // this one script may compile WebAssembly ('wasm-unsafe-eval' allows
    // WebAssembly and nothing else: no eval, no new Function); the page
    // itself cannot. The engine is one file with its WebAssembly inside as
    // a data: URL, which its loader fetches: data: is bytes already in the
    // script, not a place to connect to, so the worker stays offline.
    directives['script-src'] += " 'wasm-unsafe-eval'";
    directives['connect-src'] += ' data:';
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * True for the spelling worker's script: the built
 * `assets/spelling.worker-<hash>.js`, or the dev server's
 * `…/spelling/spelling.worker.ts?worker_file…`.
 */
export function isSpellingWorkerUrl(url: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return false;
  }
  return /\/spelling\.worker(?:-[\w-]+\.js|\.ts)$/.test(pathname);
}
