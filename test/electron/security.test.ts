import { describe, expect, it } from 'vitest';
import { resolveAppAssetPath } from '../../electron/main/security/asset-path';
import { contentSecurityPolicy, isSpellingWorkerUrl } from '../../electron/main/security/csp';
import {
  isAllowedNavigation,
  isAppUrl,
  isSafeExternalUrl,
} from '../../electron/main/security/url-policy';

describe('isSafeExternalUrl: only https pages and e-mail go to the OS', () => {
  it.each([
    ['https://www.htk.dk/dagsorden', true],
    ['  https://example.dk  ', true],
    ['mailto:sekretariat@htk.dk', true],
    ['http://example.dk', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://bank.dk@evil.example', false],
    ['https://user:pw@example.dk', false],
    ['mailto:', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('navigation and sender origin: only our own page', () => {
  it.each([
    ['app://referat/index.html', undefined, true],
    ['app://referat/', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['https://referat/index.html', undefined, false],
    ['file:///home/user/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['https://example.dk', 'http://localhost:5173', false],
    ['about:blank', undefined, false],
    ['garbage', undefined, false],
  ])('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isAllowedNavigation(url, dev)).toBe(expected);
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});

describe('resolveAppAssetPath: serves only files inside the renderer folder', () => {
  const root = '/opt/referat/out/renderer';
  it.each([
    ['app://referat/index.html', `${root}/index.html`],
    ['app://referat/', `${root}/index.html`],
    ['app://referat/assets/index-abc.js', `${root}/assets/index-abc.js`],
    ['app://referat/assets/a%20b.css', `${root}/assets/a b.css`],
    ['app://referat/../../etc/passwd', `${root}/etc/passwd`],
    ['app://referat/%2e%2e/%2e%2e/etc/passwd', `${root}/etc/passwd`],
    ['app://referat/..%2f..%2fetc%2fpasswd', null],
    ['app://referat/assets%5c..%5c..%5csecret', null],
    ['app://referat/%00.html', null],
    ['app://referat/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['https://referat/index.html', null],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppAssetPath(root, url)).toBe(expected);
  });
});

describe('content security policy', () => {
  it('allows only local resources in production', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('allows no inline styles in production: no style attributes, no <style> elements', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('opens only the dev server in development', () => {
    const csp = contentSecurityPolicy({ devServerUrl: 'http://localhost:5173' });
    expect(csp).toContain("script-src 'self' http://localhost:5173");
    expect(csp).toContain('ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets only the spelling worker compile WebAssembly, and still connect nowhere', () => {
    const directive = (csp: string, name: string) =>
      csp.split('; ').find((d) => d.startsWith(`${name} `));
    const page = contentSecurityPolicy();
    const worker = contentSecurityPolicy({ spellingWorker: true });
    expect(page).not.toContain('wasm-unsafe-eval');
    expect(directive(worker, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(worker, 'connect-src')).toBe("connect-src 'self' data:");
    expect(worker).not.toMatch(/https?:|'unsafe-eval'|\*/);
    // Everything else is the page's policy.
    const rest = (csp: string) => csp.split('; ').filter((d) => !/^(script|connect)-src /.test(d));
    expect(rest(worker)).toEqual(rest(page));
  });

  it.each([
    ['app://referat/assets/spelling.worker-DPH8QQjg.js', true],
    ['http://localhost:5173/src/spelling/spelling.worker.ts?worker_file&type=module', true],
    ['app://referat/assets/index-CATcI3t7.js', false],
    ['app://referat/assets/spelling.worker-x.js/../index.js', false],
    ['app://referat/index.html?spelling.worker-a.js', false],
    ['not a url', false],
  ])('spelling worker script %s → %s', (url, expected) => {
    expect(isSpellingWorkerUrl(url)).toBe(expected);
  });
});
