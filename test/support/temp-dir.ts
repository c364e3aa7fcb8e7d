import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skipOrFail, type Skip } from './require-tool';

/** A fresh temp folder; remove it with the returned cleanup. */
export function makeTempDir(prefix = 'referat-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Makes `dir` really unwritable and returns an undo function. For a normal
 * user chmod is enough; root ignores permission bits, so as root (CI runs
 * as root) the folder is made immutable with `chattr +i` instead. Where that
 * is impossible the test is skipped through `skip` (failed in CI).
 */
export function makeUnwritable(dir: string, skip: Skip): () => void {
  if (process.getuid?.() !== 0) {
    execFileSync('chmod', ['0555', dir]);
    return () => execFileSync('chmod', ['0755', dir]);
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', dir]);
  } catch {
    return skipOrFail('cannot make a folder unwritable as root (chattr +i failed)', skip);
  }
}

/**
 * Mounts a tiny tmpfs at `dir` so writes fail with ENOSPC, like a full USB
 * stick. Needs root (CI runs as root); returns an unmount function. Where
 * that is impossible the test is skipped through `skip` (failed in CI).
 */
export function mountFullDisk(dir: string, skip: Skip, sizeKb = 16): () => void {
  if (process.getuid?.() !== 0) {
    return skipOrFail('simulating a full disk needs root (mount tmpfs)', skip);
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
    return () => execFileSync('umount', [dir]);
  } catch {
    return skipOrFail('mount -t tmpfs failed: cannot simulate a full disk here', skip);
  }
}
