import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenDocuments } from '../../electron/main/documents/open-documents';
import { writeRecoveryCopies } from '../../electron/main/documents/recovery-copies';
import { RecoveryStore } from '../../electron/main/documents/recovery-store';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';
import { makeTempDir } from '../support/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const context = { appVersion: '1', now: () => new Date('2018-01-29T10:00:00Z') };

describe('recovery copies when the page hangs', () => {
  it('writes the last state main received for every open document, even one saved to a file', async () => {
    const { dir, cleanup } = makeTempDir('referat-hung-');
    cleanups.push(cleanup);
    const recovery = new RecoveryStore(join(dir, 'recovery'), context);
    const documents = new OpenDocuments();
    expect(await writeRecoveryCopies(documents, recovery, context)).toBe(false);

    const meeting = sampleMeeting();
    const entry = documents.add(meeting, join(dir, 'Møde.referat'));
    const typed = { ...meeting.items[0]!, sections: { baggrund: paragraphs('Sidst modtaget.') } };
    const applied = entry.document.apply({
      header: JSON.stringify({ ...meeting, items: [] }),
      items: [{ id: typed.id, json: JSON.stringify(typed) }, { id: meeting.items[1]!.id }],
    });
    expect(applied.ok).toBe(true);
    expect(await writeRecoveryCopies(documents, recovery, context)).toBe(true);
    const copy = await recovery.load(meeting.id);
    expect(copy?.items[0]?.sections.baggrund).toEqual(paragraphs('Sidst modtaget.'));
  });
});
