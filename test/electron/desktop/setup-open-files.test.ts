import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocusableWindow } from '../../../electron/main/open-files/setup-open-files';

/** A stand-in for Electron's `app`: an event emitter plus the calls the wiring makes. */
const fakeApp = vi.hoisted(() => ({
  emitter: null as EventEmitter | null,
  gotLock: true,
  ready: false,
  /** The additionalData of each requestSingleInstanceLock call. */
  lockData: [] as unknown[],
  quit: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: (data: unknown) => {
      fakeApp.lockData.push(data);
      return fakeApp.gotLock;
    },
    quit: fakeApp.quit,
    isReady: () => fakeApp.ready,
    on: (event: string, listener: (...args: unknown[]) => void) =>
      fakeApp.emitter!.on(event, listener),
  },
}));

const { setupOpenFiles } = await import('../../../electron/main/open-files/setup-open-files');

function fakeWindow(minimized = false): FocusableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

function setup(argv: string[], window: FocusableWindow | null = null) {
  const openWindow = vi.fn();
  const openFiles = setupOpenFiles({
    argv,
    cwd: '/home/mette',
    platform: 'linux',
    currentWindow: () => window,
    openWindow,
  });
  return { openFiles, openWindow };
}

const preventDefault = vi.fn();
const emit = (event: string, ...args: unknown[]) => fakeApp.emitter!.emit(event, ...args);

beforeEach(() => {
  fakeApp.emitter = new EventEmitter();
  fakeApp.gotLock = true;
  fakeApp.ready = false;
  fakeApp.lockData.length = 0;
  fakeApp.quit.mockClear();
  preventDefault.mockClear();
});

describe('setupOpenFiles', () => {
  it('a second process hands its files to the first one and quits', () => {
    fakeApp.gotLock = false;
    const { openFiles } = setup(['/opt/referat', 'Møder/a.referat']);
    expect(openFiles).toBeNull();
    expect(fakeApp.lockData).toEqual([{ files: ['/home/mette/Møder/a.referat'] }]);
    expect(fakeApp.quit).toHaveBeenCalledOnce();
  });

  it('queues the launch file until the renderer takes it, then sends later files directly', () => {
    const { openFiles } = setup(['/opt/referat', '--no-sandbox', '/m/a.referat']);
    const delivered: string[] = [];
    expect(openFiles!.takePending((path) => delivered.push(path))).toEqual(['/m/a.referat']);
    emit('second-instance', {}, ['/opt/referat'], '/', { files: ['/m/b.referat'] });
    expect(delivered).toEqual(['/m/b.referat']);
  });

  it('second-instance focuses the window (restoring it when minimised)', () => {
    const window = fakeWindow(true);
    setup(['/opt/referat'], window);
    emit('second-instance', {}, ['/opt/referat', '/m/a.referat'], '/', undefined);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('a launch without a file still brings the running window forward', () => {
    const window = fakeWindow();
    const { openFiles } = setup(['/opt/referat'], window);
    emit('second-instance', {}, ['/opt/referat'], '/', { files: [] });
    expect(window.calls).toEqual(['show', 'focus']);
    expect(openFiles!.takePending(() => undefined)).toEqual([]);
  });

  it('macOS open-file before ready is queued, claimed with preventDefault, and opens no window early', () => {
    const { openFiles, openWindow } = setup(['/Applications/Referat.app/Contents/MacOS/Referat']);
    emit('open-file', { preventDefault }, '/Users/mette/a.referat');
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(openWindow).not.toHaveBeenCalled();
    expect(openFiles!.takePending(() => undefined)).toEqual(['/Users/mette/a.referat']);
  });

  it('macOS open-file with no window open (after ready) opens one, which then takes the file', () => {
    fakeApp.ready = true;
    const { openFiles, openWindow } = setup(['/Applications/Referat.app/Contents/MacOS/Referat']);
    emit('open-file', { preventDefault }, '/Users/mette/a.referat');
    expect(openWindow).toHaveBeenCalledOnce();
    expect(openFiles!.takePending(() => undefined)).toEqual(['/Users/mette/a.referat']);
  });

  it('macOS open-file ignores files that are not meetings', () => {
    const { openFiles } = setup(['/x']);
    emit('open-file', { preventDefault }, '/Users/mette/a.docx');
    expect(openFiles!.takePending(() => undefined)).toEqual([]);
  });

  it('queues again while the page reloads, and the same file asked for twice is queued once', () => {
    const { openFiles } = setup(['/opt/referat']);
    const first: string[] = [];
    openFiles!.takePending((path) => first.push(path));
    openFiles!.rendererGone();
    emit('second-instance', {}, [], '/', { files: ['/m/a.referat'] });
    emit('second-instance', {}, [], '/', { files: ['/m/a.referat'] });
    expect(first).toEqual([]);
    expect(openFiles!.takePending(() => undefined)).toEqual(['/m/a.referat']);
  });
});
