/**
 * "Vælg logo…" in main: the dialog's file read (never a path from the
 * page), checked, and returned as the template's data URL or a Danish
 * problem, over real files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../electron/main/ipc/handlers';
import { SettingsStore } from '../../electron/main/settings/settings-store';
import { TemplateLibraryFolders } from '../../electron/main/templates/template-library';
import type { Result } from '../../shared/ipc/result';
import { MAX_LOGO_BYTES } from '../../shared/template/logo-image';
import { dataUrl, jpegHeader, solidPng } from '../support/images';
import { makeTempDir } from '../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('referat-logo-')));
afterEach(() => cleanup());

function app() {
  const answers: (string | null)[] = [];
  const settings = new SettingsStore({ get: () => undefined, set: () => undefined });
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
          userFolder: join(dir, 'data', 'skabeloner'),
          sharedFolder: () => null,
        }),
        chooseImport: () => Promise.resolve(null),
        chooseExportPath: () => Promise.resolve(null),
        chooseLogo: () => Promise.resolve(answers.shift() ?? null),
      },
    }),
  );
  return { answers, dispatch, pick: () => dispatch('templates:pick-logo', undefined) };
}

function value(result: Result<unknown>): unknown {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('choosing a logo', () => {
  it('reads the chosen PNG or JPEG into the data URL the template stores', async () => {
    const { answers, pick } = app();
    const png = solidPng(30, 10);
    writeFileSync(join(dir, 'logo.png'), png);
    // A JPEG with a .png name is still a JPEG: the bytes decide.
    writeFileSync(join(dir, 'foto.png'), jpegHeader(64, 48));
    answers.push(join(dir, 'logo.png'), join(dir, 'foto.png'));
    expect(value(await pick())).toEqual({ image: dataUrl(png) });
    expect(value(await pick())).toEqual({ image: dataUrl(jpegHeader(64, 48), 'jpeg') });
    // Cancelled.
    expect(value(await pick())).toBeNull();
  });

  it('says in Danish what is wrong with a file that is no logo', async () => {
    const { answers, pick } = app();
    writeFileSync(join(dir, 'logo.gif'), 'GIF89a');
    writeFileSync(
      join(dir, 'stor.png'),
      Buffer.concat([solidPng(1, 1), Buffer.alloc(MAX_LOGO_BYTES)]),
    );
    answers.push(join(dir, 'logo.gif'), join(dir, 'stor.png'), join(dir, 'væk.png'));
    expect(value(await pick())).toEqual({
      problem: '«logo.gif»: Logoet skal være et PNG- eller JPEG-billede',
    });
    expect(value(await pick())).toEqual({
      problem: '«stor.png» fylder over 1024 kB; et logo må højst fylde 1024 kB',
    });
    expect(value(await pick())).toEqual({
      problem: '«væk.png» kan ikke læses. Findes filen stadig, og har du adgang til den?',
    });
  });

  it('takes no path from the page', async () => {
    const { answers, dispatch } = app();
    answers.push(join(dir, 'x.png'));
    expect(await dispatch('templates:pick-logo', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    // The dialog was not even opened.
    expect(answers).toHaveLength(1);
  });
});
