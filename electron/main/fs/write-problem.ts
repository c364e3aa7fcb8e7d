import type { WriteProblemCode } from '../../../shared/ipc/result';

/** Classifies an OS write error so the UI can say what to do (free space, Save as…, wait). */
export function classifyWriteError(error: unknown): WriteProblemCode {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'folder-missing';
    case 'EBUSY':
      return 'file-locked';
    default:
      return 'write-failed';
  }
}
