/**
 * Comparing Electron accelerators: "CmdOrCtrl+Shift+S", "CommandOrControl+Shift+S"
 * and, on Windows, "Ctrl+Shift+S" are the same key press.
 */

const MODIFIER_ORDER = ['mod', 'ctrl', 'cmd', 'alt', 'shift', 'super'];

/** The platform's name of each modifier spelling; 'mod' is the primary one (⌘ on macOS, Ctrl elsewhere). */
function modifierName(part: string, platform: NodeJS.Platform): string | null {
  switch (part) {
    case 'cmdorctrl':
    case 'commandorcontrol':
      return 'mod';
    case 'cmd':
    case 'command':
      return platform === 'darwin' ? 'mod' : 'cmd';
    case 'ctrl':
    case 'control':
      return platform === 'darwin' ? 'ctrl' : 'mod';
    case 'alt':
    case 'option':
    case 'altgr':
      return 'alt';
    case 'shift':
      return 'shift';
    case 'super':
    case 'meta':
      return 'super';
    default:
      return null;
  }
}

/** A canonical form of `accelerator` on `platform`, equal for accelerators that are the same key press. */
export function acceleratorKey(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop() ?? '';
  const modifiers = parts
    .map((part) => modifierName(part, platform) ?? part)
    .sort((a, b) => MODIFIER_ORDER.indexOf(a) - MODIFIER_ORDER.indexOf(b));
  return [...new Set(modifiers), key].join('+');
}
