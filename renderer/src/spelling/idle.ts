/**
 * Work that must never delay a keystroke runs when the UI thread is idle,
 * in slices: `whenIdle` calls back with a deadline, at the latest after
 * `timeout` ms (so a long stretch of typing still gets its marks).
 */
export interface IdleDeadline {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

/** Calls `work` when the page is idle; returns a cancel function. */
export function whenIdle(work: (deadline: IdleDeadline) => void, timeout = 300): () => void {
  const id = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(id);
}

/** True while a slice may go on: time left, or the timeout forced this call (then a small budget). */
export function hasTime(deadline: IdleDeadline, startedAt: number): boolean {
  if (deadline.didTimeout) return performance.now() - startedAt < 8;
  return deadline.timeRemaining() > 1;
}
