import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { ipcContract } from '../../shared/ipc/contract';
import {
  createExportHandlers,
  suggestedExportName,
  type ExportDeps,
} from '../../electron/main/export/export-handlers';
import { exportMeeting } from '../../electron/main/export/export-meeting';
import { SOURCE_FONT_DIR } from '../../electron/main/export/pdf-fonts';
import type { ExportOptions } from '../../shared/export/options';
import type { Meeting } from '../../shared/model/meeting';
import { generateMeeting } from '../support/generate-meeting';

const meeting = generateMeeting({ items: 2, sectionsPerItem: 1, seed: 3 });
/** An export request's changes, as the page sends them (here: the header, items main holds). */
const parts = {
  handle: 'b8e0c1d2-0000-4000-8000-000000000000',
  header: JSON.stringify({ ...meeting, items: [] }),
  items: meeting.items.map(({ id }) => ({ id })),
};

/** The export the worker runs, here in the test's thread. */
const runExport = (meeting: Meeting, options: ExportOptions, format: 'docx' | 'pdf') =>
  exportMeeting({ meeting, options, format, fontDir: SOURCE_FONT_DIR });

function deps(target: string | null, overrides: Partial<ExportDeps> = {}) {
  return {
    runExport: vi.fn(runExport),
    chooseExportPath: vi.fn(() => Promise.resolve(target)),
    lastFolder: vi.fn(() => '/sidste/mappe'),
    publicShowsClosedTitles: vi.fn(() => false),
    rememberFolder: vi.fn(),
    showInFolder: vi.fn(),
    openPath: vi.fn(() => Promise.resolve('')),
    ...overrides,
  } satisfies ExportDeps;
}

