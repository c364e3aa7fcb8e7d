import type { ExportVersion } from '../../../../shared/export/options';
import type { EditorActions } from '../../editor/editor-actions';

/** The app's dialogs that commands open. */
export type AppDialog =
  | 'shortcuts'
  | 'about'
  | 'settings'
  | 'close-unnamed'
  | 'templates'
  | 'template-editor'
  | 'switch-template';

/** What the application shell can do, on the start screen and with a meeting open. */
export interface ShellActions {
  newMeeting(): void;
  open(): void;
  save(): void;
  saveAs(): void;
  newFromThis(): void;
  close(): void;
  exportWord(version: ExportVersion): void;
  exportPdf(version: ExportVersion): void;
  /** The dagsorden as Word (internal: it goes to the members). */
  exportAgenda(): void;
  /** "Importér dagsorden fra Word…": open dialog, then the preview. */
  importAgenda(): void;
  showDialog(dialog: AppDialog): void;
}

/** Everything a command may act on: the shell always, the editor while a meeting is open. */
export interface CommandContext {
  shell: ShellActions;
  editor: EditorActions | null;
}
