import { isIpcChannel } from '../../../shared/ipc/channels';
import { ipcContract } from '../../../shared/ipc/contract';
import { err, type Result } from '../../../shared/ipc/result';
import type { IpcHandlers } from './handlers';

/** Validates and routes one request; the single entry used by Electron's ipcMain and by tests. */
export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * Every request passes here: unknown channels are refused, the payload is
 * validated against the shared contract before a handler sees it, and a
 * handler that throws becomes an `internal` error value, never a rejected
 * promise (which Electron would log and the UI would not understand).
 */
export function createDispatch(handlers: IpcHandlers): Dispatch {
  return async (channel, payload) => {
    if (!isIpcChannel(channel)) return err({ code: 'invalid-request', detail: 'unknown channel' });
    const parsed = ipcContract[channel].request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'request';
      return err({
        code: 'invalid-request',
        detail: `${channel}: ${where}: ${issue?.message ?? 'invalid'}`,
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      return err({
        code: 'internal',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
