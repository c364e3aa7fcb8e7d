import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardClose, type GuardedWindow } from '../../../electron/main/close-guard';

/** A window that emits 'close' like Electron's: closing happens unless a listener prevents it. */
class FakeWindow extends EventEmitter implements GuardedWindow {
  closed = false;
  /** Closed without asking the page (Electron: no 'close' event, no beforeunload). */
  destroyed = false;
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
  destroy(): void {
    this.destroyed = true;
    this.closed = true;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
}

function setup() {
  const window = new FakeWindow();
  const deps = {
    askPage: vi.fn(),
    quit: vi.fn(),
    beforeClose: vi.fn(),
    probePage: () => Promise.resolve(true),
    writeRecoveryCopy: () => Promise.resolve(true),
    askForceClose: () => Promise.resolve(false),
  };
  const guard = guardClose(window, deps);
  return { window, deps, guard };
}

describe('close guard', () => {
  it('closes at once while the page has not said it is listening (never loaded, crashed)', () => {
    const { window, deps } = setup();
    window.close();
    expect(window.closed).toBe(true);
    expect(deps.askPage).not.toHaveBeenCalled();
    expect(deps.beforeClose).toHaveBeenCalledOnce();
  });

  it('asks the listening page first, and closes only when it answers close', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    window.close();
    expect(window.closed).toBe(false);
    expect(deps.askPage).toHaveBeenCalledWith(false);
    guard.answer('close');
    expect(window.closed).toBe(true);
    expect(deps.beforeClose).toHaveBeenCalledOnce();
    expect(deps.quit).not.toHaveBeenCalled();
  });

  it('stays open when the page answers stay (the secretary cancelled), and asks again next time', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    window.close();
    guard.answer('stay');
    expect(window.closed).toBe(false);
    window.close();
    expect(deps.askPage).toHaveBeenCalledTimes(2);
  });

  it('does not stack requests when × is clicked again while the page is asking', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    window.close();
    window.close();
    expect(deps.askPage).toHaveBeenCalledOnce();
  });

  it('ignores a close answer nobody asked for', () => {
    const { window, guard } = setup();
    guard.answer('listening');
    guard.answer('close');
    expect(window.closed).toBe(false);
    window.close();
    expect(window.closed).toBe(false);
  });

  it('quitting: tells the page, then quits after an approved close', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    guard.quitRequested();
    window.close();
    expect(deps.askPage).toHaveBeenCalledWith(true);
    guard.answer('close');
    expect(window.closed).toBe(true);
    expect(deps.quit).toHaveBeenCalledOnce();
  });

  it('a cancelled quit is forgotten: a later close does not quit', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    guard.quitRequested();
    window.close();
    guard.answer('stay');
    window.close();
    expect(deps.askPage).toHaveBeenLastCalledWith(false);
    guard.answer('close');
    expect(deps.quit).not.toHaveBeenCalled();
  });

  it('a reloading or crashed page disarms the guard until it listens again', () => {
    const { window, deps, guard } = setup();
    guard.answer('listening');
    window.close();
    guard.pageGone();
    window.close();
    expect(window.closed).toBe(true);
    expect(deps.askPage).toHaveBeenCalledOnce();
  });
});

