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
