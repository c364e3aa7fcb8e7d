/**
 * Packages the built app (`out/`) offline with the real electron-builder,
 * for the smoke test. The Electron binary cannot be downloaded here, so a
 * stand-in "Electron distribution" is used: a tiny script that carries
 * Electron's fuse wire (sentinel + version + fuse bytes) exactly like the
 * real binary, so electron-builder's fuse step runs for real and its result
 * can be read back.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CONFIG_PATH, ROOT } from './builder-config';

const require = createRequire(import.meta.url);

/** The marker @electron/fuses looks for in the Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order in wire version 1 (see @electron/fuses FuseV1Options). */
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
/** Electron's own defaults, so a fuse left untouched by the config stays visible. */
const ELECTRON_DEFAULT_WIRE = '10110001';

/** Writes a stand-in Electron distribution into `dir` and returns `dir`. */
export function writeDummyElectronDist(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from(`#!/bin/sh\necho "stand-in Electron for tests"\n# ${FUSE_SENTINEL}`, 'latin1'),
      Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
      Buffer.from(`${ELECTRON_DEFAULT_WIRE}\n`, 'latin1'),
    ]),
  );
  chmodSync(executable, 0o755);
  return dir;
}

/** Reads the fuse states ('0'/'1') back from a packaged executable. */
export function readFuses(executable: string): Record<(typeof FUSE_ORDER)[number], boolean> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  if (at < FUSE_SENTINEL.length) throw new Error(`no fuse wire in ${executable}`);
  const entries = FUSE_ORDER.map((name, index) => [name, bytes[at + 2 + index] === 0x31]);
  return Object.fromEntries(entries) as Record<(typeof FUSE_ORDER)[number], boolean>;
}

/**
 * Runs `electron-builder --linux dir` into `outputDir` and returns the
 * unpacked app folder. Proxy variables point at a closed port so that any
 * attempt to download (Electron, tools) fails the build instead of quietly
 * needing the internet.
 */
export async function packageLinuxDir(electronDist: string, outputDir: string): Promise<string> {
  const cli = require.resolve('electron-builder/cli.js');
  const noNetwork = 'http://127.0.0.1:9';
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      '--config',
      CONFIG_PATH,
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${outputDir}`,
    ],
    {
      cwd: ROOT,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        HTTP_PROXY: noNetwork,
        HTTPS_PROXY: noNetwork,
        http_proxy: noNetwork,
        https_proxy: noNetwork,
        NO_PROXY: '',
        no_proxy: '',
      },
    },
  ).catch((error: Error & { stdout?: string; stderr?: string }) => {
    // execFile's message names only the command; the reason is in the output.
    throw new Error(`${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim());
  });
  return join(outputDir, 'linux-unpacked');
}
