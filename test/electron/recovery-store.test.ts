import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../electron/main/documents/recovery-store';
import { sampleMeeting } from '../support/meeting-builders';
import { makeTempDir, makeUnwritable } from '../support/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempFolder(): string {
  const { dir, cleanup } = makeTempDir('referat-recovery-');
  cleanups.push(cleanup);
  return dir;
}

const context = { appVersion: '1.2.3', now: () => new Date('2018-01-29T08:31:00Z') };

describe('RecoveryStore', () => {
  it('saves, lists, loads and discards a meeting without a file name', async () => {
    const store = new RecoveryStore(join(tempFolder(), 'recovery'), context);
    const meeting = sampleMeeting();
    expect(await store.list()).toEqual([]);
    expect((await store.save(meeting)).ok).toBe(true);
    expect(await store.list()).toEqual([
      { id: meeting.id, title: 'Direktionen 29-01-2018', savedAt: '2018-01-29T08:31:00.000Z' },
    ]);
    expect(await store.load(meeting.id)).toEqual(meeting);
    await store.discard(meeting.id);
    expect(await store.list()).toEqual([]);
    expect(await store.load(meeting.id)).toBeNull();
  });

  it('gives entries that share an id new ids when loading, like any other open', async () => {
    const store = new RecoveryStore(join(tempFolder(), 'recovery'), context);
    const meeting = sampleMeeting();
    meeting.items[1]!.id = meeting.items[0]!.id;
    expect((await store.save(meeting)).ok).toBe(true);
    const loaded = await store.load(meeting.id);
    expect(loaded?.items.map((item) => item.title)).toEqual([
      'Status på Nyt Fokus',
      'Personalesag',
    ]);
    expect(new Set(loaded?.items.map((item) => item.id)).size).toBe(2);
  });

  it('keeps ids from choosing a path outside the folder', () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new RecoveryStore(folder, context);
    expect(store.pathFor('../../etc/passwd')).toBe(join(folder, '______etc_passwd.referat'));
  });

  it('skips unreadable files when listing and leaves them alone', async () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new RecoveryStore(folder, context);
    await store.save(sampleMeeting());
    await fs.writeFile(join(folder, 'broken.referat'), '{"format":"referat"');
    expect(await store.list()).toHaveLength(1);
    expect(await fs.readFile(join(folder, 'broken.referat'), 'utf8')).toBe('{"format":"referat"');
  });

  it('reports an unwritable data folder as a value', async ({ skip }) => {
    const dir = tempFolder();
    const undo = makeUnwritable(dir, skip);
    cleanups.unshift(undo);
    const result = await new RecoveryStore(join(dir, 'recovery'), context).save(sampleMeeting());
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });
});
