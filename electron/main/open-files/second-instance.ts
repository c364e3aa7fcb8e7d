import { posix, win32 } from 'node:path';
import { isMeetingFilePath, meetingFilesFromArgv } from './parse-argv';

/** What a second launch hands to the running instance via `requestSingleInstanceLock`. */
export interface SecondInstanceData {
  files: string[];
}

/**
 * The files a second launch asked for. The second process parses its own
 * argv against its own working directory and sends the result as
 * `additionalData`: Electron documents that the `argv` the first instance
 * receives may be reordered or carry extra Chromium switches on Windows.
 * The raw argv is the fallback (e.g. a second launch by an older version).
 */
export function filesFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
  platform: NodeJS.Platform,
): string[] {
  const sent = sentFiles(additionalData, platform);
  return sent ?? meetingFilesFromArgv(argv, { cwd: workingDirectory, platform });
}

/** The `files` of well-formed additional data (absolute .referat paths only), else null. */
function sentFiles(data: unknown, platform: NodeJS.Platform): string[] | null {
  if (typeof data !== 'object' || data === null || !('files' in data)) return null;
  const { files } = data;
  if (!Array.isArray(files)) return null;
  const path = platform === 'win32' ? win32 : posix;
  return files.filter(
    (file): file is string =>
      typeof file === 'string' &&
      file.length <= 4096 &&
      path.isAbsolute(file) &&
      isMeetingFilePath(file),
  );
}
