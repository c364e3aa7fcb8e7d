import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import {
  freeFileName,
  sharedFolderFromArgv,
  TemplateLibraryFolders,
} from '../../electron/main/templates/template-library';
import type { OpenedMeeting, TemplateLibrary } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { BUILT_IN_TEMPLATES } from '../../shared/template/built-in/index';
import { readTemplateFile, serializeTemplateFile } from '../../shared/template/file';
import { plainTemplate, templateFileText } from '../support/bad-templates';
import { makeTempDir, makeUnwritable } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('referat-templates-')));
afterEach(() => cleanup());

/** A template named `name` with id `id`, as a file's text. */
function templateText(id: string, name: string): string {
  return serializeTemplateFile({ ...plainTemplate('internt'), id, name });
}

function folders() {
  const user = join(dir, 'userData', 'skabeloner');
  const shared = join(dir, 'kommunen');
  mkdirSync(shared);
  return { user, shared };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('the template library over real folders', () => {
  it('lists the built-ins, then the shared folder, then the user folder; an invalid file with its Danish problem', async () => {
    const { user, shared } = folders();
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    writeFileSync(join(shared, 'ødelagt.referat-skabelon'), '{ "format": "referat-skabelon", ');
    const wrong = plainTemplate();
    wrong.item.heading = '{nr}. {overskrift}';
    writeFileSync(join(shared, 'forkert.referat-skabelon'), templateFileText(wrong));
    writeFileSync(join(shared, 'noter.txt'), 'ikke en skabelon');
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, 'mit.referat-skabelon'), templateText('mit', 'Mit udvalg'));

    const library = new TemplateLibraryFolders({ userFolder: user, sharedFolder: () => shared });
    const listed = await library.list();
    expect(listed.problems).toEqual([]);
    expect(listed.entries.map((e) => [e.key, e.name, e.template !== null])).toEqual([
      ...BUILT_IN_TEMPLATES.map((t) => [`indbygget:${t.id}`, t.name, true]),
      ['faelles:forkert.referat-skabelon', 'forkert.referat-skabelon', false],
      ['faelles:tmu.referat-skabelon', 'Teknik og Miljø', true],
      ['faelles:ødelagt.referat-skabelon', 'ødelagt.referat-skabelon', false],
      ['bruger:mit.referat-skabelon', 'Mit udvalg', true],
    ]);
    const problems = (key: string) => listed.entries.find((e) => e.key === key)?.problems;
    expect(problems('faelles:forkert.referat-skabelon')?.[0]).toContain(
      'Punktoverskriften bruger den ukendte pladsholder {overskrift}',
    );
    expect(problems('faelles:ødelagt.referat-skabelon')?.[0]).toMatch(/^Filen er ikke gyldig JSON/);
    expect((await library.find('faelles:tmu.referat-skabelon'))?.id).toBe('tmu');
    expect(await library.find('faelles:forkert.referat-skabelon')).toBeNull();
    expect(await library.find('bruger:findes-ikke.referat-skabelon')).toBeNull();
  });

  it('names a missing shared folder in Danish and still lists the rest; no user folder is no problem', async () => {
    const library = new TemplateLibraryFolders({
      userFolder: join(dir, 'aldrig-oprettet'),
      sharedFolder: () => join(dir, 'netdrev-væk'),
    });
    const listed = await library.list();
    expect(listed.entries).toHaveLength(BUILT_IN_TEMPLATES.length);
    expect(listed.problems).toEqual([
      `Skabelonmappen «${join(dir, 'netdrev-væk')}» findes ikke (er netværksdrevet tilsluttet?).`,
    ]);
  });

  it('saves into the user folder only; a built-in or shared template saved from the editor becomes a user copy', async ({
    skip,
  }) => {
    const { user, shared } = folders();
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    const restore = makeUnwritable(shared, skip);
    try {
      const library = new TemplateLibraryFolders({ userFolder: user, sharedFolder: () => shared });
      const template = { ...plainTemplate('internt'), id: 'tmu', name: 'Teknik og Miljø (min)' };
      const key = await library.save(template, 'faelles:tmu.referat-skabelon');
      expect(key).toBe('bruger:tmu.referat-skabelon');
      expect(readdirSync(shared)).toEqual(['tmu.referat-skabelon']);
      expect(
        readTemplateFile(readFileSync(join(shared, 'tmu.referat-skabelon'), 'utf8')),
      ).toMatchObject({ ok: true, template: { name: 'Teknik og Miljø' } });
      // Saving again over one's own copy replaces it; a new template with the same id gets its own file.
      expect(await library.save({ ...template, name: 'Ændret' }, key)).toBe(key);
      expect(await library.save({ ...template, name: 'Endnu en' }, null)).toBe(
        'bruger:tmu-2.referat-skabelon',
      );
      const mine = (await library.list()).entries.filter((e) => e.source === 'user');
      expect(mine.map((e) => e.name)).toEqual(['Endnu en', 'Ændret']);
    } finally {
      restore();
    }
  });

  it('imports a valid file as a copy under a free name, and refuses an invalid one with its problems', async () => {
    const { user } = folders();
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, 'tmu.referat-skabelon'), templateText('tmu', 'Første'));
    const outside = join(dir, 'fra IT.referat-skabelon');
    writeFileSync(outside, templateText('tmu', 'Fra IT'));
    const library = new TemplateLibraryFolders({ userFolder: user, sharedFolder: () => null });
    expect(await library.importFile(outside)).toEqual({
      ok: true,
      key: 'bruger:tmu-2.referat-skabelon',
      name: 'Fra IT',
      warnings: [],
    });
    expect(readdirSync(user).sort()).toEqual(['tmu-2.referat-skabelon', 'tmu.referat-skabelon']);

    const meetingFile = join(dir, 'møde.referat-skabelon');
    writeFileSync(meetingFile, JSON.stringify({ format: 'referat', schemaVersion: 2 }));
    expect(await library.importFile(meetingFile)).toEqual({
      ok: false,
      problems: ['Filen er en mødefil (.referat), ikke en skabelon.'],
    });
    expect(readdirSync(user)).toHaveLength(2);
  });

  it('reads the --skabelonmappe switch and finds free file names case-insensitively', () => {
    expect(sharedFolderFromArgv(['referat.exe', '--skabelonmappe=\\\\srv\\skabeloner'])).toBe(
      '\\\\srv\\skabeloner',
    );
    expect(sharedFolderFromArgv(['referat', '--skabelonmappe="/mnt/IT/Skabeloner"'])).toBe(
      '/mnt/IT/Skabeloner',
    );
    expect(sharedFolderFromArgv(['referat', '--skabelonmappe=', 'møde.referat'])).toBeNull();
    expect(freeFileName('tmu', ['TMU.referat-skabelon', 'tmu-2.referat-skabelon'])).toBe(
      'tmu-3.referat-skabelon',
    );
  });
});

