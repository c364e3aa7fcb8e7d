/**
 * Loads build/electron-builder.yml the way the electron-builder CLI does and
 * exposes electron-builder's own schema validator. Both live at an internal
 * path of app-builder-lib, so the version is pinned and checked: after an
 * upgrade this fails loudly instead of validating against nothing.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** The project root (folder with package.json). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The builder config, relative to the root, as the npm scripts pass it. */
export const CONFIG_PATH = 'build/electron-builder.yml';
/** The app-builder-lib version whose internal module path is used below. */
export const PINNED_APP_BUILDER_LIB = '26.17.0';

/** The electron-builder configuration, loosely typed: tests read the fields they check. */
export type BuilderConfig = Record<string, unknown> & {
  files?: Array<string | { filter: string[] }>;
  electronFuses?: Record<string, boolean>;
  fileAssociations?: Array<Record<string, unknown>>;
};

interface ConfigModule {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
}

interface BuilderUtil {
  DebugLogger: new (isEnabled?: boolean) => unknown;
}

/** Installed app-builder-lib version. */
export function appBuilderLibVersion(): string {
  return (require('app-builder-lib/package.json') as { version: string }).version;
}

const config = (): ConfigModule =>
  require('app-builder-lib/out/util/config/config') as ConfigModule;

/** Reads and merges the config file exactly like `electron-builder --config …`. */
export function loadBuilderConfig(): Promise<BuilderConfig> {
  return config().getConfig(ROOT, CONFIG_PATH, null);
}

/** Runs electron-builder's JSON-schema validation; rejects with its message when invalid. */
export function validateBuilderConfig(value: BuilderConfig): Promise<void> {
  const { DebugLogger } = require('builder-util') as BuilderUtil;
  return config().validateConfiguration(value, new DebugLogger(false));
}
