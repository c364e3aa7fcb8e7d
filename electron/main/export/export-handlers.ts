import { dirname } from 'node:path';
import type { ExportVersion } from '../../../shared/export/options';
import type { IpcResponse } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { suggestedFileName } from '../../../shared/model/derived';
import { writeFileAtomic } from '../fs/atomic-write';
import { classifyWriteError } from '../fs/write-problem';
import type { RunExport } from './run-in-worker';

/** What the export channels need from the outside world (Electron's dialog and shell, the settings). */
export interface ExportDeps {
  runExport: RunExport;
  /** Asks where to save the .docx, starting in `folder`; null when cancelled. */
  chooseDocxPath(suggestedName: string, folder: string): Promise<string | null>;
  lastFolder(): string | null;
  /** The setting used when a request does not say whether the public version shows closed items' titles. */
  publicShowsClosedTitles(): boolean;
  rememberFolder(folder: string): void;
  showInFolder(path: string): void;
  /** Opens a file with its default program; resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>;
}

/** The request of 'export:docx'. */
interface ExportRequest {
  meeting: Meeting;
  version: ExportVersion;
  publicShowsClosedTitles?: boolean;
}

/** "Direktionen 2018-01-29.docx", or "Direktionen 2018-01-29 (offentlig).docx" for the public version. */
export function suggestedDocxName(meeting: Meeting, version: ExportVersion): string {
  const base = suggestedFileName(meeting).replace(/\.referat$/, '');
  return `${base}${version === 'public' ? ' (offentlig)' : ''}.docx`;
}

/** The handlers of 'export:docx', 'shell:show-in-folder' and 'shell:open-path'. */
export interface ExportHandlers {
  'export:docx': (request: ExportRequest) => Promise<Result<IpcResponse<'export:docx'>>>;
  'shell:show-in-folder': (request: { path: string }) => Promise<Result<null>>;
  'shell:open-path': (request: { path: string }) => Promise<Result<null>>;
}

const notWired = () =>
  Promise.resolve(err<never>({ code: 'internal', detail: 'export is not available here' }));

/**
 * Export to Word: save dialog (remembering the last folder), the export in
 * a worker, the bytes written through the atomic writer (never a
 * half-written .docx). Afterwards the renderer may show or open the file —
 * only files exported in this session: a compromised page must not be able
 * to open arbitrary programs through 'shell:open-path'.
 */
export function createExportHandlers(deps: ExportDeps | undefined): ExportHandlers {
  if (!deps)
    return {
      'export:docx': notWired,
      'shell:show-in-folder': notWired,
      'shell:open-path': notWired,
    };
  const exported = new Set<string>();
  const refuse = (path: string) =>
    Promise.resolve(
      err<never>({ code: 'invalid-request', path, detail: 'not a file exported in this session' }),
    );

  return {
    'export:docx': async ({ meeting, version, publicShowsClosedTitles }) => {
      const path = await deps.chooseDocxPath(
        suggestedDocxName(meeting, version),
        deps.lastFolder() ?? '',
      );
      if (path === null) return ok(null);
      const bytes = await deps.runExport(meeting, {
        version,
        publicShowsClosedTitles: publicShowsClosedTitles ?? deps.publicShowsClosedTitles(),
      });
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        return err({ code: classifyWriteError(error), path, detail: String(error) });
      }
      deps.rememberFolder(dirname(path));
      exported.add(path);
      return ok({ path });
    },
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
