import { CURRENT_SCHEMA_VERSION, FORMAT_NAME, type MeetingFile } from './envelope';
import type { Meeting } from '../model/meeting';

/** Who is writing and when; passed in so this stays pure and testable. */
export interface WriteContext {
  appVersion: string;
  /** ISO 8601 timestamp. */
  savedAt: string;
}

/**
 * The text of a `.referat` file. Pretty-printed with two spaces and a final
 * newline so that files diff and merge readably in version control and can
 * be read by a person in ten years.
 */
export function serializeMeetingFile(meeting: Meeting, context: WriteContext): string {
  const file: MeetingFile = {
    format: FORMAT_NAME,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { app: 'Referat', version: context.appVersion },
    savedAt: context.savedAt,
    meeting,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
