import { dirname } from 'node:path';
import type { ExportDocument, ExportVersion } from '../../../shared/export/options';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { suggestedFileName } from '../../../shared/model/derived';
import { writeFileAtomic } from '../fs/atomic-write';
import { classifyWriteError } from '../fs/write-problem';
import { ExportOutOfMemoryError, type RunExport } from './run-in-worker';
import type { ExportFormat } from './worker-protocol';

/** What the export channels need from the outside world (Electron's dialog and shell, the settings). */
export interface ExportDeps {
  runExport: RunExport;
  /** Gets the export ready ahead of a first Ctrl+E (starts the worker); called when `meeting` opens. */
  prepareExport?: (meeting: Meeting) => void;
  /** The secretary is writing (an autosave came): background export work waits for a pause. */
  noteActivity?: () => void;
  /** Asks where to save the .docx or .pdf, starting in `folder`; null when cancelled. */
  chooseExportPath(
    suggestedName: string,
    folder: string,
    format: ExportFormat,
  ): Promise<string | null>;
  lastFolder(): string | null;
  /** The setting used when a request does not say whether the public version shows closed items' titles. */
  publicShowsClosedTitles(): boolean;
  rememberFolder(folder: string): void;
  showInFolder(path: string): void;
  /** Opens a file with its default program; resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>;
}

/** What 'export:docx' and 'export:pdf' export, once main has the meeting (from its document store). */
export interface ExportRequest {
  meeting: Meeting;
  version: ExportVersion;
  publicShowsClosedTitles?: boolean;
  document?: ExportDocument;
}

/**
 * "Direktionen 2018-01-29.docx", "Direktionen 2018-01-29 (offentlig).pdf"
 * for the public version as PDF, "Direktionen 2018-01-29 (dagsorden).docx".
 */
export function suggestedExportName(
  meeting: Meeting,
  version: ExportVersion,
  format: ExportFormat,
  document: ExportDocument = 'referat',
): string {
  const base = suggestedFileName(meeting).replace(/\.referat$/, '');
  const kind = document === 'dagsorden' ? ' (dagsorden)' : '';
  return `${base}${kind}${version === 'public' ? ' (offentlig)' : ''}.${format}`;
}

/**
 * The export of a meeting (what 'export:docx' and 'export:pdf' run once the
 * page's changes are in the document store), and the handlers of
 * 'shell:show-in-folder' and 'shell:open-path'.
 */
export interface ExportHandlers {
  /** Asks where, exports, writes; `{ path }` of the file written, or null when the dialog was cancelled. */
  exportMeeting: (
    format: ExportFormat,
    request: ExportRequest,
  ) => Promise<Result<{ path: string } | null>>;
  /** Starts what an export needs (the worker), when `meeting` opens. */
  prepare: (meeting: Meeting) => void;
  /** An autosave came: the worker's warm-up keeps out of the way while the secretary types. */
  noteActivity: () => void;
  'shell:show-in-folder': (request: { path: string }) => Promise<Result<null>>;
  'shell:open-path': (request: { path: string }) => Promise<Result<null>>;
}

const notWired = () =>
  Promise.resolve(err<never>({ code: 'internal', detail: 'export is not available here' }));

/**
 * Export to Word or PDF: save dialog (remembering the last folder), the
 * export in a worker, the bytes written through the atomic writer (never a
 * half-written file). Afterwards the renderer may show or open the file —
 * only files exported in this session: a compromised page must not be able
 * to open arbitrary programs through 'shell:open-path'.
 */
export function createExportHandlers(deps: ExportDeps | undefined): ExportHandlers {
  if (!deps)
    return {
      exportMeeting: notWired,
      prepare: () => undefined,
      noteActivity: () => undefined,
      'shell:show-in-folder': notWired,
      'shell:open-path': notWired,
    };
  const exported = new Set<string>();
  const refuse = (path: string) =>
    Promise.resolve(
      err<never>({ code: 'invalid-request', path, detail: 'not a file exported in this session' }),
    );

  const exportMeeting = async (
    format: ExportFormat,
    { meeting, version, publicShowsClosedTitles, document }: ExportRequest,
  ): Promise<Result<{ path: string } | null>> => {
    const path = await deps.chooseExportPath(
      suggestedExportName(meeting, version, format, document),
      deps.lastFolder() ?? '',
      format,
    );
    if (path === null) return ok(null);
    const options = {
      version,
      publicShowsClosedTitles: publicShowsClosedTitles ?? deps.publicShowsClosedTitles(),
      ...(document ? { document } : {}),
    };
    let bytes: Uint8Array;
    try {
      bytes = await deps.runExport(meeting, options, format);
    } catch (error) {
      if (!(error instanceof ExportOutOfMemoryError)) throw error;
      return err({ code: 'export-out-of-memory', path, detail: error.message });
    }
    try {
      await writeFileAtomic(path, bytes);
    } catch (error) {
      return err({ code: classifyWriteError(error), path, detail: String(error) });
    }
    deps.rememberFolder(dirname(path));
    exported.add(path);
    return ok({ path });
  };

  return {
    exportMeeting,
    prepare: (meeting) => deps.prepareExport?.(meeting),
    noteActivity: () => deps.noteActivity?.(),
    'shell:show-in-folder': ({ path }) => {
      if (!exported.has(path)) return refuse(path);
      deps.showInFolder(path);
      return Promise.resolve(ok(null));
    },
    'shell:open-path': async ({ path }) => {
      if (!exported.has(path)) return refuse(path);
      const problem = await deps.openPath(path);
      return problem ? err({ code: 'internal', path, detail: problem }) : ok(null);
    },
  };
}
