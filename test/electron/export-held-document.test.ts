/**
 * 'export:docx' and 'export:pdf' through the real dispatch: the page sends
 * its unsaved changes as autosave parts, main applies them to the document
 * it holds and exports that, whether or not the meeting has a file yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportDeps } from '../../electron/main/export/export-handlers';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import type { OpenedMeeting } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Meeting } from '../../shared/model/meeting';
import { sampleMeeting } from '../support/meeting-builders';
import { makeTempDir } from '../support/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const now = () => new Date('2018-01-29T08:31:00Z');

/** The real handlers; the export records the meeting it was given and writes one byte. */
function app() {
  const { dir: folder, cleanup } = makeTempDir('referat-export-held-');
  cleanups.push(cleanup);
  const open: string[] = [];
  const values = new Map<string, unknown>();
  const settings = new SettingsStore({
    get: (k) => values.get(k),
    set: (k, v) => values.set(k, v),
  });
  const exported: Meeting[] = [];
  const exportDeps = {
    runExport: vi.fn((meeting: Meeting) => {
      exported.push(meeting);
      return Promise.resolve(new Uint8Array([1]));
    }),
    prepareExport: vi.fn(),
    noteActivity: vi.fn(),
    chooseExportPath: vi.fn((name: string) => Promise.resolve(join(folder, name))),
    lastFolder: () => null,
    publicShowsClosedTitles: () => false,
    rememberFolder: vi.fn(),
    showInFolder: vi.fn(),
    openPath: () => Promise.resolve(''),
  } satisfies ExportDeps;
  const dispatch = createDispatch(
    createIpcHandlers({
      appVersion: '1',
      platform: 'linux',
      now,
      settings,
      dialogs: {
        chooseMeetingToOpen: () => Promise.resolve(open.shift() ?? null),
        chooseSavePath: () => Promise.resolve(null),
        chooseAttachment: () => Promise.resolve(null),
      },
      dataFolder: join(folder, 'data'),
      exportDocx: exportDeps,
    }),
  );
  return { folder, open, dispatch, exportDeps, exported };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const header = (meeting: Meeting) => JSON.stringify({ ...meeting, items: [] });
const byId = (meeting: Meeting) => meeting.items.map((item) => ({ id: item.id }));

describe('export from the document main holds', () => {
  it('applies the page’s changes and exports them, leaving the file to autosave', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const path = join(a.folder, 'M.referat');
    const text = serializeMeetingFile(meeting, { appVersion: '1', savedAt: now().toISOString() });
    writeFileSync(path, text);
    a.open.push(path);
    const { handle } = value<OpenedMeeting>(await a.dispatch('meeting:open-dialog', undefined));
    expect(a.exportDeps.prepareExport).toHaveBeenCalledTimes(1);

    const renamed = { ...meeting.items[1]!, title: 'Skrevet lige før Ctrl+E' };
    const items = [{ id: meeting.items[0]!.id }, { id: renamed.id, json: JSON.stringify(renamed) }];
    const reply = await a.dispatch('export:docx', {
      handle,
      header: header({ ...meeting, venue: 'Sal 2' }),
      items,
      version: 'internal',
    });
    const written = join(a.folder, 'Direktionen 2018-01-29.docx');
    expect(reply).toEqual({ ok: true, value: { path: written, missing: [] } });
    expect(readFileSync(written)).toEqual(Buffer.from([1]));
    expect(a.exported).toEqual([
      { ...meeting, venue: 'Sal 2', items: [meeting.items[0], renamed] },
    ]);
    // The meeting file is autosave's to write; it is as it was.
    expect(readFileSync(path, 'utf8')).toBe(text);

    // Main holds the change: the next autosave names the item by id alone and writes it.
    expect(a.exportDeps.noteActivity).not.toHaveBeenCalled();
    await a.dispatch('meeting:save-parts', {
      handle,
      header: header({ ...meeting, venue: 'Sal 2' }),
      items: byId(meeting),
    });
    // An autosave tells the export's warm-up that the secretary is writing.
    expect(a.exportDeps.noteActivity).toHaveBeenCalledTimes(1);
    const saved = readMeetingFile(readFileSync(path, 'utf8'));
    expect(saved.ok && saved.meeting.items[1]!.title).toBe('Skrevet lige før Ctrl+E');
  });

  it('exports a meeting that has no file yet', async () => {
    const a = app();
    const { handle, meeting } = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    const item = { ...sampleMeeting().items[0]! };
    const reply = await a.dispatch('export:pdf', {
      handle,
      header: header({ ...meeting, body: 'Byrådet' }),
      items: [{ id: item.id, json: JSON.stringify(item) }],
      version: 'public',
    });
    expect(value<{ path: string }>(reply).path).toMatch(/^.*Byrådet .*\(offentlig\)\.pdf$/);
    expect(a.exported).toEqual([{ ...meeting, body: 'Byrådet', items: [item] }]);
    expect(a.exportDeps.runExport).toHaveBeenCalledWith(
      expect.anything(),
      { version: 'public', publicShowsClosedTitles: false },
      'pdf',
    );
  });

  it('asks for items it does not hold and exports nothing then', async () => {
    const a = app();
    const { handle } = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    const meeting = sampleMeeting();
    const reply = await a.dispatch('export:docx', {
      handle,
      header: header(meeting),
      items: byId(meeting),
      version: 'internal',
    });
    expect(reply).toEqual({
      ok: true,
      value: { path: null, missing: meeting.items.map((item) => item.id) },
    });
    expect(a.exportDeps.chooseExportPath).not.toHaveBeenCalled();
    expect(a.exportDeps.runExport).not.toHaveBeenCalled();
  });

  it('refuses parts that would put one item in another’s place, and an unknown handle', async () => {
    const a = app();
    const { handle, meeting } = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    const item = sampleMeeting().items[0]!;
    const twice = [
      { id: item.id, json: JSON.stringify(item) },
      { id: item.id, json: JSON.stringify(item) },
    ];
    const request = { handle, header: header(meeting), items: twice, version: 'internal' };
    expect(await a.dispatch('export:docx', request)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await a.dispatch('export:docx', { ...request, handle: 'made-up', items: [] }),
    ).toMatchObject({ ok: false, error: { code: 'document-not-open' } });
    expect(a.exportDeps.runExport).not.toHaveBeenCalled();
  });
});
