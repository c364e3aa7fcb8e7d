import { MAX_FILE_BYTES } from '../../../shared/format/envelope';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { meetingSchema } from '../../../shared/model/schema';

/** Validates a meeting value that arrived over IPC as JSON. */
export function validateMeeting(value: unknown): Result<Meeting> {
  const parsed = meetingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({
      code: 'invalid-request',
      detail: `meeting.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return ok(parsed.data);
}

/** JSON.parse as a Result. */
export function parseJson(json: string, what: string): Result<unknown> {
  if (json.length > MAX_FILE_BYTES)
    return err({ code: 'invalid-request', detail: `${what} too large` });
  try {
    return ok(JSON.parse(json) as unknown);
  } catch (error) {
    return err({ code: 'invalid-request', detail: `${what} JSON: ${(error as Error).message}` });
  }
}

/**
 * Parses and validates a meeting the renderer sent as JSON text. Autosave
 * sends text rather than an object because the renderer builds it from
 * cached per-item JSON (only what changed is re-serialized) and a string
 * crosses IPC without a structured clone of the whole meeting; the parse and
 * validation cost is paid here, off the UI thread.
 */
export function parseMeetingJson(json: string): Result<Meeting> {
  const value = parseJson(json, 'meeting');
  return value.ok ? validateMeeting(value.value) : value;
}
