import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import type { ExportDocument, ExportVersion } from '../../../shared/export/options';
import type {
  OpenedMeeting,
  RecentFile,
  RecoveryEntry,
  Settings,
} from '../../../shared/ipc/contract';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { invoke } from '../common/api';
import { ErrorNotice } from '../common/ErrorNotice';
import { RepairNotice } from '../common/RepairNotice';
import type { EditorActions } from '../editor/editor-actions';
import { EditorScreen } from '../editor/EditorScreen';
import { DEFAULT_TIMING, DocumentSession, type SaveApi } from '../editor/state/document-session';
import { useSpellingSettings } from '../spelling/use-spelling';
import { StartScreen } from '../start/StartScreen';
import { meetingTitle } from '../../../shared/model/derived';
import { AboutDialog } from './AboutDialog';
import { CloseUnnamedDialog } from './CloseUnnamedDialog';
import type { AppDialog, CommandContext, ShellActions } from './commands/command-context';
import { runCommand } from './commands/implementations';
import { useCommandKeys } from './commands/use-command-keys';
import { ExportNotice } from './ExportNotice';
import { ImportAgendaDialog, type PendingImport } from './ImportAgendaDialog';
import { templateChoiceLabel } from './template-choice';
import { SettingsDialog } from './SettingsDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TemplateDialogs, useTemplateLibrary } from './templates/TemplateDialogs';
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
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const editorActions = useRef<EditorActions | null>(null);
  const templates = useTemplateLibrary();

  // The start screen's template chooser reads the folders again when it comes
  // back (a meeting closed) and when the window regains focus: a template
  // copied into the folder meanwhile is offered without restarting the app.
  const { reload: reloadTemplates } = templates;
  const onStartScreen = session === null;
  const hadMeeting = useRef(false);
  useEffect(() => {
    if (!onStartScreen) {
      hadMeeting.current = true;
      return;
    }
    if (hadMeeting.current) void reloadTemplates();
    const onFocus = () => void reloadTemplates();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [onStartScreen, reloadTemplates]);

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
      setNotices(opened.notices);
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

  const openPath = async (path: string) =>
    handleOpened(await invoke('meeting:open-path', { path }));
  const openBackup = async (path: string) =>
    handleOpened(await invoke('meeting:open-backup', { path }));

  const reload = async () => {
    if (!session?.getSnapshot().fileName) return;
    // The secretary chose the version on disk: drop this one without saving over it.
    const { handle } = session;
    session.dispose();
    setSession(null);
    await handleOpened(await invoke('meeting:reload', { handle }));
  };

  const exportAs = async (
    channel: 'export:docx' | 'export:pdf',
    version: ExportVersion,
    document: ExportDocument = 'referat',
  ) => {
    if (!session) return;
    const result = await session.sendChanges((changes) =>
      invoke(channel, { ...changes, version, document }),
    );
    if (!result.ok) setError(result.error);
    else if (result.value.path) setExported(result.value.path);
  };

  const closeMeeting = (current: DocumentSession) =>
    void release(current).then(() => {
      setSession(null);
      void refreshLists();
    });

  const shell: ShellActions = {
    newMeeting: () =>
      void invoke(
        'meeting:create',
        templates.newMeetingKey ? { template: templates.newMeetingKey } : undefined,
      ).then(handleOpened),
    open: () => void invoke('meeting:open-dialog').then(handleOpened),
    save: () => {
      if (!session) return;
      if (session.getSnapshot().fileName) void session.saveNow();
      else shell.saveAs();
    },
    saveAs: () => void session?.saveAs().then(refreshLists),
    newFromThis: () => {
      if (!session) return;
      // Main builds the next meeting from what it holds: hand it everything first.
      void session
        .saveNow()
        .then(() => invoke('meeting:create-from', { handle: session.handle }))
        .then(handleOpened);
    },
    close: () => {
      if (!session) return;
      // Without a name the meeting would only be found on the start screen: offer Gem som… first.
      if (session.getSnapshot().fileName) closeMeeting(session);
      else setDialog('close-unnamed');
    },
    exportWord: (version) => void exportAs('export:docx', version),
    exportPdf: (version) => void exportAs('export:pdf', version),
    exportAgenda: () => void exportAs('export:docx', 'internal', 'dagsorden'),
    importAgenda: () =>
      void invoke('agenda:import-dialog').then((result) => {
        if (!result.ok) setError(result.error);
        else if (result.value) {
          setError(null);
          setPendingImport(result.value);
        }
      }),
    showDialog: setDialog,
  };

  const context = (): CommandContext => ({ shell, editor: session ? editorActions.current : null });
  const run = (id: CommandId) => runCommand(id, context());

  useEffect(() => window.referat.on('app:open-file', ({ path }) => void openPath(path)));
  useShellWiring(session, (path) => void openPath(path));
  useCommandKeys(run);
  useSpellingSettings(settings, setSettings);

  const setEditorActions = useCallback((actions: EditorActions | null) => {
    editorActions.current = actions;
  }, []);
  // The screen holds on to this across renders; it always runs the current context.
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  });
  const stableRun = useCallback((id: CommandId) => latestRun.current(id), []);

  return (
    <div className="app">
      {error && (
        <ErrorNotice
          error={error}
          onDismiss={() => setError(null)}
          onOpenBackup={error.path ? () => void openBackup(error.path ?? '') : undefined}
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
      {notices.length > 0 && <RepairNotice notices={notices} onDismiss={() => setNotices([])} />}
      {exported && <ExportNotice path={exported} onDismiss={() => setExported(null)} />}
      {session ? (
        <EditorScreen
          key={session.handle}
          session={session}
          phrases={settings?.standardPhrases ?? []}
          runCommand={stableRun}
          setEditorActions={setEditorActions}
          onReload={() => void reload()}
        />
      ) : (
        <StartScreen
          recentFiles={recentFiles}
          recovered={recovered}
          onNew={() => void run('file.new')}
          onOpen={() => void run('file.open')}
          onImport={() => void run('file.importAgenda')}
          onOpenRecent={(path) => void openPath(path)}
          onRestore={(id) => void invoke('recovery:open', { id }).then(handleOpened)}
          onDiscard={(id) => void invoke('recovery:discard', { id }).then(refreshLists)}
          onSettings={() => void run('file.settings')}
          templates={templates.usable.map((entry) => ({
            key: entry.key,
            label: templateChoiceLabel(entry),
          }))}
          templateKey={templates.newMeetingKey}
          onTemplateChange={templates.setNewMeetingKey}
          onTemplates={() => void run('file.templates')}
        />
      )}
      {pendingImport && (
        <ImportAgendaDialog
          key={pendingImport.importId}
          pending={pendingImport}
          onCreate={(templateKey) => {
            const { importId } = pendingImport;
            setPendingImport(null);
            void invoke('agenda:import-create', { importId, templateKey }).then(handleOpened);
          }}
          onCancel={() => {
            setPendingImport(null);
            void invoke('agenda:import-cancel', { importId: pendingImport.importId });
          }}
        />
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'close-unnamed' && session && (
        <CloseUnnamedDialog
          title={meetingTitle(session.getSnapshot().meeting)}
          onSaveAs={() => {
            setDialog(null);
            void session.saveAs().then((saved) => {
              void refreshLists();
              if (saved !== null) closeMeeting(session);
            });
          }}
          onCloseAnyway={() => {
            setDialog(null);
            closeMeeting(session);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      <TemplateDialogs
        dialog={dialog}
        setDialog={setDialog}
        session={session}
        templates={templates}
      />
      {dialog === 'settings' && settings && (
        <SettingsDialog
          settings={settings}
          onSave={(patch) =>
            void invoke('settings:update', patch).then((r) => r.ok && setSettings(r.value))
          }
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
