import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import type { LexicalEditor } from 'lexical';

const ACTIONS: { label: string; run: () => void }[] = [
  { label: 'Indsæt række under', run: () => void $insertTableRowAtSelection(true) },
  { label: 'Indsæt kolonne til højre', run: () => void $insertTableColumnAtSelection(true) },
  { label: 'Slet række', run: () => $deleteTableRowAtSelection() },
  { label: 'Slet kolonne', run: () => $deleteTableColumnAtSelection() },
];

/** Row and column buttons, shown in the toolbar while the caret is in a table (figures, Økonomi). */
export function TableTools({ editor }: { editor: LexicalEditor }) {
  return (
    <div role="group" aria-label="Tabel" className="rt-table-tools">
      {ACTIONS.map((action) => (
        <button
          key={action.label}
          type="button"
          className="rt-tool"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            editor.update(action.run);
            editor.focus();
          }}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}
