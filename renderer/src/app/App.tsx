import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { openedSessionKey } from '../../../shared/ipc/channels';
import type { RecentFile, RecoveryEntry, Settings } from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import type { Meeting } from '../../../shared/model/meeting';
import { invoke } from '../common/api';
import { ErrorNotice } from '../common/ErrorNotice';
import { EditorScreen } from '../editor/EditorScreen';
import { DEFAULT_TIMING, DocumentSession, type SaveApi } from '../editor/state/document-session';
import { meetingFromThis } from '../editor/state/meeting-from-this';
import { StartScreen } from '../start/StartScreen';
import { SettingsDialog } from './SettingsDialog';
import { ExportNotice } from './ExportNotice';
import { useCommands } from './use-commands';
import { useShellWiring } from './use-shell-wiring';

const saveApi: SaveApi = { save: (request) => invoke('meeting:save-parts', request) };

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The application shell: start screen until a meeting is open, then the editor. */
export function App() {
  const [session, setSession] = useState<DocumentSession | null>(null);
  const [recentFiles, setRecentFiles] = useState<RecentFile[]>([]);
  const [recovered, setRecovered] = useState<RecoveryEntry[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const runner = useRef<((id: CommandId) => boolean) | null>(null);

  const refreshLists = useCallback(async () => {
    const [recent, recovery] = await Promise.all([invoke('recent:list'), invoke('recovery:list')]);
    if (recent.ok) setRecentFiles(recent.value);
    if (recovery.ok) setRecovered(recovery.value);
  }, []);

  useEffect(() => {
    void Promise.all([invoke('recent:list'), invoke('recovery:list'), invoke('settings:get')]).then(
      ([recent, recovery, stored]) => {
        if (recent.ok) setRecentFiles(recent.value);
        if (recovery.ok) setRecovered(recovery.value);
        if (stored.ok) setSettings(stored.value);
      },
    );
  }, []);

  /** Replaces the open document, saving the current one first. */
  const show = useCallback(
    async (meeting: Meeting, path: string | null, opened = false) => {
      if (session) {
        await session.saveNow();
        session.dispose();
      }
      setError(null);
      // A meeting main just read (file or recovery) is primed in main's parts cache.
      const primed = opened ? openedSessionKey(meeting.id, path) : undefined;
      setSession(new DocumentSession(meeting, path, saveApi, DEFAULT_TIMING, primed));
    },
    [session],
  );

  const handleOpened = useCallback(
    async (result: Result<{ path: string; meeting: Meeting } | null>) => {
      if (!result.ok) setError(result.error);
      else if (result.value) {
        performance.mark('referat:opened');
        await show(result.value.meeting, result.value.path, true);
      }
      void refreshLists();
    },
    [show, refreshLists],
  );

  const file = {
    new: async () => {
      const result = await invoke('meeting:create');
      if (result.ok) await show(result.value, null);
      else setError(result.error);
    },
    open: async () => handleOpened(await invoke('meeting:open-dialog')),
    openPath: async (path: string) => handleOpened(await invoke('meeting:open-path', { path })),
    openBackup: async (path: string) => handleOpened(await invoke('meeting:open-backup', { path })),
    save: async () => {
      if (!session) return;
      if (session.getSnapshot().path) await session.saveNow();
      else await file.saveAs();
    },
    saveAs: async () => {
      if (!session) return;
      const id = session.getSnapshot().meeting.id;
      const path = await session.saveAs((meeting) => invoke('meeting:save-as-dialog', { meeting }));
      // The meeting has a real file now: its recovery copy is no longer needed.
      if (path) await invoke('recovery:discard', { id });
      void refreshLists();
    },
    newFromThis: async () => {
      if (session) await show(meetingFromThis(session.getSnapshot().meeting, today()), null);
    },
    export: async (version: 'internal' | 'public') => {
      if (!session) return;
      session.flushEditors();
      const result = await invoke('export:docx', {
        meeting: session.getSnapshot().meeting,
        version,
      });
      if (!result.ok) setError(result.error);
      else if (result.value) setExported(result.value.path);
    },
    reload: async () => {
      const path = session?.getSnapshot().path;
      if (!session || !path) return;
      // The secretary chose the version on disk: drop this one without saving over it.
      session.dispose();
      setSession(null);
      await handleOpened(await invoke('meeting:open-path', { path }));
    },
    close: async () => {
      if (!session) return;
      await session.saveNow();
      session.dispose();
      setSession(null);
      void refreshLists();
    },
  };

  const restore = async (id: string) => {
    const result = await invoke('recovery:open', { id });
    if (result.ok) await show(result.value, null, true);
    else setError(result.error);
  };

  useEffect(() => window.referat.on('app:open-file', ({ path }) => void file.openPath(path)));
  useShellWiring(session, (path) => void file.openPath(path));

  useCommands((id) => {
    const fileCommands: Partial<Record<CommandId, () => Promise<void>>> = {
      'file.new': file.new,
      'file.open': file.open,
      'file.save': file.save,
      'file.saveAs': file.saveAs,
      'file.newFromThis': file.newFromThis,
      'file.close': file.close,
      'file.exportWord': () => file.export('internal'),
      'file.exportPublic': () => file.export('public'),
    };
    const fileCommand = fileCommands[id];
    if (fileCommand) {
      void fileCommand();
      return true;
    }
    return runner.current?.(id) ?? false;
  });

  const setCommandRunner = useCallback((run: ((id: CommandId) => boolean) | null) => {
    runner.current = run;
  }, []);

  return (
    <div className="app">
      {error && (
        <ErrorNotice
          error={error}
          onDismiss={() => setError(null)}
          onOpenBackup={error.path ? () => void file.openBackup(error.path ?? '') : undefined}
          onForget={
            error.path && recentFiles.some((f) => f.path === error.path)
              ? () => {
                  const path = error.path ?? '';
                  setError(null);
                  void invoke('recent:forget', { path }).then(
                    (r) => r.ok && setRecentFiles(r.value),
                  );
                }
              : undefined
          }
        />
      )}
      {exported && <ExportNotice path={exported} onDismiss={() => setExported(null)} />}
      {session ? (
        <EditorScreen
          key={session.getSnapshot().meeting.id}
          session={session}
          phrases={settings?.standardPhrases ?? []}
          setCommandRunner={setCommandRunner}
          onSave={() => void file.save()}
          onSaveAs={() => void file.saveAs()}
          onNewFromThis={() => void file.newFromThis()}
          onClose={() => void file.close()}
          onExport={() => void file.export('internal')}
          onReload={() => void file.reload()}
        />
      ) : (
        <StartScreen
          recentFiles={recentFiles}
          recovered={recovered}
          onNew={() => void file.new()}
          onOpen={() => void file.open()}
          onOpenRecent={(path) => void file.openPath(path)}
          onRestore={(id) => void restore(id)}
          onDiscard={(id) => void invoke('recovery:discard', { id }).then(refreshLists)}
          onSettings={() => setSettingsOpen(true)}
        />
      )}
      {settingsOpen && settings && (
        <SettingsDialog
          settings={settings}
          onSave={(patch) =>
            void invoke('settings:update', patch).then((r) => r.ok && setSettings(r.value))
          }
          onClose={() => setSettingsOpen(false)}
        />
      )}
    </div>
  );
}
