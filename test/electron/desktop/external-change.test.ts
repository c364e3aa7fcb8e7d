import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMeeting, saveMeeting } from '../../../electron/main/documents/document-store';
import { DiskVersions } from '../../../electron/main/documents/external-change';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { SettingsStore } from '../../../electron/main/settings/settings-store';
import { describeIpcError } from '../../../shared/ipc/describe-error';
import { sampleMeeting } from '../../support/meeting-builders';
import { makeTempDir } from '../../support/temp-dir';

const temp = makeTempDir('referat-external-');
afterAll(temp.cleanup);

let counter = 0;
const freshPath = () => join(temp.dir, `møde-${++counter}.referat`);
const context = (versions: DiskVersions, force = false) => ({
  appVersion: 'test',
  now: () => new Date('2026-03-04T17:00:00Z'),
  versions,
  force,
});

/** Another program (second laptop, OneDrive) rewrites the file with different content. */
function changeElsewhere(path: string): string {
  const theirs = readFileSync(path, 'utf8').replace('"title": "', '"title": "Deres ');
  writeFileSync(path, theirs);
  return theirs;
}

/** Creates a saved meeting file and opens it, as the app does. */
async function openedFile(versions: DiskVersions): Promise<string> {
  const path = freshPath();
  expect((await saveMeeting(path, sampleMeeting(), context(new DiskVersions()))).ok).toBe(true);
  expect((await openMeeting(path, versions)).ok).toBe(true);
  return path;
}

describe('DiskVersions.check', () => {
  it('is unknown for a file never opened or saved, and unchanged right after opening', async () => {
    const versions = new DiskVersions();
    const path = freshPath();
    expect(await versions.check(path)).toEqual({ state: 'unknown' });
    await saveMeeting(path, sampleMeeting(), context(new DiskVersions()));
    await openMeeting(path, versions);
    expect(await versions.check(path)).toEqual({ state: 'unchanged' });
  });

  it('sees a change in content', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    changeElsewhere(path);
    expect((await versions.check(path)).state).toBe('changed');
  });

  it('finds a same-size edit by its content hash', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    const before = readFileSync(path, 'utf8');
    const after = before.replace('"title": "', '"title": "X').slice(0, -1);
    expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before));
    writeFileSync(path, after);
    const later = new Date(statSync(path).mtimeMs + 2000);
    utimesSync(path, later, later);
    const check = await versions.check(path);
    expect(check.state).toBe('changed');
    if (check.state === 'changed') expect(check.current.size).toBe(check.recorded.size);
  });

  it('does not report a file that was only touched (sync client, virus scanner)', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path, later, later);
    expect(await versions.check(path)).toEqual({ state: 'unchanged' });
  });

  it('reports a deleted file as missing', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    rmSync(path);
    expect(await versions.check(path)).toEqual({ state: 'missing' });
  });
});

describe('saveMeeting with external change detection', () => {
  it('saves normally when nobody else touched the file, again and again', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    for (let i = 0; i < 3; i++) {
      expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(true);
    }
  });

  it('refuses to overwrite a file changed by another program, and leaves it untouched', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    const theirs = changeElsewhere(path);
    const result = await saveMeeting(path, sampleMeeting(), context(versions));
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual([
      'changed-on-disk',
      path,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    // And it keeps refusing: no second save slips through.
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(false);
  });

  it('detects a change made after our own last save, not only after opening', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(true);
    changeElsewhere(path);
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(false);
  });

  it('overwrites when the user chose to keep her version (force), then tracks the new file', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    changeElsewhere(path);
    expect((await saveMeeting(path, sampleMeeting(), context(versions, true))).ok).toBe(true);
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(true);
  });

  it('reloading (opening again) accepts the other version as the new base', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    changeElsewhere(path);
    await openMeeting(path, versions);
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(true);
  });

  it('writes a deleted file again rather than losing the text', async () => {
    const versions = new DiskVersions();
    const path = await openedFile(versions);
    rmSync(path);
    expect((await saveMeeting(path, sampleMeeting(), context(versions))).ok).toBe(true);
    expect(existsSync(path)).toBe(true);
  });

  it('has a Danish explanation that offers both ways out', () => {
    const text = describeIpcError({ code: 'changed-on-disk', path: 'C:\\Møder\\byråd.referat' });
    expect(text).toContain('«byråd.referat»');
    expect(text).toMatch(/Genindlæs/);
    expect(text).toMatch(/kopi/);
  });
});

describe('IPC handlers', () => {
  const map = new Map<string, unknown>();
  const toOpen: string[] = [];
  const handlers = createIpcHandlers({
    appVersion: 'test',
    platform: 'linux',
    now: () => new Date('2026-03-04T17:00:00Z'),
    settings: new SettingsStore({ get: (k) => map.get(k), set: (k, v) => void map.set(k, v) }),
    dialogs: {
      chooseMeetingToOpen: () => Promise.resolve(toOpen.shift() ?? null),
      chooseSavePath: () => Promise.resolve(null),
      chooseAttachment: () => Promise.resolve(null),
    },
    dataFolder: temp.dir,
  });

  it('open → changed elsewhere → autosave is refused; save with force writes', async () => {
    const path = freshPath();
    const meeting = sampleMeeting();
    await saveMeeting(path, meeting, context(new DiskVersions()));
    toOpen.push(path);
    const opened = await handlers['meeting:open-dialog'](undefined);
    if (!opened.ok || !opened.value) throw new Error('did not open');
    const { handle } = opened.value;
    changeElsewhere(path);
    const parts = {
      handle,
      header: JSON.stringify({ ...meeting, venue: 'Mit lokale' }),
      items: [],
    };
    const save = (force?: boolean) =>
      handlers['meeting:save-parts']({
        ...parts,
        items: meeting.items.map((item) => ({ id: item.id })),
        force,
      });
    const refused = await save();
    expect(refused.ok ? null : refused.error.code).toBe('changed-on-disk');
    expect(readFileSync(path, 'utf8')).toContain('Deres ');
    expect((await save(true)).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('Mit lokale');
    expect((await save()).ok).toBe(true);
  });
});
