import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension of Referat's own files. */
export const MEETING_FILE_EXTENSION = '.referat';

/** Where and how a command line was given: its arguments are resolved against `cwd`. */
export interface ArgvContext {
  cwd: string;
  platform: NodeJS.Platform;
}

/** True for a path (or file name) ending in `.referat`, in any letter case (Explorer keeps the user's case). */
export function isMeetingFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(MEETING_FILE_EXTENSION);
}

/**
 * The meeting files named on a command line, as absolute paths, in order,
 * without duplicates. Handles what the OS and Chromium actually pass:
 *
 * - argv[0] is the executable; in development argv[1] is the app folder
 *   (`electron .`), which is dropped because it is not a .referat file;
 * - Chromium and Electron add switches (`--allow-file-access-from-files`,
 *   `--original-process-start-time=…`), sometimes before the file and
 *   especially in `second-instance` argv on Windows; macOS adds `-psn_…`.
 *   Anything starting with `-` is a switch, until a bare `--`;
 * - Linux file managers honour the desktop entry's `%U` and may pass
 *   `file://` URLs instead of paths;
 * - a relative path means relative to the directory the command ran in,
 *   which for `second-instance` is the *second* process's directory.
 */
export function meetingFilesFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const path = context.platform === 'win32' ? win32 : posix;
  const found: string[] = [];
  let switchesEnded = false;
  for (const arg of argv.slice(1)) {
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (arg.length === 0 || (!switchesEnded && arg.startsWith('-'))) continue;
    const local = fromFileUrl(arg, context.platform);
    if (local === null || !isMeetingFilePath(local)) continue;
    const absolute = path.resolve(context.cwd, local);
    if (!found.some((known) => samePath(known, absolute, context.platform))) found.push(absolute);
  }
  return found;
}

/** A plain path unchanged; a `file://` URL as a local path; any other URL is not a file (null). */
function fromFileUrl(arg: string, platform: NodeJS.Platform): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg, { windows: platform === 'win32' });
    } catch {
      return null;
    }
  }
  // Other URLs (https://, smb://) are not local files. A colon alone is not
  // enough: `C:\…` and a macOS name like "Budget: 2026.referat" are paths.
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) ? null : arg;
}

/** Windows and macOS file systems are usually case-insensitive; Linux is not. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}
