/**
 * The names of every IPC channel, as plain strings. Kept apart from the
 * schemas (./contract.ts) so the sandboxed preload can import this list
 * without bundling zod; the contract is type-checked against it.
 */
export const IPC_CHANNELS = [
  'app:info',
  'app:pending-files',
  'app:confirm-close',
  'app:ui-state',
  'meeting:create',
  'meeting:create-from',
  'meeting:open-dialog',
  'meeting:open-path',
  'meeting:open-backup',
  'meeting:reload',
  'meeting:save-parts',
  'meeting:save-as',
  'meeting:close',
  'recovery:list',
  'recovery:open',
  'recovery:discard',
  'attachment:choose-file',
  'recent:list',
  'recent:forget',
  'place:get',
  'place:remember',
  'settings:get',
  'settings:update',
  'agenda:import-dialog',
  'agenda:import-preview',
  'agenda:import-create',
  'agenda:import-cancel',
  'templates:list',
  'templates:save',
  'templates:import',
  'templates:export',
  'templates:delete',
  'templates:set-shared-folder',
  'templates:pick-logo',
  'export:docx',
  'export:pdf',
  'shell:show-in-folder',
  'shell:open-path',
] as const;

/** Renderer → main request channels. */
export type IpcChannel = (typeof IPC_CHANNELS)[number];

/** Main → renderer event channels (no reply). */
export const IPC_EVENTS = ['app:command', 'app:open-file', 'app:close-requested'] as const;

/** Main → renderer event names. */
export type IpcEvent = (typeof IPC_EVENTS)[number];

/** True for a string naming a request channel; the preload and main refuse anything else. */
export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}

/** True for a string naming an event channel. */
export function isIpcEvent(value: unknown): value is IpcEvent {
  return typeof value === 'string' && (IPC_EVENTS as readonly string[]).includes(value);
}
