/**
 * Forward migrations of the stored meeting, one numbered, pure step per file
 * (`NNN-what-it-does.ts`). `MIGRATIONS[n]` turns a version-n document into
 * version n+1; it receives a parsed JSON value it must not trust and returns
 * a new value. Steps are never edited once released: old files depend on them.
 *
 */
import { addTemplates } from './001-templates';

/** One step: a version-n document in, a version-n+1 document out. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migration from version `key` to `key + 1`. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: addTemplates,
};
