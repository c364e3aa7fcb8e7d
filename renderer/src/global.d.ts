import type { ReferatApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The preload's API: the renderer's only way to the file system and the OS. */
    referat: ReferatApi;
  }
}
