import { useCallback, useEffect, useState } from 'react';
import type { RecentFile } from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { invoke } from '../common/api';
import { ErrorNotice } from '../common/ErrorNotice';
import { StartScreen } from '../start/StartScreen';
import { MeetingSummary } from './MeetingSummary';

/** The meeting being worked on and where it lives on disk (null until first saved). */
export interface OpenDocument {
  path: string | null;
  meeting: Meeting;
}

/** The application shell: start screen until a meeting is open, then the meeting. */
export function App() {
  const [document, setDocument] = useState<OpenDocument | null>(null);
  const [recentFiles, setRecentFiles] = useState<RecentFile[]>([]);
  const [error, setError] = useState<IpcError | null>(null);

  const refreshRecent = useCallback(async () => {
    const result = await invoke('recent:list');
    if (result.ok) setRecentFiles(result.value);
  }, []);

  useEffect(() => {
    let live = true;
    void invoke('recent:list').then((result) => {
      if (live && result.ok) setRecentFiles(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  const handleOpened = useCallback(
    (result: Result<{ path: string; meeting: Meeting } | null>) => {
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (result.value) {
        setError(null);
        setDocument({ path: result.value.path, meeting: result.value.meeting });
      }
      void refreshRecent();
    },
    [refreshRecent],
  );

  const newMeeting = async () => {
    const result = await invoke('meeting:create');
    if (result.ok) setDocument({ path: null, meeting: result.value });
    else setError(result.error);
  };

  const openBackup = async (path: string) =>
    handleOpened(await invoke('meeting:open-backup', { path }));

  return (
    <div className="app">
      {error && (
        <ErrorNotice
          error={error}
          onDismiss={() => setError(null)}
          onOpenBackup={error.path ? () => void openBackup(error.path ?? '') : undefined}
        />
      )}
      {document ? (
        <MeetingSummary document={document} onClose={() => setDocument(null)} />
      ) : (
        <StartScreen
          recentFiles={recentFiles}
          onNew={() => void newMeeting()}
          onOpen={() => void invoke('meeting:open-dialog').then(handleOpened)}
          onOpenRecent={(path) => void invoke('meeting:open-path', { path }).then(handleOpened)}
        />
      )}
    </div>
  );
}
