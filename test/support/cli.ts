/**
 * The built `referat` command (out/main/cli.js, package.json "bin"): tests
 * run what ships, plain JavaScript, not the TypeScript sources.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

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

const run = promisify(execFile);

/** What a run of the command printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `referat` command with `args` from the repository root, as
 * `node out/main/cli.js …` or, with `viaNpx`, through the package's bin.
 */
export async function runReferat(args: string[], viaNpx = false): Promise<CliRun> {
  const cli = ensureCliBuilt();
  const [command, prefix] = viaNpx ? ['npx', ['referat']] : [process.execPath, [cli]];
  try {
    const { stdout, stderr } = await run(command, [...prefix, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
