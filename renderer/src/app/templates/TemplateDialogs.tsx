import { useCallback, useEffect, useState } from 'react';
import type { TemplateLibrary, TemplateLibraryEntry } from '../../../../shared/ipc/contract';
import { describeIpcError } from '../../../../shared/ipc/describe-error';
import { newTemplateFrom } from '../../../../shared/template/draft';
import type { Template } from '../../../../shared/template/schema';
import { invoke } from '../../common/api';
import type { DocumentSession } from '../../editor/state/document-session';
import type { AppDialog } from '../commands/command-context';
import { TemplateEditor, type EditorStart } from './TemplateEditor';
import { TemplateLibraryDialog } from './TemplateLibraryDialog';
import { SwitchTemplateDialog } from './SwitchTemplateDialog';

const LAST_TEMPLATE = 'referat:new-meeting-template';

/** The library as the app holds it, and the template chosen for new meetings (remembered on this computer). */
export function useTemplateLibrary() {
  const [library, setLibrary] = useState<TemplateLibrary | null>(null);
  const [newMeetingKey, setNewMeetingKeyState] = useState<string>(
    () => localStorage.getItem(LAST_TEMPLATE) ?? '',
  );
  const reload = useCallback(async () => {
    const result = await invoke('templates:list');
    if (result.ok) setLibrary(result.value);
    return result.ok ? result.value : null;
  }, []);
  useEffect(() => {
    void invoke('templates:list').then((result) => {
      if (result.ok) setLibrary(result.value);
    });
  }, []);
  const usable = library?.entries.filter((entry) => entry.template) ?? [];
  // A remembered template that is gone (IT removed the file) falls back to the first.
  const key = usable.some((e) => e.key === newMeetingKey) ? newMeetingKey : (usable[0]?.key ?? '');
  const setNewMeetingKey = (next: string) => {
    localStorage.setItem(LAST_TEMPLATE, next);
    setNewMeetingKeyState(next);
  };
  return { library, reload, setLibrary, usable, newMeetingKey: key, setNewMeetingKey };
}

/** The entry for `template`: the user's own with its id first, then any with its id. */
function entryFor(library: TemplateLibrary, template: Template): TemplateLibraryEntry | undefined {
  const same = library.entries.filter((e) => e.template?.id === template.id);
  return same.find((e) => e.source === 'user') ?? same[0];
}

interface Props {
  dialog: AppDialog | null;
  setDialog: (dialog: AppDialog | null) => void;
  session: DocumentSession | null;
  templates: ReturnType<typeof useTemplateLibrary>;
}

/** The library, the editor and "Skift skabelon…", as the commands open them. */
export function TemplateDialogs({ dialog, setDialog, session, templates }: Props) {
  const { library, reload, setLibrary } = templates;
  const [start, setStart] = useState<EditorStart | null>(null);
  const [switchKey, setSwitchKey] = useState<string | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const takenIds = library?.entries.flatMap((e) => (e.template ? [e.template.id] : [])) ?? [];
  // Opening Skabeloner… reads the folders again: IT may have put a template in
  // the shared folder, or a colleague's file been copied in, since the app started.
  useEffect(() => {
    if (dialog === 'templates') void reload();
  }, [dialog, reload]);

  // Only while one of these dialogs is open: reading the meeting flushes the text editors.
  if (
    !library ||
    (dialog !== 'templates' && dialog !== 'template-editor' && dialog !== 'switch-template')
  )
    return null;
  const close = () => {
    setDialog(null);
    setStart(null);
    setMessages([]);
  };
  const meeting = session?.read() ?? null;
  /** "Rediger skabelon…" from a command: the open meeting's template, or a new one from the chosen. */
  const commandStart = (): EditorStart | null => {
    if (meeting) {
      const own = entryFor(library, meeting.template);
      return {
        template: meeting.template,
        replaceKey: own?.source === 'user' ? own.key : null,
        isNew: false,
      };
    }
    const chosen = templates.usable.find((e) => e.key === templates.newMeetingKey)?.template;
    return chosen
      ? {
          template: newTemplateFrom(chosen, 'Ny skabelon', takenIds),
          replaceKey: null,
          isNew: true,
        }
      : null;
  };

  if (dialog === 'templates') {
    return (
      <TemplateLibraryDialog
        library={library}
        meetingOpen={session !== null}
        initialKey={
          meeting ? (entryFor(library, meeting.template)?.key ?? null) : templates.newMeetingKey
        }
        messages={messages}
        onNew={(entry) => {
          if (!entry.template) return;
          setStart({
            template: newTemplateFrom(entry.template, 'Ny skabelon', takenIds),
            replaceKey: null,
            isNew: true,
          });
          setDialog('template-editor');
        }}
        onEdit={(entry) => {
          if (!entry.template) return;
          setStart({
            template: entry.template,
            replaceKey: entry.source === 'user' ? entry.key : null,
            isNew: false,
          });
          setDialog('template-editor');
        }}
        onUse={(entry) => {
          setSwitchKey(entry.key);
          setDialog('switch-template');
        }}
        onImport={() =>
          void invoke('templates:import').then(async (result) => {
            if (!result.ok) return setMessages([describeIpcError(result.error)]);
            if (!result.value) return;
            const { key, name, problems, warnings } = result.value;
            if (!key) return setMessages([`«${name}» er ikke en gyldig skabelon:`, ...problems]);
            await reload();
            setMessages([`«${name}» er importeret til dine skabeloner.`, ...warnings]);
          })
        }
        onSharedFolder={(choose) =>
          void invoke('templates:set-shared-folder', { choose }).then((result) => {
            if (!result.ok) return setMessages([describeIpcError(result.error)]);
            if (result.value) setLibrary(result.value);
          })
        }
        onExport={(entry) =>
          void invoke('templates:export', { key: entry.key }).then((result) => {
            if (!result.ok) return setMessages([describeIpcError(result.error)]);
            if (result.value) setMessages([`Skabelonen er gemt som ${result.value.path}.`]);
          })
        }
        onDelete={(entry) =>
          void invoke('templates:delete', { key: entry.key }).then((result) => {
            if (!result.ok) return setMessages([describeIpcError(result.error)]);
            setLibrary(result.value);
            setMessages([`«${entry.name}» er slettet og ligger i papirkurven.`]);
          })
        }
        onClose={close}
      />
    );
  }
  if (dialog === 'switch-template' && session && meeting) {
    return (
      <SwitchTemplateDialog
        library={library}
        meeting={meeting}
        initialKey={switchKey ?? entryFor(library, meeting.template)?.key ?? null}
        onSwitch={(template) => session.dispatch({ type: 'template', template })}
        onClose={() => {
          setSwitchKey(null);
          close();
        }}
      />
    );
  }
  const editorStart = dialog === 'template-editor' ? (start ?? commandStart()) : null;
  if (editorStart) {
    return (
      <TemplateEditor
        start={editorStart}
        meeting={meeting}
        takenIds={takenIds}
        onSave={async (template, replace) => {
          const result = await invoke('templates:save', { template, replace });
          if (!result.ok) return { problem: describeIpcError(result.error) };
          await reload();
          return { key: result.value.key };
        }}
        onApply={(template) => session?.dispatch({ type: 'template', template })}
        onClose={close}
      />
    );
  }
  return null;
}
