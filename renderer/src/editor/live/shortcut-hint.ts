import { COMMANDS, type CommandId, type CommandSpec } from '../../../../shared/commands/commands';
import { acceleratorLabel } from '../../common/keymap';

/**
 * A button's tooltip and aria-keyshortcuts for the command it shares a key
 * with, from the one registry: the mouse user learns the key there.
 */
export function shortcutHint(id: CommandId): { title: string; 'aria-keyshortcuts'?: string } {
  const spec: CommandSpec = COMMANDS[id];
  if (!spec.accelerator) return { title: spec.label };
  return {
    title: `${spec.label} (${acceleratorLabel(spec.accelerator)})`,
    'aria-keyshortcuts': spec.accelerator.replace('CmdOrCtrl', 'Control'),
  };
}
