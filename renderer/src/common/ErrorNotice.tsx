import { describeIpcError } from '../../../shared/ipc/describe-error';
import type { IpcError } from '../../../shared/ipc/result';

interface Props {
  error: IpcError;
  onDismiss: () => void;
  onOpenBackup?: () => void;
  /** Offered when the file is gone: takes it off the recent list. */
  onForget?: () => void;
}

/** A problem explained in Danish, with the way out (open the backup) when there is one. */
export function ErrorNotice({ error, onDismiss, onOpenBackup, onForget }: Props) {
  return (
    <div role="alert" className="error-notice">
      <p>{describeIpcError(error)}</p>
      <div className="error-notice-actions">
        {error.backupAvailable && onOpenBackup && (
          <button type="button" onClick={onOpenBackup}>
            Åbn sikkerhedskopi
          </button>
        )}
        {error.code === 'not-found' && onForget && (
          <button type="button" onClick={onForget}>
            Fjern fra listen
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          Luk
        </button>
      </div>
    </div>
  );
}
