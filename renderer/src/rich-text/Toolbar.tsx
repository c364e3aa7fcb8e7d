import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { COMMANDS, type CommandSpec } from '../../../shared/commands/commands';
import { acceleratorLabel } from '../app/keymap';
import {
  $readFormatState,
  runEditorCommand,
  type EditorCommandId,
  type FormatState,
} from './format-commands';
import { removeLinkAtSelection } from './link-commands';
import { LinkForm } from './LinkForm';
import { TableTools } from './TableTools';

type ToolId = EditorCommandId | 'format.link' | 'link.remove';

interface Tool {
  id: ToolId;
  text: string;
  label: string;
  title: string;
  pressed?: boolean;
}

function titleOf(id: keyof typeof COMMANDS, label?: string): string {
  const spec: CommandSpec = COMMANDS[id];
  label ??= spec.label;
  return spec.accelerator ? `${label} (${acceleratorLabel(spec.accelerator)})` : label;
}

function command(id: EditorCommandId, text: string, pressed?: boolean): Tool {
  return { id, text, label: COMMANDS[id].label, title: titleOf(id), pressed };
}

/** The buttons for the format at the caret: in a link, "Redigér link…" and "Fjern link". */
function toolsFor(state: FormatState | null): Tool[] {
  const inLink = Boolean(state?.link);
  const linkLabel: string = inLink ? 'Redigér link…' : COMMANDS['format.link'].label;
  return [
    command('format.bold', 'F', Boolean(state?.bold)),
    command('format.italic', 'K', Boolean(state?.italic)),
    command('format.underline', 'U', Boolean(state?.underline)),
    command('format.subheading', 'Underoverskrift', Boolean(state?.subheading)),
    command('format.bulletList', 'Punktopstilling', state?.list === 'bullet'),
    command('format.numberedList', 'Nummereret liste', state?.list === 'number'),
    {
      id: 'format.link',
      text: linkLabel,
      label: linkLabel,
      title: titleOf('format.link', linkLabel),
    },
    ...(inLink
      ? [
          {
            id: 'link.remove',
            text: 'Fjern link',
            label: 'Fjern link',
            title: 'Fjern link',
          } as const,
        ]
      : []),
    command('format.table', 'Indsæt tabel'),
    command('edit.undo', '↶'),
    command('edit.redo', '↷'),
  ];
}

function sameState(a: FormatState, b: FormatState): boolean {
  return (Object.keys(a) as (keyof FormatState)[]).every((key) => a[key] === b[key]);
}

/** A field's formatting toolbar: one Tab stop, arrow keys move between buttons (WAI-ARIA toolbar). */
export function Toolbar({ labelledBy }: { labelledBy: string }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<FormatState | null>(null);
  const [current, setCurrent] = useState(0);
  // The link form: null when closed, else the address being edited ('' for a new link).
  const [linkForm, setLinkForm] = useState<string | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tools = toolsFor(state);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readFormatState);
        // Most keystrokes do not change the format: skip the re-render then.
        setState((previous) => (previous && sameState(previous, next) ? previous : next));
      }),
    [editor],
  );
  useEffect(() => {
    // Ctrl+K (and the menu) edits the link at the caret, or inserts one.
    const open = () => setLinkForm(editor.getEditorState().read($readFormatState).link ?? '');
    window.addEventListener(`referat:link:${editor.getKey()}`, open);
    return () => window.removeEventListener(`referat:link:${editor.getKey()}`, open);
  }, [editor]);

  const run = (id: ToolId) => {
    if (id === 'format.link') setLinkForm(state?.link ?? '');
    else if (id === 'link.remove') {
      removeLinkAtSelection(editor);
      editor.focus();
    } else runEditorCommand(editor, id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (Math.min(current, tools.length - 1) + step + tools.length) % tools.length;
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  return (
    <>
      <div
        role="toolbar"
        aria-label="Formatering"
        aria-controls={labelledBy}
        className="rt-toolbar"
        onKeyDown={onKeyDown}
      >
        {tools.map((tool, index) => (
          <button
            key={tool.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === Math.min(current, tools.length - 1) ? 0 : -1}
            title={tool.title}
            aria-label={tool.label}
            aria-pressed={tool.pressed}
            className={`rt-tool rt-tool-${tool.id.replace('.', '-')}`}
            // Keep the editor's selection: a mouse-down on the button must not take focus first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setCurrent(index);
              run(tool.id);
            }}
          >
            {tool.text}
          </button>
        ))}
      </div>
      {state?.inTable && <TableTools editor={editor} />}
      {linkForm !== null && (
        <LinkForm editing={linkForm || null} onClose={() => setLinkForm(null)} />
      )}
    </>
  );
}