describe('the template channels', () => {
  function app(shared: string | null, locked = false) {
    const values = new Map<string, unknown>([['sharedTemplateFolder', shared]]);
    const settings = new SettingsStore({
      get: (k) => values.get(k),
      set: (k, v) => values.set(k, v),
    });
    const importAnswers: (string | null)[] = [];
    const exportAnswers: (string | null)[] = [];
    const folderAnswers: (string | null)[] = [];
    const userFolder = join(dir, 'data', 'skabeloner');
    const dispatch = createDispatch(
      createIpcHandlers({
        appVersion: '1',
        platform: 'linux',
        now: () => new Date('2021-05-12T08:00:00Z'),
        settings,
        dialogs: {
          chooseMeetingToOpen: () => Promise.resolve(null),
          chooseSavePath: () => Promise.resolve(null),
          chooseAttachment: () => Promise.resolve(null),
        },
        dataFolder: join(dir, 'data'),
        templates: {
          library: new TemplateLibraryFolders({
            userFolder,
            sharedFolder: () => settings.sharedTemplateFolder(),
            sharedFolderLocked: () => locked,
          }),
          chooseSharedFolder: () => Promise.resolve(folderAnswers.shift() ?? null),
          setSharedFolder: (folder) => settings.setSharedTemplateFolder(folder),
          chooseImport: () => Promise.resolve(importAnswers.shift() ?? null),
          chooseExportPath: () => Promise.resolve(exportAnswers.shift() ?? null),
        },
      }),
    );
    return { dispatch, importAnswers, exportAnswers, folderAnswers, settings, userFolder };
  }

  it('refuses paths, unknown keys and invalid templates before any handler runs', async () => {
    const { dispatch } = app(null);
    for (const key of ['../../etc/passwd', 'bruger:../x', 'faelles:a\\b', 'fil:/tmp/x', '']) {
      expect(await dispatch('templates:export', { key })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    const broken = { ...plainTemplate(), sections: [] };
    expect(await dispatch('templates:save', { template: broken, replace: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await dispatch('meeting:create', { template: '/home/x.referat-skabelon' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(readdirSync(join(dir))).not.toContain('data');
  });

  it("deletes only the user's own templates, handing the file to discard (the OS trash in the app)", async () => {
    const shared = join(dir, 'kommunen');
    mkdirSync(shared);
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    const { dispatch, userFolder } = app(shared);
    const saved = value<{ key: string }>(
      await dispatch('templates:save', { template: plainTemplate(), replace: null }),
    );
    expect(readdirSync(userFolder)).toHaveLength(1);
    for (const key of [
      'indbygget:udvalg',
      'faelles:tmu.referat-skabelon',
      'bruger:findes-ikke.referat-skabelon',
    ]) {
      expect(await dispatch('templates:delete', { key })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
    expect(
      await dispatch('templates:delete', { key: 'bruger:../kommunen/tmu.referat-skabelon' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(readdirSync(shared)).toEqual(['tmu.referat-skabelon']);

    const after = value<TemplateLibrary>(await dispatch('templates:delete', { key: saved.key }));
    expect(after.entries.map((entry) => entry.key)).not.toContain(saved.key);
    expect(after.entries.some((entry) => entry.key === 'faelles:tmu.referat-skabelon')).toBe(true);
    expect(readdirSync(userFolder)).toEqual([]);

    const discarded: string[] = [];
    const library = new TemplateLibraryFolders({
      userFolder,
      sharedFolder: () => null,
      discard: (path) => {
        discarded.push(path);
        return Promise.resolve();
      },
    });
    const key = await library.save(plainTemplate(), null);
    expect(await library.remove(key)).toBe(true);
    expect(discarded).toEqual([join(userFolder, key.slice('bruger:'.length))]);
  });

  it('creates a meeting with a library template, exports it and imports it back', async () => {
    const shared = join(dir, 'kommunen');
    mkdirSync(shared);
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    const { dispatch, importAnswers, exportAnswers, userFolder } = app(shared);
    const library = value<TemplateLibrary>(await dispatch('templates:list', undefined));
    expect(library.sharedFolder).toBe(shared);
    const created = value<OpenedMeeting>(
      await dispatch('meeting:create', { template: 'faelles:tmu.referat-skabelon' }),
    );
    expect(created.meeting.template.name).toBe('Teknik og Miljø');
    // "Nyt møde ud fra dette" keeps the template, even after the file is gone from the folder.
    rmSync(join(shared, 'tmu.referat-skabelon'));
    const next = value<OpenedMeeting>(
      await dispatch('meeting:create-from', { handle: created.handle }),
    );
    expect(next.meeting.template).toEqual(created.meeting.template);
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    // A key that names nothing any more falls back to the default template.
    const fallback = value<OpenedMeeting>(
      await dispatch('meeting:create', { template: 'faelles:væk.referat-skabelon' }),
    );
    expect(fallback.meeting.template.id).toBe(BUILT_IN_TEMPLATES[0]?.id);

    const target = join(dir, 'ud', 'TMU.referat-skabelon');
    mkdirSync(join(dir, 'ud'));
    exportAnswers.push(target);
    expect(
      value(await dispatch('templates:export', { key: 'faelles:tmu.referat-skabelon' })),
    ).toEqual({ path: target });
    expect(readTemplateFile(readFileSync(target, 'utf8'))).toMatchObject({
      ok: true,
      template: { id: 'tmu' },
    });
    expect(value(await dispatch('templates:export', { key: 'indbygget:udvalg' }))).toBeNull();

    importAnswers.push(target);
    expect(value(await dispatch('templates:import', undefined))).toEqual({
      key: 'bruger:tmu.referat-skabelon',
      name: 'Teknik og Miljø',
      problems: [],
      warnings: [],
    });
    expect(readdirSync(userFolder)).toEqual(['tmu.referat-skabelon']);
    expect(value(await dispatch('templates:import', undefined))).toBeNull();
  });

  it('sets the shared folder through a folder dialog in main, clears it, and refuses when --skabelonmappe set it', async () => {
    const shared = join(dir, 'kommunen');
    mkdirSync(shared);
    writeFileSync(join(shared, 'tmu.referat-skabelon'), templateText('tmu', 'Teknik og Miljø'));
    const { dispatch, folderAnswers, settings } = app(null);
    expect(value(await dispatch('templates:set-shared-folder', { choose: true }))).toBeNull();
    folderAnswers.push(shared);
    const listed = value<TemplateLibrary>(
      await dispatch('templates:set-shared-folder', { choose: true }),
    );
    expect(listed.sharedFolder).toBe(shared);
    expect(listed.entries.some((e) => e.key === 'faelles:tmu.referat-skabelon')).toBe(true);
    expect(settings.sharedTemplateFolder()).toBe(shared);
    const cleared = value<TemplateLibrary>(
      await dispatch('templates:set-shared-folder', { choose: false }),
    );
    expect(cleared.sharedFolder).toBeNull();
    // The page cannot hand main a folder: only the dialog's answer counts.
    expect(await dispatch('templates:set-shared-folder', { choose: true, folder: '/etc' })).toEqual(
      { ok: true, value: null },
    );
    expect(settings.sharedTemplateFolder()).toBeNull();
    const locked = app(shared, true);
    expect(await locked.dispatch('templates:set-shared-folder', { choose: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(locked.settings.sharedTemplateFolder()).toBe(shared);
  });
});
