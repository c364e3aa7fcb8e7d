import { describe, expect, it } from 'vitest';
import { resolveAppAssetPath } from '../../electron/main/security/asset-path';
import { contentSecurityPolicy } from '../../electron/main/security/csp';
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
});
