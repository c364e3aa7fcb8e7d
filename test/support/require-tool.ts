import { execFileSync } from 'node:child_process';

/** True when `command` can be found on the PATH (or is an existing absolute path). */
export function hasTool(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether a suite that needs system tools can run. In CI (CI=true) a
 * missing tool is a failure, never a silent skip: this throws. On a
 * developer machine it prints why the suite is skipped and returns false.
 * Use as `describe.runIf(requireTools('soffice', 'pdftotext'))(...)`.
 */
export function requireTools(...commands: string[]): boolean {
  return requireAvailable(commands.filter((command) => !hasTool(command)));
}

/** {@link requireTools} for what a suite found missing itself (e.g. a Python module), named in `missing`. */
export function requireAvailable(missing: string[]): boolean {
  if (missing.length === 0) return true;
  const message = `missing system tool(s): ${missing.join(', ')} (install: see .ci/run)`;
  if (process.env.CI) throw new Error(`CI: ${message}`);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

/** The test context's `skip`: ends the test, which the report then shows as skipped. */
export type Skip = (note: string) => never;

/**
 * For a test that cannot run here (no root for a full-disk mount, no
 * `chattr`): in CI (CI=true) a failure, never a silent skip; on a developer
 * machine the test is reported as skipped, with `reason` printed. Never
 * returns: a test that continued without what it needs would pass having
 * checked nothing.
 */
export function skipOrFail(reason: string, skip: Skip, env = process.env): never {
  if (env.CI) throw new Error(`CI: ${reason}`);
  console.warn(`SKIPPED: ${reason}`);
  return skip(reason);
}
