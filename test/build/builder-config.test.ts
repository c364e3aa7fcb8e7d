import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appBuilderLibVersion,
  loadBuilderConfig,
  PINNED_APP_BUILDER_LIB,
  ROOT,
  validateBuilderConfig,
  type BuilderConfig,
} from './builder-config';

describe('electron-builder configuration', () => {
  it('uses the app-builder-lib version whose internal validator path we rely on', () => {
    expect(appBuilderLibVersion()).toBe(PINNED_APP_BUILDER_LIB);
  });

  it('passes electron-builder’s own schema validation', async () => {
    const config = await loadBuilderConfig();
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
  });

  it('is rejected by the validator when it contains an unknown option (the check is live)', async () => {
    const config: BuilderConfig = { ...(await loadBuilderConfig()), notAnOption: true };
    await expect(validateBuilderConfig(config)).rejects.toThrow(/notAnOption/);
  });

  it('names the app and ships only the built output and package.json', async () => {
    const config = await loadBuilderConfig();
    expect(config.appId).toBe('dk.referat.app');
    expect(config.productName).toBe('Referat');
    expect(config.asar).toBe(true);
    // electron-builder normalises `files` to [{ filter: [...] }] when loading.
    const patterns = (config.files ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.filter,
    );
    expect(patterns.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/**',
      'package.json',
    ]);
    expect(patterns).toContain('!**/*.map');
  });

  it('uses the appId as the Windows AppUserModelID in the main process', async () => {
    const { appId } = await loadBuilderConfig();
    const main = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain(`app.setAppUserModelId('${String(appId)}')`);
  });

  it('hardens the Electron fuses', async () => {
    const { electronFuses } = await loadBuilderConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .referat files with their own icon and MIME type', async () => {
    const { fileAssociations } = await loadBuilderConfig();
    expect(fileAssociations).toEqual([
      expect.objectContaining({ ext: 'referat', mimeType: 'application/x-referat' }),
    ]);
    const icon = String(fileAssociations?.[0]?.icon);
    for (const ext of ['ico', 'icns']) {
      expect(existsSync(join(ROOT, 'build', `${icon}.${ext}`)), `${icon}.${ext}`).toBe(true);
    }
  });

  it('builds the installers IT asked for: NSIS per user, MSI, dmg for both Mac CPUs, AppImage and deb', async () => {
    const config = (await loadBuilderConfig()) as Record<string, Record<string, unknown>>;
    const targets = (platform: string) =>
      (config[platform]?.target as Array<{ target: string; arch: string[] }>).map(
        ({ target, arch }) => `${target}:${arch.join('+')}`,
      );
    expect(targets('win')).toEqual(['nsis:x64', 'msi:x64']);
    expect(targets('mac')).toEqual(['dmg:x64+arm64']);
    expect(targets('linux')).toEqual(['AppImage:x64', 'deb:x64']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.mac).toMatchObject({ hardenedRuntime: true });
    for (const key of ['win', 'mac', 'linux'] as const) {
      const icon = String(config[key]?.icon);
      expect(existsSync(join(ROOT, icon)), icon).toBe(true);
    }
  });
});
