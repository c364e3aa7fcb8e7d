import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardClose, type GuardedWindow } from '../../../electron/main/close-guard';

/** A window that emits 'close' like Electron's: closing happens unless a listener prevents it. */
class FakeWindow extends EventEmitter implements GuardedWindow {
  closed = false;
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
}

function setup() {
  const window = new FakeWindow();
  const deps = { askPage: vi.fn(), quit: vi.fn(), beforeClose: vi.fn() };
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
