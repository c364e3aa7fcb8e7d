import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcArgs, IpcResponse } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

/** Calls the main process through the preload. Errors come back as values, never as exceptions. */
export function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcArgs<C>
): Promise<Result<IpcResponse<C>>> {
  return window.referat.invoke(channel, ...args);
}
