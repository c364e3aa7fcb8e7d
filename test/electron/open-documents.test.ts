/**
 * Main's ownership of open meetings, through the real dispatch: the page
 * names documents by handle, main reads and writes only files the user
 * chose, and an autosave can never put one item's text in another's place.
 */
import { existsSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers, type Dialogs } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import { LIMITS } from '../../shared/format/limits';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { ipcContract, type OpenedMeeting } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Meeting } from '../../shared/model/meeting';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';
import { makeTempDir } from '../support/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempFolder(): string {
  const { dir, cleanup } = makeTempDir('referat-documents-');
  cleanups.push(cleanup);
  return dir;
}

const now = () => new Date('2018-01-29T08:31:00Z');

/** The real handlers with scripted dialogs (answers consumed in order) and an in-memory settings store. */
function app(folder = tempFolder()) {
  const open: (string | null)[] = [];
  const save: (string | null)[] = [];
  const dialogs: Dialogs = {
    chooseMeetingToOpen: () => Promise.resolve(open.shift() ?? null),
    chooseSavePath: () => Promise.resolve(save.shift() ?? null),
    chooseAttachment: () => Promise.resolve(null),
  };
  const values = new Map<string, unknown>();
  const settings = new SettingsStore({
    get: (k) => values.get(k),
    set: (k, v) => values.set(k, v),
  });
  const dispatch = createDispatch(
    createIpcHandlers({
      appVersion: '1',
      platform: 'linux',
      now,
      settings,
      dialogs,
      dataFolder: join(folder, 'data'),
    }),
  );
  return { folder, dispatch, settings, open, save };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function writeMeeting(path: string, meeting: Meeting): void {
  writeFileSync(
    path,
    serializeMeetingFile(meeting, { appVersion: '1', savedAt: now().toISOString() }),
  );
}

function onDisk(path: string): Meeting {
  const result = readMeetingFile(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.meeting;
}

const header = (meeting: Meeting) => JSON.stringify({ ...meeting, items: [] });
const full = (meeting: Meeting) =>
  meeting.items.map((item) => ({ id: item.id, json: JSON.stringify(item) }));
const byId = (meeting: Meeting) => meeting.items.map((item) => ({ id: item.id }));

/** Opens `meeting`, written to a file, through the open dialog. */
async function openThroughDialog(a: ReturnType<typeof app>, meeting: Meeting, name = 'M.referat') {
  const path = join(a.folder, name);
  writeMeeting(path, meeting);
  a.open.push(path);
  const result = value<OpenedMeeting>(await a.dispatch('meeting:open-dialog', undefined));
  return { path, handle: result.handle, result };
}

describe('documents named by handle', () => {
  it('opens through the dialog, saves only what changed, and never names the path to the page', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle, result } = await openThroughDialog(a, meeting);
    expect(result).toMatchObject({ fileName: 'M.referat', meeting, migratedFrom: null });
    expect(JSON.stringify(result)).not.toContain(a.folder);

    const renamed = { ...meeting.items[1]!, title: 'Omdøbt' };
    const items = [{ id: meeting.items[0]!.id }, { id: renamed.id, json: JSON.stringify(renamed) }];
    const saved = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items,
    });
    expect(saved).toMatchObject({ ok: true, value: { missing: [] } });
    expect(onDisk(path)).toEqual({ ...meeting, items: [meeting.items[0], renamed] });
  });

  it('asks for items it does not hold and writes nothing then', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const created = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    const { handle } = created;
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items: byId(meeting),
    });
    expect(reply).toEqual({
      ok: true,
      value: { savedAt: null, missing: meeting.items.map((item) => item.id) },
    });
    expect(await a.dispatch('recovery:list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('keeps a new meeting in the recovery area until Gem som…, then in the chosen file only', async () => {
    const a = app();
    const { handle, meeting } = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    const changed = { ...meeting, body: 'Teknik- og Miljøudvalget' };
    const parts = { handle, header: header(changed), items: [] };
    expect(await a.dispatch('meeting:save-parts', parts)).toMatchObject({ ok: true });
    const listed = value<{ id: string; title: string }[]>(
      await a.dispatch('recovery:list', undefined),
    );
    expect(listed.map((entry) => entry.id)).toEqual([meeting.id]);
    expect(listed[0]?.title).toContain('Teknik');

    const target = join(a.folder, 'TMU.referat');
    a.save.push(target);
    const saved = await a.dispatch('meeting:save-as', parts);
    expect(saved).toMatchObject({ ok: true, value: { saved: { fileName: 'TMU.referat' } } });
    expect(onDisk(target).body).toBe('Teknik- og Miljøudvalget');
    // The recovery copy is gone, the recent list knows the file, autosave goes there now.
    expect(await a.dispatch('recovery:list', undefined)).toEqual({ ok: true, value: [] });
    expect(a.settings.recentFiles().map((f) => f.path)).toEqual([target]);
    await a.dispatch('meeting:save-parts', {
      ...parts,
      header: header({ ...changed, venue: 'Sal 2' }),
    });
    expect(onDisk(target).venue).toBe('Sal 2');
  });

  it('builds "Nyt møde ud fra dette" from what main holds, as a new unsaved document', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { handle } = await openThroughDialog(a, meeting);
    const next = value<OpenedMeeting>(await a.dispatch('meeting:create-from', { handle }));
    expect(next.handle).not.toBe(handle);
    expect(next.fileName).toBeNull();
    expect(next.meeting.items.map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
    expect(next.meeting.items.every((i) => i.decisions.length === 0)).toBe(true);
  });

  it('answers a closed or unknown handle with document-not-open', async () => {
    const a = app();
    const { handle } = value<OpenedMeeting>(await a.dispatch('meeting:create', undefined));
    await a.dispatch('meeting:close', { handle });
    for (const h of [handle, 'made-up']) {
      expect(
        await a.dispatch('meeting:save-parts', { handle: h, header: '{}', items: [] }),
      ).toMatchObject({ ok: false, error: { code: 'document-not-open' } });
    }
  });
});

