/**
 * Schema 1 → 2 on a real file: the seed meeting as Referat wrote it before
 * templates (test/fixtures/v1/…schema1.referat, kept as it was released)
 * opens as the same meeting under the built-in Direktion template, exports
 * the same, and is never modified on disk by opening.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../shared/export/build-blocks';
import { readMeetingFile } from '../../shared/format/read';
import { DEFAULT_TEMPLATE } from '../../shared/template/built-in/index';
import { loadSeedFixture } from '../support/seed';

const V1_PATH = resolve(
  import.meta.dirname,
  '../fixtures/v1/direktionen-2018-01-29.schema1.referat',
);

describe('migration from schema 1', () => {
  const text = readFileSync(V1_PATH, 'utf8');

  it('is a schema 1 file with the fixed Baggrund/Indstilling/Sagsfremstilling fields', () => {
    const raw = JSON.parse(text) as {
      schemaVersion: number;
      meeting: { items: Record<string, unknown>[] };
    };
    expect(raw.schemaVersion).toBe(1);
    expect(Object.keys(raw.meeting.items[0]!)).toContain('presentation');
  });

  it('opens as the current seed fixture: texts under the Direktion template’s section ids', () => {
    const result = readMeetingFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result).toMatchObject({ migratedFrom: 1, schemaVersion: 1, repairs: [] });
    expect(result.meeting.template).toEqual(DEFAULT_TEMPLATE);
    // The meeting equals the one the fixture builder writes today (participants gain `party`).
    expect(result.meeting).toEqual(loadSeedFixture());
  });

  it('exports exactly what the current fixture exports', () => {
    const migrated = readMeetingFile(text);
    if (!migrated.ok) throw new Error('did not open');
    for (const version of ['internal', 'public'] as const) {
      expect(JSON.stringify(buildBlocks(migrated.meeting, { version }))).toBe(
        JSON.stringify(buildBlocks(loadSeedFixture(), { version })),
      );
    }
  });
});
