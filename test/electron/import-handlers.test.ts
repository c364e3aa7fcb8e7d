/**
 * The Word import's channels as main runs them: a path only from the open
 * dialog, the templates of the library (built-in, the municipality's, the
 * user's) named by key, the preview with another template, "Opret møde"
 * holding an unnamed meeting, cancel forgetting the document, and refusals
 * as values.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { createImportHandlers, type ImportDeps } from '../../electron/main/import/import-handlers';
import { openDagsordenHere } from '../../electron/main/import/word-reader';
import { TemplateLibraryFolders } from '../../electron/main/templates/template-library';
import { exportMeetingToDocx } from '../../shared/export/index';
import { ipcContract } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/result';
import type { Meeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { serializeTemplateFile } from '../../shared/template/file';
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

    const other = await handlers['agenda:import-preview']({
      importId,
      templateKey: 'indbygget:direktionen',
    });
    expect(other.ok && other.value.itemsFoundBy).toBe('headings');
    expect(held).toEqual([]);

    const created = await handlers['agenda:import-create']({
      importId,
      templateKey: 'indbygget:byraad',
    });
    expect(created.ok && created.value.handle).toBe('h1');
    expect(held[0]?.template.id).toBe('byraad');
    expect(held[0]?.items.map((i) => i.caseNumber)).toEqual(['16/13808', '']);
    // The import is used up: a second create is refused, nothing more is held.
    const again = await handlers['agenda:import-create']({
      importId,
      templateKey: 'indbygget:byraad',
    });
    expect(again.ok).toBe(false);
    expect(held).toHaveLength(1);
  });

  it('forgets a cancelled import, and refuses unknown ids and templates', async () => {
    const { d, held } = deps(await dagsordenFile('direktionen'));
    // Each read document is let go (its worker ended in the app) when its import ends.
    let closed = 0;
    const handlers = createImportHandlers({
      ...d,
      openDagsorden: async (bytes) => {
        const read = await openDagsordenHere(bytes);
        return read.ok ? ok({ ...read.value, close: () => void closed++ }) : read;
      },
    });
    await handlers['agenda:import-dialog']();
    expect(closed).toBe(0);
    const opened = await handlers['agenda:import-dialog']();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const { importId } = opened.value;
    expect(
      (await handlers['agenda:import-preview']({ importId, templateKey: 'indbygget:findes-ikke' }))
        .ok,
    ).toBe(false);
    // The second import let the first go.
    expect(closed).toBe(1);
    await handlers['agenda:import-cancel']({ importId });
    expect(closed).toBe(2);
    expect(
      (await handlers['agenda:import-create']({ importId, templateKey: 'indbygget:direktionen' }))
        .ok,
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

/**
 * A Teknik- og Miljøudvalg's dagsorden: items "Sag N: titel" (Heading 1),
 * its sections as Heading 2, and numbered sub-headings "1. Økonomi" under
 * each (Heading 3) — which the built-ins' "{nr}. {titel}" also match, as
 * items that count up in no order.
 */
async function ownDagsorden(): Promise<string> {
  const items = ['Budgetopfølgning', 'Ny parkeringsstrategi', 'Cykelsti på Ringvejen'];
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'DAGSORDEN Teknik- og Miljøudvalget d. 03-03-2025',
            heading: HeadingLevel.TITLE,
          }),
          ...items.flatMap((title, i) => [
            new Paragraph({ text: `Sag ${i + 1}: ${title}`, heading: HeadingLevel.HEADING_1 }),
            new Paragraph(`Sagsnr.: 25/20${i}`),
            new Paragraph({ text: 'Resume', heading: HeadingLevel.HEADING_2 }),
            new Paragraph(`Kort om sag ${i + 1}.`),
            new Paragraph({ text: 'Sagsfremstilling', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '1. Økonomi', heading: HeadingLevel.HEADING_3 }),
            new Paragraph('Udgiften holdes inden for rammen.'),
            new Paragraph({ text: '2. Tidsplan', heading: HeadingLevel.HEADING_3 }),
            new Paragraph('Arbejdet begynder til foråret.'),
            new Paragraph({ text: 'Indstilling', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('Forvaltningen indstiller, at sagen godkendes.'),
          ]),
        ],
      },
    ],
  });
  const path = join(mkdtempSync(join(tmpdir(), 'referat-import-')), 'tmu.docx');
  writeFileSync(path, new Uint8Array(await Packer.toArrayBuffer(document)));
  return path;
}

/** A copy of the built-in Fagudvalg under `name`: same template id, another item heading. */
function ownTemplate(name: string, heading: string): Template {
  const template = structuredClone(builtInTemplate('udvalg') as Template);
  template.name = name;
  template.item.heading = heading;
  return template;
}