describe('paths the page cannot choose', () => {
  it('refuses to open a file the user never chose, and leaks none of its content', async () => {
    const a = app();
    const secret = join(a.folder, 'secret.txt');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const other = join(a.folder, 'Andet.referat');
    writeMeeting(other, sampleMeeting());
    for (const path of [secret, other, '\\\\angriber\\share\\x.referat', '/etc/passwd']) {
      for (const channel of ['meeting:open-path', 'meeting:open-backup'] as const) {
        const reply = await a.dispatch(channel, { path });
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(JSON.stringify(reply)).not.toContain('root:x');
      }
    }
    expect(a.settings.recentFiles()).toEqual([]);
  });

  it('opens a file from the recent list, and one the user chose earlier', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path } = await openThroughDialog(a, meeting);
    expect(await a.dispatch('meeting:open-path', { path })).toMatchObject({ ok: true });
    // A later session: only the recent list remembers the choice.
    const later = app(a.folder);
    later.settings.rememberRecent(path, 'M', now());
    expect(await later.dispatch('meeting:open-path', { path })).toMatchObject({ ok: true });
  });

  it('takes a path from the page only to open a chosen file, forget a recent one, or show an export', () => {
    const takesPath = IPC_CHANNELS.filter((channel) => {
      const request: unknown = ipcContract[channel].request;
      const shape = (request as { shape?: Record<string, unknown> }).shape;
      return shape !== undefined && 'path' in shape;
    });
    expect(takesPath.sort()).toEqual([
      'meeting:open-backup',
      'meeting:open-path',
      'recent:forget',
      'shell:open-path',
      'shell:show-in-folder',
    ]);
  });

  it('never writes an error text holding the file content', async () => {
    const a = app();
    const path = join(a.folder, 'Ikke.referat');
    writeFileSync(path, 'root:x:0:0:root:/root:/bin/bash\n');
    a.open.push(path);
    const reply = await a.dispatch('meeting:open-dialog', undefined);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(JSON.stringify(reply)).not.toContain('root:x');
  });
});

describe('no save path copies one item onto another', () => {
  it('refuses an autosave that names an item twice, and keeps both items on disk', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const [first, second] = meeting.items as [Meeting['items'][0], Meeting['items'][0]];
    const edited = { ...first, sections: { baggrund: paragraphs('Ny tekst') } };
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items: [{ id: first.id, json: JSON.stringify(edited) }, { id: first.id }],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(onDisk(path).items).toEqual([first, second]);
  });

  it('refuses an autosave in which a decision, bilag or participant shares an id with anything else', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const [first, second] = meeting.items as [Meeting['items'][0], Meeting['items'][0]];
    const copied = { ...second, decisions: [{ ...first.decisions[0]!, text: paragraphs('Kopi') }] };
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items: [{ id: first.id }, { id: second.id, json: JSON.stringify(copied) }],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(onDisk(path).items).toEqual([first, second]);
  });

  it('refuses an item sent under another item’s id', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const [first, second] = meeting.items as [Meeting['items'][0], Meeting['items'][0]];
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items: [{ id: first.id }, { id: second.id, json: JSON.stringify(first) }],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(onDisk(path).items).toEqual([first, second]);
  });
});

describe('one set of limits for save and open', () => {
  it('refuses to save more items than opening accepts, writing nothing', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const before = readFileSync(path, 'utf8');
    const template = meeting.items[0]!;
    const many = Array.from({ length: LIMITS.items + 1 }, (_, i) => ({
      ...template,
      id: `i${i}`,
    }));
    // The contract refuses the request before any handler runs.
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items: many.map((item) => ({ id: item.id, json: JSON.stringify(item) })),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('refuses a save that would write a file larger than opening accepts', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const before = readFileSync(path, 'utf8');
    // Two items of ~33 MB each: each part is within the contract, the file is not.
    const big = 'ø'.repeat(LIMITS.fileBytes / 4);
    const items = meeting.items.map((item) => ({
      id: item.id,
      json: JSON.stringify({ ...item, sections: { sagsfremstilling: paragraphs(big) } }),
    }));
    const reply = await a.dispatch('meeting:save-parts', {
      handle,
      header: header(meeting),
      items,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'meeting-too-large' } });
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it('opens every file it saves: a saved meeting at the item limit opens again', async () => {
    const a = app();
    const meeting = sampleMeeting();
    const { path, handle } = await openThroughDialog(a, meeting);
    const template = meeting.items[0]!;
    const many = Array.from({ length: LIMITS.items }, (_, i) => ({
      ...template,
      id: `i${i}`,
      decisions: [],
    }));
    const grown = { ...meeting, items: many };
    expect(
      await a.dispatch('meeting:save-parts', {
        handle,
        header: header(grown),
        items: full(grown),
      }),
    ).toMatchObject({ ok: true });
    a.open.push(path);
    expect(await a.dispatch('meeting:open-dialog', undefined)).toMatchObject({ ok: true });
    await fs.rm(path);
  });
});
