import { MAX_FILE_BYTES } from '../../../shared/format/envelope';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { meetingSchema } from '../../../shared/model/schema';

/**
 * Parses and validates a meeting the renderer sent as JSON text. Autosave
 * sends text rather than an object because the renderer builds it from
 * cached per-item JSON (only what changed is re-serialized) and a string
 * crosses IPC without a structured clone of the whole meeting; the parse and
 * validation cost is paid here, off the UI thread.
 */
export function parseMeetingJson(json: string): Result<Meeting> {
  if (json.length > MAX_FILE_BYTES)
    return err({ code: 'invalid-request', detail: 'meeting too large' });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return err({ code: 'invalid-request', detail: `meeting JSON: ${(error as Error).message}` });
  }
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
