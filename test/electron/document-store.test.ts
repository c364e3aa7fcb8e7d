import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupPathFor,
  openBackup,
  openMeeting,
  saveMeeting,
} from '../../electron/main/documents/document-store';
import { serializeMeetingFile } from '../../shared/format/write';
import { describeIpcError } from '../../shared/ipc/describe-error';
import type { IpcError } from '../../shared/ipc/result';
import { sampleMeeting } from '../support/meeting-builders';
import { makeTempDir, makeUnwritable } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const context = { appVersion: '0.1.0', now: () => new Date('2018-01-29T09:00:00Z') };

describe('document store', () => {
  it('saves and opens a meeting', async () => {
    const path = join(dir, 'Direktionen.referat');
    const meeting = sampleMeeting();
    expect(await saveMeeting(path, meeting, context)).toEqual({
      ok: true,
      value: { path, savedAt: '2018-01-29T09:00:00.000Z' },
    });
    expect(await openMeeting(path)).toEqual({
      ok: true,
      value: { path, meeting, migratedFrom: null, notices: [] },
    });
  });

  it('gives items that share an id new ids on open and backup, and says so', async () => {
    const path = join(dir, 'Direktionen.referat');
    const meeting = sampleMeeting();
    meeting.items[1]!.id = meeting.items[0]!.id;
    const text = serializeMeetingFile(meeting, { appVersion: '0', savedAt: '' });
    writeFileSync(path, text);
    writeFileSync(backupPathFor(path), text);
    for (const opened of [await openMeeting(path), await openBackup(path)]) {
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      const [first, second] = opened.value.meeting.items;
      expect(first?.id).toBe(meeting.items[0]!.id);
      expect(second?.id).not.toBe(first?.id);
      expect(second?.title).toBe('Personalesag');
      expect(opened.value.notices).toEqual([
        "1 punkt havde samme id som noget andet i mødet; de har fået nye id'er, og ingen tekst er ændret.",
      ]);
    }
    // Opening never writes: the file is repaired by the next save.
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('keeps the previous version as a backup, refreshed at most once per interval', async () => {
    const path = join(dir, 'Direktionen.referat');
    const meeting = sampleMeeting();
    await saveMeeting(path, meeting, context);
    expect(existsSync(backupPathFor(path))).toBe(false);

    meeting.body = 'Version 2';
    await saveMeeting(path, meeting, context);
    const backupV1 = readFileSync(backupPathFor(path), 'utf8');
    expect(backupV1).toContain('"body": "Direktionen"');

    meeting.body = 'Version 3';
    await saveMeeting(path, meeting, context);
    expect(readFileSync(backupPathFor(path), 'utf8')).toBe(backupV1);

    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(backupPathFor(path), longAgo, longAgo);
    meeting.body = 'Version 4';
    await saveMeeting(path, meeting, context);
    expect(readFileSync(backupPathFor(path), 'utf8')).toContain('"body": "Version 3"');
  });

  it('never replaces a good backup with a damaged file', async () => {
    const path = join(dir, 'Direktionen.referat');
    await saveMeeting(path, sampleMeeting(), context);
    await saveMeeting(path, sampleMeeting(), context);
    const goodBackup = readFileSync(backupPathFor(path), 'utf8');
    writeFileSync(path, '{"format":"referat", "trunc');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(backupPathFor(path), longAgo, longAgo);
    await saveMeeting(path, sampleMeeting(), context);
    expect(readFileSync(backupPathFor(path), 'utf8')).toBe(goodBackup);
  });

  it.each([
    [
      'truncated',
      (p: string) => writeFileSync(p, readFileSync(p, 'utf8').slice(0, 200)),
      'truncated',
    ],
    [
      'not JSON',
      (p: string) => writeFileSync(p, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe])),
      'not-json',
    ],
    ['empty', (p: string) => writeFileSync(p, ''), 'empty'],
    ['another format', (p: string) => writeFileSync(p, '{"format":"excalidraw"}'), 'wrong-format'],
    [
      'newer version',
      (p: string) => writeFileSync(p, '{"format":"referat","schemaVersion":7}'),
      'newer-version',
    ],
    ['missing', (p: string) => rmSync(p), 'not-found'],
  ])('refuses a %s file without modifying it, offering the backup', async (_name, damage, code) => {
    const path = join(dir, 'Direktionen.referat');
    await saveMeeting(path, sampleMeeting(), context);
    await saveMeeting(path, sampleMeeting(), context); // creates the backup
    damage(path);
    const before = existsSync(path) ? readFileSync(path) : null;
    const result = await openMeeting(path);
    expect(result).toMatchObject({ ok: false, error: { code, path, backupAvailable: true } });
    expect(existsSync(path) ? readFileSync(path) : null).toEqual(before);
    const restored = await openBackup(path);
    expect(restored.ok && restored.value.meeting.body).toBe('Direktionen');
  });

  it('refuses a folder and a huge file', async () => {
    expect(await openMeeting(dir)).toMatchObject({ ok: false, error: { code: 'is-folder' } });
    const huge = join(dir, 'huge.referat');
    writeFileSync(huge, '');
    // A sparse file: 65 MB on paper, nothing on disk.
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 65 * 1024 * 1024);
    expect(await openMeeting(huge)).toMatchObject({
      ok: false,
      error: { code: 'too-large', backupAvailable: false },
    });
  });

  it('reports a read-only folder as a value and leaves the file as it was', async ({ skip }) => {
    const path = join(dir, 'Direktionen.referat');
    await saveMeeting(path, sampleMeeting(), context);
    const before = readFileSync(path, 'utf8');
    const restore = makeUnwritable(dir, skip);
    try {
      const changed = { ...sampleMeeting(), body: 'Ny tekst' };
      expect(await saveMeeting(path, changed, context)).toMatchObject({
        ok: false,
        error: { code: 'read-only', path },
      });
    } finally {
      restore();
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('saves through a symbolic link: the target and a backup beside it change, the link stays', async () => {
    mkdirSync(join(dir, 'fællesdrev'));
    const target = join(dir, 'fællesdrev', 'Direktionen.referat');
    const link = join(dir, 'Direktionen.referat');
    await saveMeeting(target, sampleMeeting(), context);
    symlinkSync(target, link);
    const changed = { ...sampleMeeting(), body: 'Byrådet' };
    expect(await saveMeeting(link, changed, context)).toMatchObject({ ok: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const opened = await openMeeting(target);
    expect(opened.ok && opened.value.meeting.body).toBe('Byrådet');
    // The previous version is kept beside the file itself, where its folder travels.
    expect(readFileSync(backupPathFor(target), 'utf8')).toContain('"body": "Direktionen"');
    expect(existsSync(backupPathFor(link))).toBe(false);
    writeFileSync(target, '{"format":"referat"');
    expect(await openMeeting(link)).toMatchObject({ ok: false, error: { backupAvailable: true } });
    const restored = await openBackup(link);
    expect(restored.ok && restored.value.meeting.body).toBe('Direktionen');
  });

  it('does not overwrite a read-only file: the save fails with Danish advice and the file stays', async () => {
    const path = join(dir, 'Arkiv.referat');
    await saveMeeting(path, sampleMeeting(), context);
    const before = readFileSync(path, 'utf8');
    chmodSync(path, 0o444);
    const result = await saveMeeting(path, { ...sampleMeeting(), body: 'Ny' }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only', path } });
    expect(readFileSync(path, 'utf8')).toBe(before);
    const message = describeIpcError((result as { error: IpcError }).error);
    expect(message).toContain('«Arkiv.referat» er skrivebeskyttet');
    expect(message).toContain('Din tekst er ikke tabt');
    expect(message).toContain('Gem som…');
  });

  it('reports a folder that disappeared', async () => {
    const folder = join(dir, 'usb');
    const path = join(folder, 'Direktionen.referat');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    await saveMeeting(path, sampleMeeting(), context);
    renameSync(folder, join(dir, 'elsewhere'));
    expect(await saveMeeting(path, sampleMeeting(), context)).toMatchObject({
      ok: false,
      error: { code: 'folder-missing' },
    });
    expect(await openMeeting(path)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
