import { useEffect, useRef } from 'react';
import {
  COMMAND_GROUPS,
  COMMANDS,
  type CommandGroup,
  type CommandId,
  type CommandSpec,
} from '../../../shared/commands/commands';
import { acceleratorLabel } from '../common/keymap';

/** Keys that are not commands of their own but belong in the overview, by group. */
const EXTRA_ROWS: Partial<Record<CommandGroup, { label: string; keys: string[] }[]>> = {
  text: [
    { label: 'Ryk ind / ud i en liste', keys: ['Tab', 'Skift+Tab'] },
    {
      label: 'Punktopstilling (i starten af et afsnit)',
      keys: ['- og mellemrum', '* og mellemrum'],
    },
    { label: 'Nummereret liste (i starten af et afsnit)', keys: ['1. og mellemrum'] },
  ],
  decisions: [{ label: 'Standardformulering nr. 1–9 (i oversigten)', keys: ['1–9'] }],
  help: [{ label: 'Vis denne oversigt (uden for tekstfelter)', keys: ['?'] }],
};

function rowsOf(group: CommandGroup): { id: string; label: string; keys: string[] }[] {
  const commands = (Object.keys(COMMANDS) as CommandId[]).flatMap((id) => {
    const spec: CommandSpec = COMMANDS[id];
    return spec.group === group && spec.accelerator
      ? [{ id, label: spec.label, keys: [acceleratorLabel(spec.accelerator)] }]
      : [];
  });
  const extras = (EXTRA_ROWS[group] ?? []).map((row) => ({ id: row.label, ...row }));
  return [...commands, ...extras];
}

/** The shortcut overview (F1 or ?): every command with a key, from the registry, grouped. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // StrictMode runs effects twice in development: open once.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Tastaturgenveje</h2>
      <div className="shortcut-groups">
        {(Object.keys(COMMAND_GROUPS) as CommandGroup[]).map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{COMMAND_GROUPS[group]}</h3>
            <table className="shortcuts">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">Handling</th>
                  <th scope="col">Taster</th>
                </tr>
              </thead>
              <tbody>
                {rowsOf(group).map((row) => (
                  <tr key={row.id}>
                    <td>{row.label}</td>
                    <td>
                      {row.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && ' / '}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          Luk
        </button>
      </div>
    </dialog>
  );
}
