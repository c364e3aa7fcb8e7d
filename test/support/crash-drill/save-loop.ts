/**
 * Child process of the crash drill: saves ever newer versions of a meeting
 * to one file, as fast as it can, and reports each completed save on stdout
 * ("saved N"). The parent kills it with SIGKILL at a random moment.
 * Usage: node save-loop.mjs <file> <first version>
 */
import { saveMeeting } from '../../../electron/main/documents/document-store';
import { meetingForVersion } from './versions';

const [path, first] = process.argv.slice(2);
if (!path || !first) throw new Error('usage: save-loop <file> <first version>');

const context = { appVersion: 'crash-drill', now: () => new Date(), backupIntervalMs: 0 };
for (let version = Number(first); ; version++) {
  const result = await saveMeeting(path, meetingForVersion(version), context);
  if (!result.ok) throw new Error(`save failed: ${result.error.code}`);
  process.stdout.write(`saved ${version}\n`);
}
