import { constants, promises as fs } from 'node:fs';
import type { FileProblem } from '../../../shared/format/problems';

/** The bytes of a regular file, or why there are none. */
export type ReadFileResult = { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem };

/**
 * Reads `path` only if it is a regular file, never blocking: opened with
 * O_NONBLOCK, which makes opening a named pipe (FIFO) return at once instead
 * of waiting for a writer forever; the open file is then checked with fstat,
 * so nothing can swap the file between the check and the read. On Windows
 * O_NONBLOCK does not exist and named pipes do not live among files.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<ReadFileResult> {
  const failure = (problem: FileProblem): ReadFileResult => ({ ok: false, problem });
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) return failure({ code: 'is-folder' });
    if (!stat.isFile()) return failure({ code: 'not-a-file' });
    if (stat.size > maxBytes) return failure({ code: 'too-large' });
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return failure({ code: 'not-found' });
    if (code === 'EACCES' || code === 'EPERM') return failure({ code: 'permission-denied' });
    if (code === 'EISDIR') return failure({ code: 'is-folder' });
    return failure({ code: 'read-failed', detail: (error as Error).message });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
