import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { $readFormatState, type FormatState } from './format-commands';
import { LinkForm } from './LinkForm';
import { formatTools, tableTools, type Tool } from './toolbar-tools';
import { useActiveEditor, useToolbarHost } from './toolbar-host';

function sameState(a: FormatState, b: FormatState): boolean {
  return (Object.keys(a) as (keyof FormatState)[]).every((key) => a[key] === b[key]);
}

/** Where each key moves focus among `count` buttons from `index`; null for other keys. */
function nextIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

interface Props {
  /** The section's name ("Baggrund", "Beslutning Direktionen den 29-01-2018"), for the toolbar's label. */
  name: string;
  /** Id of the text the toolbar acts on. */
  controls: string;
}

/**
 * A field's formatting toolbar, following the WAI-ARIA toolbar pattern: one
 * Tab stop (the last button used), arrow keys, Home and End move between
 * buttons, Escape returns to the text. So Tab from one section reaches the
 * next section instead of walking through every button.
 *
 * On a screen with a toolbar host (see toolbar-host.ts) it is shown there,
 * and only while its field is the active one: one toolbar for the field
 * being written in, reached with Alt+F10 from the text.
 */
export function Toolbar({ name, controls }: Props) {
  const [editor] = useLexicalComposerContext();
  const host = useToolbarHost();
  const active = useActiveEditor();
  const [state, setState] = useState<FormatState | null>(null);
  const [current, setCurrent] = useState('format.bold');
  // The link form: null when closed, else the address being edited ('' for a new link).
  const [linkForm, setLinkForm] = useState<string | null>(null);
  const toolbar = useRef<HTMLDivElement>(null);

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

  const main = formatTools(editor, state, () => setLinkForm(state?.link ?? ''));
  const table = state?.inTable ? tableTools(editor) : [];
  // Buttons come and go (link, table): if the remembered one left, the first takes the Tab stop.
  const tabStop = [...main, ...table].some((tool) => tool.id === current) ? current : main[0]?.id;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      editor.focus();
      return;
    }
    const buttons = Array.from(toolbar.current?.querySelectorAll('button') ?? []);
    const index = buttons.findIndex((button) => button === document.activeElement);
    const next = nextIndex(event.key, Math.max(index, 0), buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  const button = (tool: Tool) => (
    <button
      key={tool.id}
      type="button"
      tabIndex={tool.id === tabStop ? 0 : -1}
      title={tool.title}
      aria-label={tool.label}
      aria-pressed={tool.pressed}
      className={`rt-tool rt-tool-${tool.id.replace('.', '-')}`}
      onFocus={() => setCurrent(tool.id)}
      // Keep the editor's selection: a mouse-down on the button must not take focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        setCurrent(tool.id);
        tool.run();
      }}
    >
      {tool.text}
    </button>
  );

  const content = (
    <>
      <div
        ref={toolbar}
        role="toolbar"
        aria-label={`Formatering af ${name}`}
        aria-controls={controls}
        className="rt-toolbar"
        onKeyDown={onKeyDown}
      >
        {main.map(button)}
        {table.length > 0 && (
          <div role="group" aria-label="Tabel" className="rt-table-tools">
            {table.map(button)}
          </div>
        )}
        {host && (
          // Which text the tools act on, where there is room (the toolbar's name says it too).
          <span className="rt-toolbar-name" aria-hidden="true">
            {name}
          </span>
        )}
      </div>
      {linkForm !== null && (
        <LinkForm editing={linkForm || null} onClose={() => setLinkForm(null)} />
      )}
    </>
  );
  if (host === undefined) return content;
  return host && active === editor ? createPortal(content, host) : null;
}
