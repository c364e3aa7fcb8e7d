import { dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SettingsStore } from '../settings/settings-store';
import type { ExportDeps } from './export-handlers';
import { withFallback, workerExporter } from './run-in-worker';

const docxFilter = { name: 'Word-dokument', extensions: ['docx'] };

/** The export's Electron edge: the native save dialog, the shell, the worker next to the main bundle. */
export function createDesktopExportDeps(
  getWindow: () => BrowserWindow | null,
  settings: SettingsStore,
  defaultFolder: () => string,
): ExportDeps {
  return {
    runExport: withFallback(
      // Built beside index.js as a second main entry (electron.vite.config.ts).
      workerExporter(() => new Worker(join(import.meta.dirname, 'export-worker.js'))),
      // Loaded only if needed, so docx stays out of the main bundle's start-up.
      async (meeting, options) =>
        (await import('../../../shared/export/index')).exportMeetingToDocx(meeting, options),
      (error) =>
        console.warn(`Word export worker unavailable, exporting in main: ${error.message}`),
    ),
    async chooseDocxPath(suggestedName, folder) {
      const options: Electron.SaveDialogOptions = {
        title: 'Eksportér til Word',
        defaultPath: join(folder || defaultFolder(), suggestedName),
        filters: [docxFilter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some Linux dialogs do not append the extension from the filter.
      return /\.docx$/i.test(result.filePath) ? result.filePath : `${result.filePath}.docx`;
    },
    lastFolder: () => settings.lastExportFolder(),
    publicShowsClosedTitles: () => settings.getSettings().publicShowsClosedTitles,
    rememberFolder: (folder) => settings.rememberExportFolder(folder),
    showInFolder: (path) => shell.showItemInFolder(path),
    openPath: (path) => shell.openPath(path),
  };
}
