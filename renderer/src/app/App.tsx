import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import type {
  OpenedMeeting,
  RecentFile,
  RecoveryEntry,
  Settings,
} from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { invoke } from '../common/api';
import { ErrorNotice } from '../common/ErrorNotice';
import { EditorScreen } from '../editor/EditorScreen';
import { DEFAULT_TIMING, DocumentSession, type SaveApi } from '../editor/state/document-session';
import { StartScreen } from '../start/StartScreen';
import { SettingsDialog } from './SettingsDialog';
import { ExportNotice } from './ExportNotice';
import { useCommands } from './use-commands';
import { useShellWiring } from './use-shell-wiring';

const saveApi: SaveApi = {
  save: (request) => invoke('meeting:save-parts', request),
  saveAs: (request) => invoke('meeting:save-as', request),
};

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

  /** Ends the open document's session: saves it, and main forgets its handle. */
  const release = useCallback(async (current: DocumentSession) => {
    await current.saveNow();
    current.dispose();
    await invoke('meeting:close', { handle: current.handle });
  }, []);

  /** Shows a document main opened or created, saving and releasing the current one first. */
  const show = useCallback(
    async (opened: OpenedMeeting) => {
      if (session) await release(session);
      setError(null);
      setSession(new DocumentSession(opened, saveApi, DEFAULT_TIMING));
    },
    [session, release],
  );

  const handleOpened = useCallback(
    async (result: Result<OpenedMeeting | null>) => {
      if (!result.ok) setError(result.error);
      else if (result.value) {
        performance.mark('referat:opened');
        await show(result.value);
      }
      void refreshLists();
    },
    [show, refreshLists],
  );

  const file = {
    new: async () => handleOpened(await invoke('meeting:create')),
    open: async () => handleOpened(await invoke('meeting:open-dialog')),
    openPath: async (path: string) => handleOpened(await invoke('meeting:open-path', { path })),
    openBackup: async (path: string) => handleOpened(await invoke('meeting:open-backup', { path })),
    save: async () => {
      if (!session) return;
      if (session.getSnapshot().fileName) await session.saveNow();
      else await file.saveAs();
    },
    saveAs: async () => {
      if (!session) return;
      await session.saveAs();
      void refreshLists();
    },
    newFromThis: async () => {
      if (!session) return;
      // Main builds the next meeting from what it holds: hand it everything first.
      await session.saveNow();
      await handleOpened(await invoke('meeting:create-from', { handle: session.handle }));
    },
    export: async (version: 'internal' | 'public') => {
      if (!session) return;
      const result = await invoke('export:docx', { meeting: session.read(), version });
      if (!result.ok) setError(result.error);
      else if (result.value) setExported(result.value.path);
    },
    reload: async () => {
      if (!session?.getSnapshot().fileName) return;
      // The secretary chose the version on disk: drop this one without saving over it.
      const { handle } = session;
      session.dispose();
      setSession(null);
      await handleOpened(await invoke('meeting:reload', { handle }));
    },
    close: async () => {
      if (!session) return;
      await release(session);
      setSession(null);
      void refreshLists();
    },
  };

  const restore = async (id: string) => handleOpened(await invoke('recovery:open', { id }));

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
          key={session.handle}
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
