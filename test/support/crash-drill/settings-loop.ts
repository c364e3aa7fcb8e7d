/**
 * Child process of the settings crash drill: changes the settings as fast
 * as it can, each change fully on disk before it reports it ("saved N").
 * Usage: node settings-loop.mjs <settings.json> <first version>
 */
import { SettingsFile } from '../../../electron/main/settings/settings-file';
import { settingsForVersion } from './settings-versions';

const [path, first] = process.argv.slice(2);
if (!path || !first) throw new Error('usage: settings-loop <settings.json> <first version>');

const file = new SettingsFile(path, {});
for (let version = Number(first); ; version++) {
  for (const [key, value] of Object.entries(settingsForVersion(version))) file.set(key, value);
  await file.flush();
  if (file.hasPendingWrites()) throw new Error('settings write failed');
  process.stdout.write(`saved ${version}\n`);
}
