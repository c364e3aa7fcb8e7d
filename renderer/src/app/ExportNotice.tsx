import { baseName } from '../../../shared/ipc/describe-error';
import { invoke } from '../common/api';

/** "Eksporteret til «…docx»" with the ways to the file. */
export function ExportNotice({ path, onDismiss }: { path: string; onDismiss: () => void }) {
  return (
    <div className="undo-bar" role="status">
      <span>Eksporteret til «{baseName(path)}».</span>
      <button type="button" onClick={() => void invoke('shell:open-path', { path })}>
        Åbn dokumentet
      </button>
      <button type="button" onClick={() => void invoke('shell:show-in-folder', { path })}>
        Vis i mappe
      </button>
      <button type="button" onClick={onDismiss}>
        Luk
      </button>
    </div>
  );
}
