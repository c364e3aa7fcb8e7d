import type { FileProblem, FileProblemCode } from '../format/problems';

/** Why a write failed, from the OS error; each maps to advice in Danish. */
export type WriteProblemCode =
  'disk-full' | 'read-only' | 'folder-missing' | 'file-locked' | 'write-failed';

/** Every error code that can cross IPC. */
export type IpcErrorCode =
  | FileProblemCode
  | WriteProblemCode
  /** Another program changed the file since we read or saved it; nothing was written. */
  | 'changed-on-disk'
  /** Saving would write a file larger than opening accepts (shared/format/limits.ts); nothing was written. */
  | 'meeting-too-large'
  /** The document handle is unknown to main (closed, or main restarted). */
  | 'document-not-open'
  /** The Word export needed more memory than it may use and was stopped; nothing was written. */
  | 'export-out-of-memory'
  /** The Word import: an old .doc, a password-protected file, a damaged .docx, or no Word file at all. */
  | 'word-old-format'
  | 'word-encrypted'
  | 'word-damaged'
  /** Reading it needed more memory than the import may use (a huge or hostile file). */
  | 'word-too-large'
  | 'not-word'
  | 'invalid-request'
  | 'untrusted-sender'
  | 'internal';

/** An error as a value: a stable code for the UI plus the facts needed to explain it. */
export interface IpcError {
  code: IpcErrorCode;
  /** The file concerned, when there is one. */
  path?: string;
  /** Technical detail (English), for the "Detaljer" line and logs. */
  detail?: string;
  /** For newer-version files. */
  foundVersion?: number;
  /** True when a readable backup of the file exists and can be offered. */
  backupAvailable?: boolean;
}

/** The reply to every IPC request: errors come back as values, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A success value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure value. */
export function err<T = never>(error: IpcError): Result<T> {
  return { ok: false, error };
}

/** Converts a file problem into an IPC error for `path`. */
export function fromFileProblem(
  problem: FileProblem,
  path: string,
  backupAvailable = false,
): IpcError {
  return { ...problem, path, backupAvailable };
}
