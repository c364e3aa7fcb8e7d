/**
 * Opening damaged or crafted files through the real handlers: a clear
 * Danish refusal, nothing added to the recent list, nothing hangs.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveMeeting } from '../../electron/main/documents/document-store';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import { serializeMeetingFile } from '../../shared/format/write';
import { describeIpcError } from '../../shared/ipc/describe-error';
import type { IpcError } from '../../shared/ipc/result';
import { sampleMeeting } from '../support/meeting-builders';
import { requireTools } from '../support/require-tool';
import { makeTempDir } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** The handlers with a scripted open dialog that picks `path`, and the settings they remember into. */
function appOpening(path: string) {
  const values = new Map<string, unknown>();
  const settings = new SettingsStore({
    get: (k) => values.get(k),
    set: (k, v) => values.set(k, v),
  });
  const dispatch = createDispatch(
    createIpcHandlers({
      appVersion: '1',
      platform: 'linux',
      now: () => new Date('2018-01-29T09:00:00Z'),
      settings,
      dialogs: {
        chooseMeetingToOpen: () => Promise.resolve(path),
        chooseSavePath: () => Promise.resolve(null),
        chooseAttachment: () => Promise.resolve(null),
      },
      dataFolder: join(dir, 'appdata'),
    }),
  );
  return { open: () => dispatch('meeting:open-dialog', undefined), settings };
}

describe('opening hostile files', () => {
  it('refuses 100 000 levels of nesting in an unknown field with a Danish reason, and does not list it as recent', async () => {
    const path = join(dir, 'Dyb.referat');
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = serializeMeetingFile(sampleMeeting(), { appVersion: '1', savedAt: '' }).replace(
      /"detail": ?0/,
      `"detail":0,"extra":${deep}`,
    );
    expect(text).toContain('"extra"');
    writeFileSync(path, text);
    const { open, settings } = appOpening(path);
    const result = await open();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path } });
    const message = describeIpcError((result as { error: IpcError }).error);
    expect(message).toContain('«Dyb.referat» har et indhold, Referat ikke kan bruge');
    expect(message).toContain('dybere end');
    expect(message).not.toMatch(/call stack/i);
    expect(settings.recentFiles()).toEqual([]);
  });
});

describe.runIf(process.platform !== 'win32' && requireTools('mkfifo'))(
  'a named pipe (FIFO)',
  () => {
    it('is reported as not a regular file, not as a folder, without blocking', async () => {
      const path = join(dir, 'Rør.referat');
      execFileSync('mkfifo', [path]);
      const { open, settings } = appOpening(path);
      const result = await open();
      expect(result).toMatchObject({ ok: false, error: { code: 'not-a-file', path } });
      const message = describeIpcError((result as { error: IpcError }).error);
      expect(message).toContain('ikke en almindelig fil');
      expect(message).not.toContain('mappe');
      expect(settings.recentFiles()).toEqual([]);
    });

    it('does not block a save whose backup step meets a pipe', async () => {
      const path = join(dir, 'Rør.referat');
      execFileSync('mkfifo', [path]);
      const result = await saveMeeting(path, sampleMeeting(), {
        appVersion: '1',
        now: () => new Date(),
      });
      expect(result.ok).toBe(true);
    });
  },
);

describe('a folder', () => {
  it('is reported as a folder', async () => {
    const { open } = appOpening(dir);
    const result = await open();
    expect(result).toMatchObject({ ok: false, error: { code: 'is-folder' } });
    expect(describeIpcError((result as { error: IpcError }).error)).toContain('er en mappe');
  });
});