/** A library with a user template that reads ownDagsorden, a shared one, and a broken file. */
function libraryWithOwnTemplates(): TemplateLibraryFolders {
  const root = mkdtempSync(join(tmpdir(), 'referat-import-lib-'));
  const user = join(root, 'skabeloner');
  const shared = join(root, 'kommunen');
  mkdirSync(user);
  mkdirSync(shared);
  writeFileSync(
    join(user, 'tmu.referat-skabelon'),
    serializeTemplateFile(ownTemplate('Teknik- og Miljøudvalget', 'Sag {nr}: {titel}')),
  );
  writeFileSync(join(user, 'halv.referat-skabelon'), '{"format": "referat-skabelon", "templ');
  writeFileSync(
    join(shared, 'kommunens.referat-skabelon'),
    serializeTemplateFile(ownTemplate('Kommunens udvalg', 'Dagsordenspunkt {nr} - {titel}')),
  );
  return new TemplateLibraryFolders({ userFolder: user, sharedFolder: () => shared });
}

describe('agenda:import-* with the template library', () => {
  it('offers the user’s and the municipality’s templates, leaves a broken file out, and picks the user’s own', async () => {
    const { d, held } = deps(await ownDagsorden(), libraryWithOwnTemplates());
    const handlers = createImportHandlers(d);
    const opened = await handlers['agenda:import-dialog']();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    expect(ipcContract['agenda:import-dialog'].response.safeParse(opened.value).success).toBe(true);
    const { importId, templateKey, templates, report } = opened.value;
    expect(templates).toEqual([
      { key: 'indbygget:direktionen', name: 'Direktion', source: 'built-in' },
      { key: 'indbygget:udvalg', name: 'Fagudvalg', source: 'built-in' },
      { key: 'indbygget:byraad', name: 'Byråd / kommunalbestyrelse', source: 'built-in' },
      { key: 'indbygget:internt', name: 'Internt møde', source: 'built-in' },
      { key: 'faelles:kommunens.referat-skabelon', name: 'Kommunens udvalg', source: 'shared' },
      { key: 'bruger:tmu.referat-skabelon', name: 'Teknik- og Miljøudvalget', source: 'user' },
    ]);
    // Its own pattern finds the three items; the built-in Fagudvalg (same id) reads the sub-headings as items.
    expect(templateKey).toBe('bruger:tmu.referat-skabelon');
    expect(report.itemsFoundBy).toBe('pattern');
    expect(report.items.map((item) => [item.title, item.caseNumber, item.filled])).toEqual([
      ['Budgetopfølgning', '25/200', ['Sagsnr.', 'Resume', 'Indstilling', 'Sagsfremstilling']],
      ['Ny parkeringsstrategi', '25/201', ['Sagsnr.', 'Resume', 'Indstilling', 'Sagsfremstilling']],
      ['Cykelsti på Ringvejen', '25/202', ['Sagsnr.', 'Resume', 'Indstilling', 'Sagsfremstilling']],
    ]);
    const builtIn = await handlers['agenda:import-preview']({
      importId,
      templateKey: 'indbygget:udvalg',
    });
    expect(builtIn.ok && builtIn.value.items.map((item) => item.title)).toEqual([
      'Økonomi',
      'Tidsplan',
      'Økonomi',
      'Tidsplan',
      'Økonomi',
      'Tidsplan',
    ]);

    const created = await handlers['agenda:import-create']({
      importId,
      templateKey: 'bruger:tmu.referat-skabelon',
    });
    expect(created.ok).toBe(true);
    expect(held[0]?.template.name).toBe('Teknik- og Miljøudvalget');
    expect(held[0]?.template.item.heading).toBe('Sag {nr}: {titel}');
    expect(held[0]?.items.map((item) => item.title)).toEqual([
      'Budgetopfølgning',
      'Ny parkeringsstrategi',
      'Cykelsti på Ringvejen',
    ]);
  });

  it('refuses a template key that is not in the library, and one the contract does not allow', async () => {
    const { d, held } = deps(await ownDagsorden(), libraryWithOwnTemplates());
    const handlers = createImportHandlers(d);
    const opened = await handlers['agenda:import-dialog']();
    if (!opened.ok || !opened.value) throw new Error('not opened');
    const { importId } = opened.value;
    // The user's template next to them is accepted: the refusals are about the keys.
    expect(
      (
        await handlers['agenda:import-preview']({
          importId,
          templateKey: 'bruger:tmu.referat-skabelon',
        })
      ).ok,
    ).toBe(true);
    for (const templateKey of [
      'bruger:findes-ikke.referat-skabelon',
      // The broken file is in the folder, but is no template: not offered, not accepted.
      'bruger:halv.referat-skabelon',
    ]) {
      expect(await handlers['agenda:import-preview']({ importId, templateKey })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
      expect(await handlers['agenda:import-create']({ importId, templateKey })).toMatchObject({
        ok: false,
      });
    }
    // A path, or a bare template id, never reaches the handler: the contract refuses it.
    const request = ipcContract['agenda:import-create'].request;
    expect(
      request.safeParse({ importId, templateKey: 'bruger:tmu.referat-skabelon' }).success,
    ).toBe(true);
    for (const templateKey of ['../../etc/passwd', 'bruger:../x.referat-skabelon', 'udvalg']) {
      expect(request.safeParse({ importId, templateKey }).success).toBe(false);
    }
    expect(held).toEqual([]);
  });
});
