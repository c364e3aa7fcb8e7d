/**
 * The built `referat` command (out/main/cli.js, package.json "bin"): tests
 * run what ships, plain JavaScript, not the TypeScript sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The built command line. */
export const CLI_PATH = join(repoRoot, 'out/main/cli.js');

/** Builds it once when `npm test` has not (e.g. `npx vitest run test/export/cli.test.ts`). */
export function ensureCliBuilt(): string {
  if (!existsSync(CLI_PATH)) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  return CLI_PATH;
}