describe('export:docx', () => {
  it('asks where to save from the last folder, exports, writes the file and remembers the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const target = join(dir, 'Direktionen.docx');
    const d = deps(target);
    const result = await createExportHandlers(d).exportMeeting('docx', {
      meeting,
      version: 'public',
    });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(d.chooseExportPath).toHaveBeenCalledWith(
      'Direktionen 2018-01-29 (offentlig).docx',
      '/sidste/mappe',
      'docx',
    );
    expect(d.runExport).toHaveBeenCalledWith(
      meeting,
      { version: 'public', publicShowsClosedTitles: false },
      'docx',
    );
    expect(Object.keys(unzipSync(readFileSync(target)))).toContain('word/document.xml');
    expect(d.rememberFolder).toHaveBeenCalledWith(dir);
    expect(readdirSync(dir)).toEqual(['Direktionen.docx']); // no temp file left behind
  });

  it('takes the closed-titles setting unless the request says otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const d = deps(join(dir, 'a.docx'), { publicShowsClosedTitles: () => true });
    const handlers = createExportHandlers(d);
    await handlers.exportMeeting('docx', { meeting, version: 'public' });
    expect(d.runExport).toHaveBeenLastCalledWith(
      meeting,
      { version: 'public', publicShowsClosedTitles: true },
      'docx',
    );
    await handlers.exportMeeting('pdf', {
      meeting,
      version: 'public',
      publicShowsClosedTitles: false,
    });
    expect(d.runExport).toHaveBeenLastCalledWith(
      meeting,
      { version: 'public', publicShowsClosedTitles: false },
      'pdf',
    );
  });

  it('exports the dagsorden when asked, suggesting a name that says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const d = deps(join(dir, 'd.docx'));
    await createExportHandlers(d).exportMeeting('docx', {
      meeting,
      version: 'internal',
      document: 'dagsorden',
    });
    expect(d.chooseExportPath).toHaveBeenCalledWith(
      'Direktionen 2018-01-29 (dagsorden).docx',
      '/sidste/mappe',
      'docx',
    );
    expect(d.runExport).toHaveBeenCalledWith(
      meeting,
      { version: 'internal', publicShowsClosedTitles: false, document: 'dagsorden' },
      'docx',
    );
    expect(
      ipcContract['export:docx'].request.safeParse({
        ...parts,
        version: 'internal',
        document: 'referat',
      }).success,
    ).toBe(true);
    expect(
      ipcContract['export:docx'].request.safeParse({ ...parts, version: 'internal', document: 'x' })
        .success,
    ).toBe(false);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const d = deps(null);
    expect(
      await createExportHandlers(d).exportMeeting('docx', { meeting, version: 'internal' }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(d.runExport).not.toHaveBeenCalled();
  });

  it('reports a folder that vanished and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const target = join(dir, 'findes-ikke', 'x.docx');
    const result = await createExportHandlers(deps(target)).exportMeeting('docx', {
      meeting,
      version: 'internal',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('folder-missing');
    expect(existsSync(target)).toBe(false);
  });

  it('leaves an existing file untouched when the export fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const target = join(dir, 'gammel.docx');
    const first = createExportHandlers(deps(target));
    await first.exportMeeting('docx', { meeting, version: 'internal' });
    const before = readFileSync(target);
    const failing = deps(target, { runExport: () => Promise.reject(new Error('boom')) });
    await expect(
      createExportHandlers(failing).exportMeeting('docx', { meeting, version: 'public' }),
    ).rejects.toThrow('boom');
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('names the files after the meeting, marking the public version', () => {
    expect(suggestedExportName(meeting, 'internal', 'docx')).toBe('Direktionen 2018-01-29.docx');
    expect(suggestedExportName(meeting, 'public', 'docx')).toBe(
      'Direktionen 2018-01-29 (offentlig).docx',
    );
    expect(suggestedExportName(meeting, 'public', 'pdf')).toBe(
      'Direktionen 2018-01-29 (offentlig).pdf',
    );
  });

  it('is in the IPC contract with a validated request', () => {
    for (const channel of ['export:docx', 'export:pdf'] as const) {
      const request = ipcContract[channel].request;
      expect(request.safeParse({ ...parts, version: 'public' }).success).toBe(true);
      expect(request.safeParse({ ...parts, version: 'draft' }).success).toBe(false);
      // The page sends its changes as parts, never a whole meeting of its own making.
      expect(request.safeParse({ meeting, version: 'public' }).success).toBe(false);
    }
    expect(ipcContract['shell:open-path'].request.safeParse({ path: '' }).success).toBe(false);
  });
});

describe('export:pdf', () => {
  it('asks for a .pdf path, exports the PDF and writes it atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const target = join(dir, 'Direktionen.pdf');
    const d = deps(target);
    const handlers = createExportHandlers(d);
    expect(await handlers.exportMeeting('pdf', { meeting, version: 'internal' })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(d.chooseExportPath).toHaveBeenCalledWith(
      'Direktionen 2018-01-29.pdf',
      '/sidste/mappe',
      'pdf',
    );
    expect(readFileSync(target).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(readdirSync(dir)).toEqual(['Direktionen.pdf']);
    // Exported in this session: the page may open it.
    expect(await handlers['shell:open-path']({ path: target })).toEqual({ ok: true, value: null });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const d = deps(null);
    expect(
      await createExportHandlers(d).exportMeeting('pdf', { meeting, version: 'public' }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(d.runExport).not.toHaveBeenCalled();
  });

  it('replies with an error value when export is not wired', async () => {
    const result = await createExportHandlers(undefined).exportMeeting('pdf', {
      meeting,
      version: 'public',
    });
    expect(!result.ok && result.error.code).toBe('internal');
  });
});

describe('shell after an export', () => {
  it('shows and opens only files exported in this session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-export-'));
    const target = join(dir, 'ok.docx');
    const d = deps(target);
    const handlers = createExportHandlers(d);
    const refused = await handlers['shell:open-path']({ path: '/usr/bin/xterm' });
    expect(!refused.ok && refused.error.code).toBe('invalid-request');
    expect(d.openPath).not.toHaveBeenCalled();

    await handlers.exportMeeting('docx', { meeting, version: 'internal' });
    expect(await handlers['shell:show-in-folder']({ path: target })).toEqual({
      ok: true,
      value: null,
    });
    expect(d.showInFolder).toHaveBeenCalledWith(target);
    expect(await handlers['shell:open-path']({ path: target })).toEqual({ ok: true, value: null });
    expect(d.openPath).toHaveBeenCalledWith(target);
  });

  it('replies with an error value when export is not wired', async () => {
    const result = await createExportHandlers(undefined).exportMeeting('docx', {
      meeting,
      version: 'public',
    });
    expect(!result.ok && result.error.code).toBe('internal');
  });
});
