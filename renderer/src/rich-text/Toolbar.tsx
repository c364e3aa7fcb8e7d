import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createTextNode, $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { COMMANDS, type CommandSpec } from '../../../shared/commands/commands';
import { acceleratorLabel } from '../app/keymap';
import {
  $readFormatState,
  runEditorCommand,
  type EditorCommandId,
  type FormatState,
} from './format-commands';
import { TableTools } from './TableTools';
import { normalizeTypedUrl } from './url';

const BUTTONS: {
  id: EditorCommandId | 'format.link';
  text: string;
  pressed?: (s: FormatState) => boolean;
}[] = [
  { id: 'format.bold', text: 'F', pressed: (s) => s.bold },
  { id: 'format.italic', text: 'K', pressed: (s) => s.italic },
  { id: 'format.underline', text: 'U', pressed: (s) => s.underline },
  { id: 'format.subheading', text: 'Underoverskrift', pressed: (s) => s.subheading },
  { id: 'format.bulletList', text: 'Punktopstilling', pressed: (s) => s.list === 'bullet' },
  { id: 'format.numberedList', text: 'Nummereret liste', pressed: (s) => s.list === 'number' },
  { id: 'format.link', text: 'Indsæt link…' },
  { id: 'format.table', text: 'Indsæt tabel' },
  { id: 'edit.undo', text: '↶' },
  { id: 'edit.redo', text: '↷' },
];

function title(id: keyof typeof COMMANDS): string {
  const spec: CommandSpec = COMMANDS[id];
  return spec.accelerator ? `${spec.label} (${acceleratorLabel(spec.accelerator)})` : spec.label;
}

/** A field's formatting toolbar: one Tab stop, arrow keys move between buttons (WAI-ARIA toolbar). */
export function Toolbar({ labelledBy }: { labelledBy: string }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<FormatState | null>(null);
  const [current, setCurrent] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readFormatState);
        // Most keystrokes do not change the format: skip the re-render then.
        setState((previous) =>
          previous &&
          previous.bold === next.bold &&
          previous.italic === next.italic &&
          previous.underline === next.underline &&
          previous.list === next.list &&
          previous.subheading === next.subheading &&
          previous.inTable === next.inTable
            ? previous
            : next,
        );
      }),
    [editor],
  );
  useEffect(() => {
    const open = () => setLinkOpen(true);
    window.addEventListener(`referat:link:${editor.getKey()}`, open);
    return () => window.removeEventListener(`referat:link:${editor.getKey()}`, open);
  }, [editor]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (current + step + BUTTONS.length) % BUTTONS.length;
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
        {BUTTONS.map((button, index) => (
          <button
            key={button.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === current ? 0 : -1}
            title={title(button.id)}
            aria-label={COMMANDS[button.id].label}
            aria-pressed={button.pressed ? Boolean(state && button.pressed(state)) : undefined}
            className={`rt-tool rt-tool-${button.id.replace('.', '-')}`}
            // Keep the editor's selection: a mouse-down on the button must not take focus first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setCurrent(index);
              if (button.id === 'format.link') setLinkOpen(true);
              else runEditorCommand(editor, button.id);
            }}
          >
            {button.text}
          </button>
        ))}
      </div>
      {state?.inTable && <TableTools editor={editor} />}
      {linkOpen && <LinkForm onClose={() => setLinkOpen(false)} />}
    </>
  );
}

function LinkForm({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const submit = () => {
    const url = normalizeTypedUrl(value);
    if (!url) {
      setProblem('Kun web- og mailadresser kan bruges (http, https eller mailto).');
      return;
    }
    let inserted = false;
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection) && selection.isCollapsed()) {
          // Nothing selected: the address itself becomes the link text.
          selection.insertNodes([$createLinkNode(url).append($createTextNode(value.trim()))]);
          inserted = true;
        }
      },
      { discrete: true },
    );
    if (!inserted) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    onClose();
    editor.focus();
  };
  return (
    <div className="rt-link-form" role="group" aria-label="Indsæt link">
      <label>
        Linkadresse{' '}
        <input
          autoFocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
            if (event.key === 'Escape') onClose();
          }}
        />
      </label>
      <button type="button" onClick={submit}>
        Indsæt
      </button>
      <button type="button" onClick={onClose}>
        Annullér
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
