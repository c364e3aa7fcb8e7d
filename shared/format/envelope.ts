import { z } from 'zod';
import { LIMITS } from './limits';
import { meetingSchema } from '../model/schema';

/** The `format` value every `.referat` file carries. */
export const FORMAT_NAME = 'referat';

/**
 * The schema version this build writes. Bump it only together with a new
 * numbered migration in ./migrations, so every older file still opens.
 */
export const CURRENT_SCHEMA_VERSION = 2;

/** File extension, without the dot. */
export const FILE_EXTENSION = 'referat';

/** Files larger than this are refused before parsing, and never written (see limits.ts). */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

/** The envelope around a meeting, as written by this version. */
export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT_NAME).describe('Always "referat".'),
    schemaVersion: z
      .literal(CURRENT_SCHEMA_VERSION)
      .describe('Version of this file layout; older files are migrated forward when opened.'),
    writtenBy: z
      .object({
        app: z.string().describe('Always "Referat".'),
        version: z.string().describe('Version of the app that wrote the file.'),
      })
      .describe('The program that last wrote the file.'),
    savedAt: z.string().describe('When the file was written, ISO 8601 with time zone.'),
    meeting: meetingSchema,
  })
  .describe('A Referat meeting file (.referat): one meeting, UTF-8 JSON.');

/** A complete, current-version file. */
export type MeetingFile = z.output<typeof envelopeSchema>;
