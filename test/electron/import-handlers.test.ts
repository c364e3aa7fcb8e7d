/**
 * The Word import's channels as main runs them: a path only from the open
 * dialog, the templates of the library (built-in, the municipality's, the
 * user's) named by key, the preview with another template, "Opret møde"
 * holding an unnamed meeting, cancel forgetting the document, and refusals
 * as values.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createImportHandlers, type ImportDeps } from '../../electron/main/import/import-handlers';
import { TemplateLibraryFolders } from '../../electron/main/templates/template-library';
import { exportMeetingToDocx } from '../../shared/export/index';
import { ipcContract } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import type { Template } from '../../shared/template/schema';
import { sampleMeeting } from '../support/meeting-builders';

async function dagsordenFile(templateId: string): Promise<string> {
  const meeting = sampleMeeting();
  meeting.template = builtInTemplate(templateId) as Template;
  const path = join(mkdtempSync(join(tmpdir(), 'referat-import-')), 'dagsorden.docx');
  writeFileSync(
    path,
    await exportMeetingToDocx(meeting, { version: 'internal', document: 'dagsorden' }),
  );
  return path;
}

/** A library of the built-ins only (empty user folder, no shared folder). */
function builtInsOnly(): TemplateLibraryFolders {
  return new TemplateLibraryFolders({
    userFolder: join(mkdtempSync(join(tmpdir(), 'referat-import-lib-')), 'skabeloner'),
    sharedFolder: () => null,
  });
}

function deps(path: string | null, library: TemplateLibraryFolders = builtInsOnly()) {
  const held: Meeting[] = [];
  const d = {
    library,
    chooseWordFile: vi.fn(() => Promise.resolve(path)),
    context: () => ({
      today: '2030-01-01',
      defaults: { body: '', venue: '', secretaryName: 'Kim' },
    }),
    hold: vi.fn((meeting: Meeting) => {
      held.push(meeting);
      return { handle: 'h1', fileName: null, meeting, migratedFrom: null, notices: [] };
    }),
  } satisfies ImportDeps;
  return { d, held };
}

describe('agenda:import-*', () => {
  it('reads the chosen file with the template that fits best, previews another, and creates the meeting', async () => {
    const { d, held } = deps(await dagsordenFile('byraad'));
    const handlers = createImportHandlers(d);
    const opened = await handlers['agenda:import-dialog']();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const { importId, templateKey, report, fileName } = opened.value;
    expect(fileName).toBe('dagsorden.docx');
    expect(templateKey).toBe('indbygget:byraad');
    expect(ipcContract['agenda:import-dialog'].response.safeParse(opened.value).success).toBe(true);
    expect(report.items.map((i) => i.title)).toEqual(['Status på Nyt Fokus', 'Personalesag']);

    const other = await handlers['agenda:import-preview']({ importId, templateKey: 'indbygget:direktionen' });
    expect(other.ok && other.value.itemsFoundBy).toBe('headings');
    expect(held).toEqual([]);

    const created = await handlers['agenda:import-create']({ importId, templateKey: 'indbygget:byraad' });
    expect(created.ok && created.value.handle).toBe('h1');
    expect(held[0]?.template.id).toBe('byraad');
    expect(held[0]?.items.map((i) => i.caseNumber)).toEqual(['16/13808', '']);
    // The import is used up: a second create is refused, nothing more is held.
    const again = await handlers['agenda:import-create']({ importId, templateKey: 'indbygget:byraad' });
    expect(again.ok).toBe(false);
    expect(held).toHaveLength(1);
  });

  it('forgets a cancelled import, and refuses unknown ids and templates', async () => {
    const { d, held } = deps(await dagsordenFile('direktionen'));
    const handlers = createImportHandlers(d);
    const opened = await handlers['agenda:import-dialog']();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const { importId } = opened.value;
    expect(
      (await handlers['agenda:import-preview']({ importId, templateKey: 'indbygget:findes-ikke' })).ok,
    ).toBe(false);
    await handlers['agenda:import-cancel']({ importId });
    expect(
      (await handlers['agenda:import-create']({ importId, templateKey: 'indbygget:direktionen' })).ok,
    ).toBe(false);
    expect(held).toEqual([]);
  });

  it('replies null when the dialog is cancelled, and an error value for a file that is no Word file', async () => {
    expect(await createImportHandlers(deps(null).d)['agenda:import-dialog']()).toEqual({
      ok: true,
      value: null,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'referat-import-')), 'noter.docx');
    writeFileSync(path, 'bare tekst');
    const { d, held } = deps(path);
    const result = await createImportHandlers(d)['agenda:import-dialog']();
    expect(result).toEqual({ ok: false, error: { code: 'not-word', path } });
    expect(held).toEqual([]);
  });
});
