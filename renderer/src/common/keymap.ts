/**
 * Keyboard shortcuts from the command registry's Electron accelerators
 * ("CmdOrCtrl+Shift+N"), so a shortcut is defined once for menu and page.
 */
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/commands/commands';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

interface Shortcut {
  primary: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.code for letters and digits (layout-independent), else KeyboardEvent.key. */
  code?: string;
  key?: string;
}

const KEY_NAMES: Record<string, string> = {
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
  Enter: 'Enter',
  Return: 'Enter',
  Esc: 'Escape',
  Delete: 'Delete',
};

/** Parses an Electron accelerator; null for forms we do not support. */
export function parseAccelerator(accelerator: string): Shortcut | null {
  const parts = accelerator.split('+');
  const last = parts.pop();
  if (!last) return null;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const shortcut: Shortcut = {
    primary: mods.has('cmdorctrl') || mods.has('commandorcontrol') || mods.has('ctrl'),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
  };
  if (/^[A-Za-z]$/.test(last)) shortcut.code = `Key${last.toUpperCase()}`;
  else if (/^[0-9]$/.test(last)) shortcut.code = `Digit${last}`;
  else shortcut.key = KEY_NAMES[last] ?? last;
  return shortcut;
}

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const primary = isMac ? event.metaKey : event.ctrlKey;
  if (
    primary !== shortcut.primary ||
    event.shiftKey !== shortcut.shift ||
    event.altKey !== shortcut.alt
  ) {
    return false;
  }
  return shortcut.code ? event.code === shortcut.code : event.key === shortcut.key;
}

const SHORTCUTS = (Object.keys(COMMANDS) as CommandId[]).flatMap((id) => {
  const spec: CommandSpec = COMMANDS[id];
  const shortcut = spec.accelerator ? parseAccelerator(spec.accelerator) : null;
  return shortcut ? [{ id, shortcut }] : [];
});

/** The command whose shortcut `event` is, if any. */
export function commandForKey(event: KeyboardEvent): CommandId | null {
  return SHORTCUTS.find(({ shortcut }) => matches(shortcut, event))?.id ?? null;
}

/** "CmdOrCtrl+Shift+N" as shown to the user: "Ctrl+Skift+N" (or ⌘⇧N on a Mac). */
export function acceleratorLabel(accelerator: string): string {
  const names: Record<string, string> = isMac
    ? { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Up: '↑', Down: '↓' }
    : { CmdOrCtrl: 'Ctrl', Shift: 'Skift', Alt: 'Alt', Up: 'Pil op', Down: 'Pil ned' };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join(isMac ? '' : '+');
}
