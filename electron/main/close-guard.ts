/**
 * Closing the window (or quitting) never loses unsaved text. Only the page
 * knows whether there is unsaved text, so before the window may close, the
 * main process asks it ('app:close-requested') and waits for its answer
 * ('app:confirm-close'): the page saves, or asks the secretary where to save
 * a meeting that has no file yet, or lets her cancel.
 *
 * The guard is armed by the page itself ('listening') once it handles the
 * request, so a page that never loaded, crashed or is being reloaded cannot
 * keep the window open forever; its text is in the recovery folder anyway.
 */

/** The page's messages on 'app:confirm-close'. */
export type CloseAnswer = 'listening' | 'close' | 'stay';

/** The window, as far as the guard needs it. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/** What the guard does outside the window. */
export interface CloseGuardDeps {
  /** Sends 'app:close-requested' to the page. */
  askPage(quitting: boolean): void;
  /** Quits the app (after an approved close that was part of quitting). */
  quit(): void;
  /** Called just before the window really closes (e.g. to save its size and position). */
  beforeClose?(): void;
}

/** The guard's inputs from the outside: the page's answers and lifecycle events. */
export interface CloseGuard {
  answer(answer: CloseAnswer): void;
  /** The user asked to quit (before-quit): after an approved close, quit rather than stay in the Dock. */
  quitRequested(): void;
  /** The page is reloading or gone: disarm until it says 'listening' again. */
  pageGone(): void;
}

/** Installs the guard on `window`. */
export function guardClose(window: GuardedWindow, deps: CloseGuardDeps): CloseGuard {
  let armed = false;
  let approved = false;
  let asking = false;
  let quitting = false;

  window.on('close', (event) => {
    if (approved || !armed) {
      deps.beforeClose?.();
      return;
    }
    event.preventDefault();
    // A second click on × while the page's dialog is open must not stack requests.
    if (asking) return;
    asking = true;
    deps.askPage(quitting);
  });

  return {
    answer(answer) {
      if (answer === 'listening') {
        armed = true;
        return;
      }
      if (!asking) return; // an answer nobody asked for (stale or forged) does nothing
      asking = false;
      if (answer === 'stay') {
        quitting = false;
        return;
      }
      approved = true;
      const quitAfter = quitting;
      if (!window.isDestroyed()) window.close();
      if (quitAfter) deps.quit();
    },
    quitRequested() {
      quitting = true;
    },
    pageGone() {
      armed = false;
      asking = false;
    },
  };
}
