import {
  promises as fs,
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  sweepStaleTempFiles,
  tempPathFor,
  writeFileAtomic,
} from '../../electron/main/fs/atomic-write';
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

  it('writes pieces as one file, in order', async () => {
    const target = join(dir, 'møde.referat');
    const encode = (text: string) => new TextEncoder().encode(text);
    await writeFileAtomic(target, [
      encode('{"a": '),
      encode('"æøå"'),
      new Uint8Array(0),
      encode('}'),
    ]);
    expect(await fs.readFile(target, 'utf8')).toBe('{"a": "æøå"}');
    expect(readdirSync(dir)).toEqual(['møde.referat']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const target = join(dir, 'privat.referat');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('fails without touching the old file when the folder is not writable', async ({ skip }) => {
    const target = join(dir, 'møde.referat');
    writeFileSync(target, 'old');
    const restore = makeUnwritable(dir, skip);
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

  it('fails with disk-full when the disk is full, keeping the old version and no temp file', async ({
    skip,
  }) => {
    const mountPoint = join(dir, 'usb');
    mkdirSync(mountPoint);
    const unmount = mountFullDisk(mountPoint, skip);
    try {
      const target = join(mountPoint, 'møde.referat');
      await writeFileAtomic(target, 'small old version');
      const error = await writeFileAtomic(target, 'x'.repeat(64 * 1024)).catch((e: unknown) => e);
      expect(classifyWriteError(error)).toBe('disk-full');
      expect(await fs.readFile(target, 'utf8')).toBe('small old version');
      expect(readdirSync(mountPoint)).toEqual(['møde.referat']);
      // The same in pieces, as an autosave writes a meeting's items.
      const pieces = [new Uint8Array(40 * 1024).fill(65), new Uint8Array(40 * 1024).fill(66)];
      const chunked = await writeFileAtomic(target, pieces).catch((e: unknown) => e);
      expect(classifyWriteError(chunked)).toBe('disk-full');
      expect(await fs.readFile(target, 'utf8')).toBe('small old version');
      expect(readdirSync(mountPoint)).toEqual(['møde.referat']);
    } finally {
      unmount();
    }
  });

  it('writes through a symbolic link to its target and keeps the link', async () => {
    mkdirSync(join(dir, 'drev'));
    const target = join(dir, 'drev', 'møde.referat');
    const link = join(dir, 'genvej.referat');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'drev'))).toEqual(['møde.referat']);
  });

  it('refuses to replace a read-only file, which stays as it was', async () => {
    const target = join(dir, 'arkiv.referat');
    writeFileSync(target, 'old');
    chmodSync(target, 0o444);
    const error = await writeFileAtomic(target, 'new').catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('read-only');
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(statSync(target).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['arkiv.referat']);
  });

  it('writes a file whose name is 250 bytes long (the temp name fits in 255)', async () => {
    const name = `${'æ'.repeat(121)}.referat`; // 2 bytes per æ: 242 + 8 = 250 bytes
    expect(Buffer.byteLength(name)).toBe(250);
    const target = join(dir, name);
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await fs.readFile(target, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual([name]);
    expect(Buffer.byteLength(basename(tempPathFor(target)))).toBeLessThanOrEqual(32);
  });

  it('fails with folder-missing when the folder has gone (USB stick pulled)', async () => {
    const gone = join(dir, 'usb');
    const error = await writeFileAtomic(join(gone, 'møde.referat'), 'x').catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('folder-missing');
  });
});

describe('sweepStaleTempFiles', () => {
  it('removes only old temp files of ours, current and older naming', async () => {
    const stale = join(dir, '.~referat-0a1b2c3d.tmp');
    const legacy = join(dir, '.møde.referat.referat-tmp-abc123');
    const fresh = join(dir, '.~referat-deadbeef.tmp');
    const other = join(dir, '.~lock.møde.docx#');
    for (const path of [stale, legacy, fresh, other]) writeFileSync(path, 'x');
    const old = new Date(Date.now() - 10 * 60_000);
    for (const path of [stale, legacy, other]) utimesSync(path, old, old);
    expect((await sweepStaleTempFiles(dir)).sort()).toEqual([
      '.møde.referat.referat-tmp-abc123',
      '.~referat-0a1b2c3d.tmp',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['.~lock.møde.docx#', '.~referat-deadbeef.tmp']);
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
