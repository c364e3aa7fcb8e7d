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
 *
 * A page that is loaded but hung (a script stuck in a loop) cannot answer
 * either, and would keep the window open forever: if no answer comes within
 * a few seconds and the page does not respond to a probe, or Electron
 * reports the window unresponsive, main writes a recovery copy of what it
 * last saved and offers to close the window without the page.
 */

/** The page's messages on 'app:confirm-close'. */
export type CloseAnswer = 'listening' | 'close' | 'stay';

/** The window, as far as the guard needs it. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  /** Closes without asking the page (Electron: no 'close' event, no beforeunload). */
  destroy(): void;
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
  /**
   * Whether the page's main thread still runs (answers a trivial script
   * within a second). A page that is alive but slow to answer is usually
   * waiting for the secretary in a dialog, and is left alone.
   */
  probePage(): Promise<boolean>;
  /**
   * Writes main's last autosaved state of the open meeting to the recovery
   * area; true when the latest text main holds is safe on disk.
   */
  writeRecoveryCopy(): Promise<boolean>;
  /** Asks whether to close the hung window; `saved` says what writeRecoveryCopy achieved. */
  askForceClose(saved: boolean): Promise<boolean>;
  /** How long the page may take to answer before it is probed; 5 s by default. */
  answerTimeoutMs?: number;
}

/** The guard's inputs from the outside: the page's answers and lifecycle events. */
export interface CloseGuard {
  answer(answer: CloseAnswer): void;
  /** The user asked to quit (before-quit): after an approved close, quit rather than stay in the Dock. */
  quitRequested(): void;
  /** The page is reloading or gone: disarm until it says 'listening' again. */
  pageGone(): void;
  /** Electron's 'unresponsive': the page has stopped responding. */
  unresponsive(): void;
  /** Electron's 'responsive': the page recovered; a later hang may be offered again. */
  responsive(): void;
}

/** Default time the page has to answer 'app:close-requested' before it is probed. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 5000;

/** Installs the guard on `window`. */
export function guardClose(window: GuardedWindow, deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  let armed = false;
  let approved = false;
  let asking = false;
  let quitting = false;
  /** A force-close offer is on screen (or being prepared): never two at once. */
  let offering = false;
  /** The offer was declined; wait for 'responsive' or a new close before offering again. */
  let declined = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const forceClose = () => {
    approved = true;
    stopTimer();
    const quitAfter = quitting;
    deps.beforeClose?.();
    if (!window.isDestroyed()) window.destroy();
    if (quitAfter) deps.quit();
  };

  const offerForceClose = async () => {
    if (offering || declined || approved) return;
    offering = true;
    try {
      // First make safe what main holds, so the question can be answered honestly.
      const saved = await deps.writeRecoveryCopy().catch(() => false);
      if (await deps.askForceClose(saved)) {
        forceClose();
        return;
      }
      declined = true;
      // Waiting: the next × starts over by asking the page.
      asking = false;
      stopTimer();
    } finally {
      offering = false;
    }
  };

  const waitForAnswer = () => {
    stopTimer();
    timer = setTimeout(() => {
      timer = undefined;
      void deps.probePage().then(
        (alive) => {
          if (!asking) return;
          if (alive) waitForAnswer();
          else void offerForceClose();
        },
        () => void offerForceClose(),
      );
    }, timeoutMs);
  };

  window.on('close', (event) => {
    if (approved || !armed) {
      deps.beforeClose?.();
      return;
    }
    event.preventDefault();
    // A second click on × while the page's dialog is open must not stack requests.
    if (asking) return;
    asking = true;
    declined = false;
    deps.askPage(quitting);
    waitForAnswer();
  });

  return {
    answer(answer) {
      if (answer === 'listening') {
        armed = true;
        return;
      }
      if (!asking) return; // an answer nobody asked for (stale or forged) does nothing
      asking = false;
      stopTimer();
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
      stopTimer();
    },
    unresponsive() {
      void offerForceClose();
    },
    responsive() {
      declined = false;
    },
  };
}
