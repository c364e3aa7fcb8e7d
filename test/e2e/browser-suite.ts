/**
 * One Chromium per test file, one fresh context (own data folder, settings,
 * dialogs) per test: the suite stays fast on two cores and tests stay apart.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  launchChromium,
  openApp,
  serveRenderer,
  type AppSession,
  type SessionOptions,
} from '../support/renderer-harness';

/** Registers the hooks; call `open()` inside a test to get an app session. */
export function useBrowserSuite(): { open: (options?: SessionOptions) => Promise<AppSession> } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  const sessions: AppSession[] = [];

  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium();
  });
  afterEach(async () => {
    const closing = sessions.splice(0);
    await Promise.all(closing.map((session) => session.close()));
    // The production CSP allows no inline styles; anything it refused is a
    // broken feature (a style that silently did not apply), so it fails the test.
    const refused = closing.flatMap((session) =>
      session.pageErrors.filter((error) => error.includes('Content Security Policy')),
    );
    if (refused.length > 0) throw new Error(`CSP refused: ${refused.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    open: async (options) => {
      if (!browser || !server) throw new Error('browser suite not started');
      const session = await openApp(browser, server.url, options);
      sessions.push(session);
      return session;
    },
  };
}
