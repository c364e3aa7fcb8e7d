import type { IpcResponse } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/ipc/result';
import { TEMPLATE_FILE_EXTENSION } from '../../../shared/template/file';
import type { Template } from '../../../shared/template/schema';
import { writeFileAtomic } from '../fs/atomic-write';
import { classifyWriteError } from '../fs/write-problem';
import { readLogoFile } from './logo-file';
import type { TemplateLibraryFolders } from './template-library';

/** The library and its two native dialogs (each returns null when cancelled). */
export interface TemplateDeps {
  library: TemplateLibraryFolders;
  /** "Importér skabelon…": a `.referat-skabelon` file to import. */
  chooseImport(): Promise<string | null>;
  /** "Eksportér skabelon…": where to write `suggestedName`. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** "Vælg fælles mappe…": a folder; null when cancelled or not wired. */
  chooseSharedFolder?(): Promise<string | null>;
  /** "Vælg logo…": a PNG or JPEG; null when cancelled or not wired. */
  chooseLogo?(): Promise<string | null>;
  /** Stores the shared folder setting (null clears it); not wired: the setting cannot be changed. */
  setSharedFolder?(folder: string | null): void;
}

type Channel =
  | 'templates:list'
  | 'templates:save'
  | 'templates:import'
  | 'templates:export'
  | 'templates:delete'
  | 'templates:set-shared-folder'
  | 'templates:pick-logo';

/** "Teknik- og Miljøudvalget.referat-skabelon": the template's name as a file name. */
export function suggestedTemplateFileName(template: Template): string {
  // Characters Windows forbids in file names, and control characters, become "-".
  const name =
    [...template.name]
      .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '-' : char))
      .join('')
      .trim() || template.id;
  return `${name.slice(0, 120)}.${TEMPLATE_FILE_EXTENSION}`;
}

/** The library's IPC handlers; writes go through the atomic writer and fail as values. */
export function createTemplateHandlers(deps: TemplateDeps): {
  [C in Channel]: (
    request: C extends 'templates:save'
      ? { template: Template; replace: string | null }
      : C extends 'templates:export' | 'templates:delete'
        ? { key: string }
        : C extends 'templates:set-shared-folder'
          ? { choose: boolean }
          : undefined,
  ) => Promise<Result<IpcResponse<C>>>;
} {
  const { library } = deps;
  return {
    'templates:list': async () => ok(await library.list()),
    'templates:pick-logo': async () => {
      const path = (await deps.chooseLogo?.()) ?? null;
      return ok(path === null ? null : await readLogoFile(path));
    },
    'templates:save': async ({ template, replace }) => {
      try {
        return ok({ key: await library.save(template, replace) });
      } catch (error) {
        return err({ code: classifyWriteError(error), detail: String(error) });
      }
    },
    'templates:import': async () => {
      const path = await deps.chooseImport();
      if (path === null) return ok(null);
      try {
        const result = await library.importFile(path);
        return ok(
          result.ok
            ? { key: result.key, name: result.name, problems: [], warnings: result.warnings }
            : { key: null, name: path, problems: result.problems, warnings: [] },
        );
      } catch (error) {
        return err({ code: classifyWriteError(error), detail: String(error) });
      }
    },
    'templates:set-shared-folder': async ({ choose }) => {
      const listed = await library.list();
      if (listed.sharedFolderLocked || !deps.setSharedFolder) {
        return err({
          code: 'invalid-request',
          detail: 'the shared folder is set by --skabelonmappe',
        });
      }
      if (choose) {
        const folder = (await deps.chooseSharedFolder?.()) ?? null;
        if (folder === null) return ok(null);
        deps.setSharedFolder(folder);
      } else {
        deps.setSharedFolder(null);
      }
      return ok(await library.list());
    },
    'templates:delete': async ({ key }) => {
      try {
        if (!(await library.remove(key))) {
          return err({ code: 'not-found', detail: `no user template ${key}` });
        }
        return ok(await library.list());
      } catch (error) {
        return err({ code: classifyWriteError(error), detail: String(error) });
      }
    },
    'templates:export': async ({ key }) => {
      const file = await library.fileText(key);
      if (!file) return err({ code: 'not-found', detail: `no valid template ${key}` });
      const path = await deps.chooseExportPath(suggestedTemplateFileName(file.template));
      if (path === null) return ok(null);
      try {
        await writeFileAtomic(path, file.text);
        return ok({ path });
      } catch (error) {
        return err({ code: classifyWriteError(error), path, detail: String(error) });
      }
    },
  };
}
