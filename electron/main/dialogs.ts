import { dialog, type BrowserWindow } from 'electron';
import { FILE_EXTENSION } from '../../shared/format/envelope';
import { TEMPLATE_FILE_EXTENSION } from '../../shared/template/file';
import type { Dialogs } from './ipc/handlers';

const meetingFilter = { name: 'Referat-møde', extensions: [FILE_EXTENSION] };

/** Native open/save dialogs for meeting files, attached to `window`. */
export function createNativeDialogs(
  getWindow: () => BrowserWindow | null,
  defaultFolder: () => string,
): Dialogs {
  return {
    async chooseMeetingToOpen() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Åbn møde',
        defaultPath: defaultFolder(),
        filters: [meetingFilter],
        properties: ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseAttachment() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Vælg fil til bilag',
        defaultPath: defaultFolder(),
        properties: ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseWordAgenda() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Importér dagsorden fra Word',
        defaultPath: defaultFolder(),
        filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
        properties: ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      const window = getWindow();
      const options: Electron.SaveDialogOptions = {
        title: 'Gem møde',
        defaultPath: `${defaultFolder()}/${suggestedName}`,
        filters: [meetingFilter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some Linux dialogs do not append the extension from the filter.
      return result.filePath.endsWith(`.${FILE_EXTENSION}`)
        ? result.filePath
        : `${result.filePath}.${FILE_EXTENSION}`;
    },
  };
}

const templateFilter = { name: 'Referat-skabelon', extensions: [TEMPLATE_FILE_EXTENSION] };

/** Native dialogs of the template library: a template file to import, where to export one. */
export function createTemplateDialogs(
  getWindow: () => BrowserWindow | null,
  defaultFolder: () => string,
): {
  chooseImport(): Promise<string | null>;
  chooseExportPath(name: string): Promise<string | null>;
  chooseSharedFolder(): Promise<string | null>;
  chooseLogo(): Promise<string | null>;
} {
  return {
    async chooseLogo() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Vælg logo',
        defaultPath: defaultFolder(),
        filters: [{ name: 'Billede (PNG eller JPEG)', extensions: ['png', 'jpg', 'jpeg'] }],
        properties: ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSharedFolder() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Vælg kommunens skabelonmappe',
        properties: ['openDirectory'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImport() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Importér skabelon',
        defaultPath: defaultFolder(),
        filters: [templateFilter],
        properties: ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedName) {
      const window = getWindow();
      const options: Electron.SaveDialogOptions = {
        title: 'Eksportér skabelon',
        defaultPath: `${defaultFolder()}/${suggestedName}`,
        filters: [templateFilter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith(`.${TEMPLATE_FILE_EXTENSION}`)
        ? result.filePath
        : `${result.filePath}.${TEMPLATE_FILE_EXTENSION}`;
    },
  };
}
