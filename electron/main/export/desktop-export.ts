import { dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SettingsStore } from '../settings/settings-store';
import type { ExportDeps } from './export-handlers';
import { EXPORT_WORKER_LIMITS, withFallback } from './run-in-worker';
import { warmWorkerExporter } from './warm-worker';
import type { ExportFormat } from './worker-protocol';

/** The save dialog of each format: title and file type. */
const DIALOG: Record<ExportFormat, { title: string; filter: Electron.FileFilter }> = {
  docx: { title: 'Eksportér til Word', filter: { name: 'Word-dokument', extensions: ['docx'] } },
  pdf: { title: 'Eksportér PDF', filter: { name: 'PDF-dokument', extensions: ['pdf'] } },
};

/**
 * The export's Electron edge: the native save dialog, the shell, the worker
 * next to the main bundle (kept between exports: see warm-worker.ts).
 * `fontDir` is where the PDF's fonts are: beside app.asar in the installed
 * app (extraResources), resources/fonts in the repository when run from a
 * build; the worker cannot ask Electron.
 */
export function createDesktopExportDeps(
  getWindow: () => BrowserWindow | null,
  settings: SettingsStore,
  defaultFolder: () => string,
  fontDir: string,
): ExportDeps {
  // Built beside index.js as a second main entry (electron.vite.config.ts).
  const worker = warmWorkerExporter(
    () =>
      new Worker(join(import.meta.dirname, 'export-worker.js'), {
        resourceLimits: EXPORT_WORKER_LIMITS,
      }),
    fontDir,
  );
  return {
    runExport: withFallback(
      worker.run,
      // Loaded only if needed, so docx and pdfkit stay out of the main bundle's start-up.
      async (meeting, options, format) =>
        (await import('./export-meeting')).exportMeeting({ meeting, options, format, fontDir }),
      (error) => console.warn(`Export worker unavailable, exporting in main: ${error.message}`),
    ),
    prepareExport: (meeting) => void worker.prepare(meeting),
    noteActivity: () => worker.noteActivity(),
    async chooseExportPath(suggestedName, folder, format) {
      const options: Electron.SaveDialogOptions = {
        title: DIALOG[format].title,
        defaultPath: join(folder || defaultFolder(), suggestedName),
        filters: [DIALOG[format].filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some Linux dialogs do not append the extension from the filter.
      const extension = `.${format}`;
      return result.filePath.toLowerCase().endsWith(extension)
        ? result.filePath
        : `${result.filePath}${extension}`;
    },
    lastFolder: () => settings.lastExportFolder(),
    publicShowsClosedTitles: () => settings.getSettings().publicShowsClosedTitles,
    rememberFolder: (folder) => settings.rememberExportFolder(folder),
    showInFolder: (path) => shell.showItemInFolder(path),
    openPath: (path) => shell.openPath(path),
  };
}
