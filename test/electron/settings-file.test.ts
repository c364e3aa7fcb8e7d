import { promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/main/fs/atomic-write';
import { loadSettingsFile, SettingsFile } from '../../electron/main/settings/settings-file';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import type { OpenedMeeting } from '../../shared/ipc/contract';
import { makeTempDir } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('settings.json', () => {
  it('is written by the atomic writer, with what was set, and read back on the next start', async () => {
    const path = join(dir, 'settings.json');
    const write = vi.fn(writeFileAtomic);
    const file = new SettingsFile(path, {}, write);
    const settings = new SettingsStore(file);
    settings.updateSettings({ secretaryName: 'Kathrine' });
    settings.rememberRecent('/m/Direktionen.referat', 'Direktionen', new Date('2018-01-29'));
    await file.flush();
    expect(write).toHaveBeenCalled();
    expect(write.mock.calls.every(([target]) => target === path)).toBe(true);
    expect(readdirSync(dir)).toEqual(['settings.json']);

    const reopened = new SettingsStore(loadSettingsFile({ path, read: () => readStore(path) }));
    expect(reopened.getSettings().secretaryName).toBe('Kathrine');
    expect(reopened.recentFiles()[0]?.path).toBe('/m/Direktionen.referat');
  });

  it('coalesces a burst of changes into few writes, ending with the latest state', async () => {
    const path = join(dir, 'settings.json');
    const write = vi.fn(writeFileAtomic);
    const file = new SettingsFile(path, {}, write);
    for (let i = 0; i < 50; i++) file.set('lastExportFolder', `/mappe/${i}`);
    await file.flush();
    expect(write.mock.calls.length).toBeLessThanOrEqual(2);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ lastExportFolder: '/mappe/49' });
  });

  it('keeps the values when a write fails and writes them with the next change', async () => {
    const path = join(dir, 'settings.json');
    const write = vi
      .fn(writeFileAtomic)
      .mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    const file = new SettingsFile(path, {}, write);
    file.set('lastExportFolder', '/a');
    await file.flush();
    expect(file.get('lastExportFolder')).toBe('/a');
    file.set('windowState', { width: 800, height: 600 });
    await file.flush();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      lastExportFolder: '/a',
      windowState: { width: 800, height: 600 },
    });
  });

  it('starts from defaults when the file is damaged, and does not touch it until something changes', async () => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"settings": {"secretaryNa');
    const file = loadSettingsFile({ path, read: () => readStore(path) });
    expect(new SettingsStore(file).getSettings().secretaryName).toBe('');
    await file.flush();
    expect(readFileSync(path, 'utf8')).toBe('{"settings": {"secretaryNa');
    file.set('lastExportFolder', '/b');
    await file.flush();
    expect(JSON.parse(await fs.readFile(path, 'utf8'))).toEqual({ lastExportFolder: '/b' });
  });
});

/** What electron-store's reader does: parse the file (it throws on damaged JSON). */
function readStore(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('autosave and settings', () => {
  it('an autosave to a file neither writes settings nor touches the recent documents', async () => {
    const { createIpcHandlers } = await import('../../electron/main/ipc/handlers');
    const { createDispatch } = await import('../../electron/main/ipc/dispatch');
    const values = new Map<string, unknown>();
    const store = {
      get: (k: string) => values.get(k),
      set: vi.fn((k: string, v: unknown) => void values.set(k, v)),
    };
    const onDocumentUsed = vi.fn();
    const path = join(dir, 'Direktionen.referat');
    const dispatch = createDispatch(
      createIpcHandlers({
        appVersion: '1',
        platform: 'linux',
        now: () => new Date('2018-01-29T09:00:00Z'),
        settings: new SettingsStore(store),
        dialogs: {
          chooseMeetingToOpen: () => Promise.resolve(path),
          chooseSavePath: () => Promise.resolve(path),
          chooseAttachment: () => Promise.resolve(null),
        },
        dataFolder: join(dir, 'appdata'),
        onDocumentUsed,
      }),
    );
    const created = await dispatch('meeting:create', undefined);
    if (!created.ok) throw new Error(created.error.code);
    const { handle, meeting } = created.value as OpenedMeeting;
    const parts = (body: string) => ({
      handle,
      header: JSON.stringify({ ...meeting, body, items: [] }),
      items: meeting.items.map((item) => ({ id: item.id, json: JSON.stringify(item) })),
    });
    expect(await dispatch('meeting:save-as', parts('Direktionen'))).toMatchObject({ ok: true });
    expect(onDocumentUsed).toHaveBeenCalledOnce();
    store.set.mockClear();
    for (let i = 0; i < 3; i++) {
      expect(await dispatch('meeting:save-parts', parts(`Direktionen ${i}`))).toMatchObject({
        ok: true,
        value: { missing: [] },
      });
    }
    expect(store.set).not.toHaveBeenCalled();
    expect(onDocumentUsed).toHaveBeenCalledOnce();
  });
});