describe('close guard with a page that does not answer', () => {
  function setupHung(options: { alive?: boolean; saved?: boolean; force?: boolean } = {}) {
    const window = new FakeWindow();
    const deps = {
      askPage: vi.fn(),
      quit: vi.fn(),
      beforeClose: vi.fn(),
      probePage: vi.fn(() => Promise.resolve(options.alive ?? false)),
      writeRecoveryCopy: vi.fn(() => Promise.resolve(options.saved ?? true)),
      askForceClose: vi.fn(() => Promise.resolve(options.force ?? true)),
    };
    const guard = guardClose(window, { ...deps, answerTimeoutMs: 5000 });
    guard.answer('listening');
    return { window, deps, guard };
  }

  it('after 5 s without an answer from a hung page: writes the recovery copy, then offers to close', async () => {
    vi.useFakeTimers();
    try {
      const { window, deps } = setupHung();
      window.close();
      await vi.advanceTimersByTimeAsync(4999);
      expect(deps.probePage).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(deps.writeRecoveryCopy).toHaveBeenCalledOnce();
      expect(deps.askForceClose).toHaveBeenCalledWith(true);
      expect(deps.writeRecoveryCopy.mock.invocationCallOrder[0]).toBeLessThan(
        deps.askForceClose.mock.invocationCallOrder[0]!,
      );
      expect(window.destroyed).toBe(true);
      expect(deps.beforeClose).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says honestly when no recovery copy could be written, and quits after a forced close while quitting', async () => {
    vi.useFakeTimers();
    try {
      const { window, deps, guard } = setupHung({ saved: false });
      guard.quitRequested();
      window.close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(deps.askForceClose).toHaveBeenCalledWith(false);
      expect(window.destroyed).toBe(true);
      expect(deps.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps waiting for a page that is alive but busy (the secretary is in the Gem som… dialog)', async () => {
    vi.useFakeTimers();
    try {
      const { window, deps, guard } = setupHung({ alive: true });
      window.close();
      await vi.advanceTimersByTimeAsync(12_000);
      expect(deps.probePage).toHaveBeenCalledTimes(2);
      expect(deps.askForceClose).not.toHaveBeenCalled();
      guard.answer('close');
      expect(window.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not probe a page that answers in time', async () => {
    vi.useFakeTimers();
    try {
      const { window, deps, guard } = setupHung();
      window.close();
      guard.answer('stay');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(deps.probePage).not.toHaveBeenCalled();
      expect(window.closed).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the secretary wait instead; a later × asks the page again', async () => {
    vi.useFakeTimers();
    try {
      const { window, deps } = setupHung({ force: false });
      window.close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(deps.askForceClose).toHaveBeenCalledOnce();
      expect(window.destroyed).toBe(false);
      window.close();
      expect(deps.askPage).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("handles the window's 'unresponsive' event: recovery copy, one offer at a time, reset on 'responsive'", async () => {
    const { window, deps, guard } = setupHung({ force: false });
    guard.unresponsive();
    guard.unresponsive();
    await vi.waitFor(() => expect(deps.askForceClose).toHaveBeenCalledOnce());
    expect(deps.writeRecoveryCopy).toHaveBeenCalledOnce();
    expect(window.destroyed).toBe(false);
    guard.responsive();
    guard.unresponsive();
    await vi.waitFor(() => expect(deps.askForceClose).toHaveBeenCalledTimes(2));
  });

  it('offers to close even when writing the recovery copy throws', async () => {
    const { window, deps, guard } = setupHung();
    deps.writeRecoveryCopy.mockRejectedValueOnce(new Error('disk gone'));
    guard.unresponsive();
    await vi.waitFor(() => expect(deps.askForceClose).toHaveBeenCalledWith(false));
    expect(window.destroyed).toBe(true);
  });
});

describe('the question for a hung window', () => {
  it('is honest about what is on disk, and waiting is the default', async () => {
    vi.doMock('electron', () => ({ dialog: {} }));
    const { hungWindowQuestion } = await import('../../../electron/main/hung-window');
    const saved = hungWindowQuestion(true);
    expect(saved.message).toBe('Referat svarer ikke.');
    expect(saved.detail).toContain('Dine seneste gemte ændringer er i sikkerhed');
    expect(saved.detail).toContain('inden for de sidste par sekunder, kan mangle');
    const unsaved = hungWindowQuestion(false);
    expect(unsaved.detail).not.toContain('gendannelsesmappen');
    expect(unsaved.detail).toContain('siden sidste automatiske gemning, kan gå tabt');
    expect(saved.buttons).toEqual(['Vent', 'Luk vinduet']);
  });
});
