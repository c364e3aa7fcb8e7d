import {
  promises as fs,
  mkdirSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepStaleTempFiles, writeFileAtomic } from '../../electron/main/fs/atomic-write';
import { classifyWriteError } from '../../electron/main/fs/write-problem';
import { makeTempDir, makeUnwritable, mountFullDisk } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temp files behind', async () => {
    const target = join(dir, 'møde.referat');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await fs.readFile(target, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['møde.referat']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const target = join(dir, 'privat.referat');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('fails without touching the old file when the folder is not writable', async () => {
    const target = join(dir, 'møde.referat');
    writeFileSync(target, 'old');
    const restore = makeUnwritable(dir);
    if (!restore) return;
    try {
      const error = await writeFileAtomic(target, 'new', { renameRetries: 1 }).catch(
        (e: unknown) => e,
      );
      expect(classifyWriteError(error)).toBe('read-only');
    } finally {
      restore();
    }
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['møde.referat']);
  });

  it('fails with disk-full when the disk is full, keeping the old version and no temp file', async () => {
    const mountPoint = join(dir, 'usb');
    mkdirSync(mountPoint);
    const unmount = mountFullDisk(mountPoint);
    if (!unmount) return;
    try {
      const target = join(mountPoint, 'møde.referat');
      await writeFileAtomic(target, 'small old version');
      const error = await writeFileAtomic(target, 'x'.repeat(64 * 1024)).catch((e: unknown) => e);
      expect(classifyWriteError(error)).toBe('disk-full');
      expect(await fs.readFile(target, 'utf8')).toBe('small old version');
      expect(readdirSync(mountPoint)).toEqual(['møde.referat']);
    } finally {
      unmount();
    }
  });

  it('fails with folder-missing when the folder has gone (USB stick pulled)', async () => {
    const gone = join(dir, 'usb');
    const error = await writeFileAtomic(join(gone, 'møde.referat'), 'x').catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('folder-missing');
  });
});

describe('sweepStaleTempFiles', () => {
  it('removes only old temp files of ours', async () => {
    const stale = join(dir, '.møde.referat.referat-tmp-abc123');
    const fresh = join(dir, '.møde.referat.referat-tmp-def456');
    const other = join(dir, '.hidden-but-not-ours');
    for (const path of [stale, fresh, other]) writeFileSync(path, 'x');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    utimesSync(other, old, old);
    expect(await sweepStaleTempFiles(dir)).toEqual(['.møde.referat.referat-tmp-abc123']);
    expect(readdirSync(dir).sort()).toEqual([
      '.hidden-but-not-ours',
      '.møde.referat.referat-tmp-def456',
    ]);
  });
});

describe('writeFileAtomic on a locked target (Windows antivirus)', () => {
  it('retries the rename a bounded number of times, then succeeds or reports', async () => {
    const { vi } = await import('vitest');
    const target = join(dir, 'låst.referat');
    writeFileSync(target, 'old');
    const realRename = fs.rename.bind(fs);
    const locked = (times: number) => {
      let left = times;
      return vi.spyOn(fs, 'rename').mockImplementation((from, to) => {
        if (left-- > 0)
          return Promise.reject(Object.assign(new Error('locked'), { code: 'EBUSY' }));
        return realRename(from, to);
      });
    };
    const briefly = locked(2);
    await writeFileAtomic(target, 'new', { renameRetryDelayMs: 1 });
    expect(briefly).toHaveBeenCalledTimes(3);
    briefly.mockRestore();
    expect(await fs.readFile(target, 'utf8')).toBe('new');

    const forever = locked(100);
    const error = await writeFileAtomic(target, 'newer', {
      renameRetries: 3,
      renameRetryDelayMs: 1,
    }).catch((e: unknown) => e);
    expect(forever).toHaveBeenCalledTimes(4);
    forever.mockRestore();
    expect(classifyWriteError(error)).toBe('file-locked');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['låst.referat']);
  });
});
