import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const here = import.meta.dirname;

export default defineConfig({
  resolve: {
    // The real `electron` package downloads its binary when required from
    // Node. Tests must mock it explicitly; anything that forgets gets a stub
    // that throws, instead of a network call.
    alias: { electron: resolve(here, 'test/support/electron-stub.ts') },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Generous: a browser test on a loaded two-core machine can take 30 s; a
    // hang still fails, and speed is measured in `npm run bench`, not here.
    testTimeout: 60_000,
    // A page under load (two cores, other suites running) can take more than
    // the default second to show what a test waits for; a real failure still fails.
    expect: { poll: { timeout: 5000 } },
    hookTimeout: 60_000,
    // Browser and LibreOffice tests are heavy; two cores here.
    maxWorkers: 2,
  },
});
