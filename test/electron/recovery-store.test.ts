import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../electron/main/documents/recovery-store';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import { openedSessionKey } from '../../shared/ipc/channels';
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

  it('reports an unwritable data folder as a value', async () => {
    const dir = tempFolder();
    const undo = makeUnwritable(dir);
    if (!undo) return;
    cleanups.unshift(undo);
    const result = await new RecoveryStore(join(dir, 'recovery'), context).save(sampleMeeting());
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });
});

describe('recovery and JSON-save channels', () => {
  function dispatchIn(dataFolder: string) {
    const values = new Map<string, unknown>();
    const settings = new SettingsStore({
      get: (k) => values.get(k),
      set: (k, v) => values.set(k, v),
    });
    const dialogs = {
      chooseMeetingToOpen: () => Promise.resolve(null),
      chooseSavePath: () => Promise.resolve(null),
      chooseAttachment: () => Promise.resolve('/home/k/bilag.pdf'),
    };
    return createDispatch(
      createIpcHandlers({
        appVersion: '1',
        platform: 'linux',
        now: context.now,
        settings,
        dialogs,
        dataFolder,
      }),
    );
  }

  it('round-trips an unnamed meeting through the recovery area: save-parts / list / open / discard', async () => {
    const dispatch = dispatchIn(tempFolder());
    const meeting = sampleMeeting();
    const parts = {
      session: 'unnamed',
      path: null,
      header: JSON.stringify({ ...meeting, items: [] }),
      items: meeting.items.map((item) => ({ id: item.id, json: JSON.stringify(item) })),
    };
    expect(await dispatch('meeting:save-parts', parts)).toMatchObject({ ok: true });
    expect(await dispatch('recovery:list', undefined)).toMatchObject({
      ok: true,
      value: [{ id: meeting.id }],
    });
    expect(await dispatch('recovery:open', { id: meeting.id })).toEqual({
      ok: true,
      value: meeting,
    });
    expect(await dispatch('recovery:discard', { id: meeting.id })).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch('recovery:open', { id: meeting.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('saves parts: unchanged items by id, asks for items it does not hold, writes nothing then', async () => {
    const folder = tempFolder();
    const dispatch = dispatchIn(folder);
    const path = join(folder, 'Dele.referat');
    const meeting = sampleMeeting();
    const header = JSON.stringify({ ...meeting, items: [] });
    const byId = meeting.items.map((item) => ({ id: item.id }));
    expect(
      await dispatch('meeting:save-parts', { session: 's1', path, header, items: byId }),
    ).toEqual({
      ok: true,
      value: { savedAt: null, missing: meeting.items.map((item) => item.id) },
    });
    await expect(fs.stat(path)).rejects.toThrow();
    const full = meeting.items.map((item) => ({ id: item.id, json: JSON.stringify(item) }));
    expect(
      await dispatch('meeting:save-parts', { session: 's1', path, header, items: full }),
    ).toMatchObject({
      ok: true,
      value: { missing: [] },
    });
    const renamed = { ...meeting.items[1]!, title: 'Omdøbt' };
    const mixed = [{ id: meeting.items[0]!.id }, { id: renamed.id, json: JSON.stringify(renamed) }];
    expect(
      await dispatch('meeting:save-parts', { session: 's1', path, header, items: mixed }),
    ).toMatchObject({ ok: true });
    const reopened = await dispatch('meeting:open-path', { path });
    expect(reopened).toMatchObject({
      ok: true,
      value: { meeting: { ...meeting, items: [meeting.items[0], renamed] } },
    });
    // Without a path the same parts go to the recovery area.
    expect(
      await dispatch('meeting:save-parts', { session: 's1', path: null, header, items: mixed }),
    ).toMatchObject({ ok: true });
    expect(await dispatch('recovery:list', undefined)).toMatchObject({
      ok: true,
      value: [{ id: meeting.id }],
    });
  });

  it('primes the parts cache when opening, so the first autosave can send items by id', async () => {
    const folder = tempFolder();
    const dispatch = dispatchIn(folder);
    const path = join(folder, 'Stor.referat');
    const meeting = sampleMeeting();
    await dispatch('meeting:save', { path, meeting });
    expect(await dispatch('meeting:open-path', { path })).toMatchObject({ ok: true });
    const session = openedSessionKey(meeting.id, path);
    const header = JSON.stringify({ ...meeting, venue: 'Ny sal', items: [] });
    const items = meeting.items.map((item) => ({ id: item.id }));
    expect(await dispatch('meeting:save-parts', { session, path, header, items })).toMatchObject({
      ok: true,
      value: { missing: [] },
    });
    expect(await dispatch('meeting:open-path', { path })).toMatchObject({
      value: { meeting: { ...meeting, venue: 'Ny sal' } },
    });
  });

  it('refuses parts that are not a meeting, and lets the user pick a bilag file', async () => {
    const folder = tempFolder();
    const dispatch = dispatchIn(folder);
    const path = join(folder, 'Direktionen.referat');
    const bad = await dispatch('meeting:save-parts', {
      session: 's',
      path,
      header: '{"id":"x"}',
      items: [],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(fs.stat(path)).rejects.toThrow();
    expect(await dispatch('attachment:choose-file', undefined)).toEqual({
      ok: true,
      value: '/home/k/bilag.pdf',
    });
  });
});
