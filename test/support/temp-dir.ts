import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder; remove it with the returned cleanup. */
export function makeTempDir(prefix = 'referat-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function unavailable(reason: string): null {
  if (process.env.CI) throw new Error(`CI: ${reason}`);
  console.warn(`SKIPPED: ${reason}`);
  return null;
}

/**
 * Makes `dir` really unwritable and returns an undo function. For a normal
 * user chmod is enough; root ignores permission bits, so as root (CI runs
 * as root) the folder is made immutable with `chattr +i` instead.
 */
export function makeUnwritable(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    execFileSync('chmod', ['0555', dir]);
    return () => execFileSync('chmod', ['0755', dir]);
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', dir]);
  } catch {
    return unavailable('cannot make a folder unwritable as root (chattr +i failed)');
  }
}

/**
 * Mounts a tiny tmpfs at `dir` so writes fail with ENOSPC, like a full USB
 * stick. Needs root (CI runs as root); returns an unmount function.
 */
export function mountFullDisk(dir: string, sizeKb = 16): (() => void) | null {
  if (process.getuid?.() !== 0)
    return unavailable('simulating a full disk needs root (mount tmpfs)');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
    return () => execFileSync('umount', [dir]);
  } catch {
    return unavailable('mount -t tmpfs failed: cannot simulate a full disk here');
  }
}
