import { useEffect, useRef } from 'react';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/commands/commands';
import { acceleratorLabel } from '../app/keymap';

/** The shortcut overview (? or F1): every command with a key, from the registry. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const rows = (Object.keys(COMMANDS) as CommandId[]).flatMap((id) => {
    const spec: CommandSpec = COMMANDS[id];
    return spec.accelerator
      ? [{ id, label: spec.label, keys: acceleratorLabel(spec.accelerator) }]
      : [];
  });
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Tastaturgenveje</h2>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Handling</th>
            <th scope="col">Taster</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.label}</td>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Ryk ind / ud i en liste</td>
            <td>
              <kbd>Tab</kbd> / <kbd>Skift+Tab</kbd>
            </td>
          </tr>
          <tr>
            <td>Punktopstilling / nummereret liste (i starten af et afsnit)</td>
            <td>
              <kbd>-</kbd> eller <kbd>*</kbd> og mellemrum / <kbd>1.</kbd> og mellemrum
            </td>
          </tr>
          <tr>
            <td>Standardformulering nr. 1–9 (i oversigten)</td>
            <td>
              <kbd>1</kbd>–<kbd>9</kbd>
            </td>
          </tr>
          <tr>
            <td>Vis denne oversigt</td>
            <td>
              <kbd>?</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        Luk
      </button>
    </dialog>
  );
}
