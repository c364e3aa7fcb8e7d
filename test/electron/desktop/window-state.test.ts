import { describe, expect, it } from 'vitest';
import {
  initialWindow,
  restoreWindowState,
  windowStateOf,
  type Rect,
} from '../../../electron/main/window-state';
import type { WindowState } from '../../../electron/main/settings/settings-store';

const DEFAULTS = { width: 1280, height: 860 };
// A 1080p laptop screen (taskbar at the bottom) and a 1440p monitor to its right.
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
// A small 1366×768 laptop.
const SMALL: Rect = { x: 0, y: 0, width: 1366, height: 728 };

const saved = (
  x: number | undefined,
  y: number | undefined,
  width = 1200,
  height = 800,
  maximized = false,
): WindowState =>
  x === undefined || y === undefined
    ? { width, height, maximized }
    : { x, y, width, height, maximized };

type Case = [
  name: string,
  state: WindowState | null,
  areas: Rect[],
  expected: ReturnType<typeof initialWindow>,
];

const cases: Case[] = [
  [
    'first start: default size, centred by the OS',
    null,
    [LAPTOP],
    { bounds: DEFAULTS, maximized: false },
  ],
  [
    'first start on a small screen: shrunk to fit',
    null,
    [SMALL],
    { bounds: { width: 1280, height: 728 }, maximized: false },
  ],
  [
    'same place on the same screen',
    saved(100, 50),
    [LAPTOP],
    { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'on the second monitor while it is connected',
    saved(2100, 100),
    [LAPTOP, MONITOR],
    { bounds: { x: 2100, y: 100, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'second monitor gone: centred on the primary screen',
    saved(2100, 100),
    [LAPTOP],
    { bounds: { x: 360, y: 120, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'monitor gone and window bigger than the laptop: shrunk and placed at its origin',
    saved(2000, 0, 2400, 1300),
    [SMALL],
    { bounds: { x: 0, y: 0, width: 1366, height: 728 }, maximized: false },
  ],
  [
    'title bar above the top edge: moved back to the primary screen',
    saved(100, -600),
    [LAPTOP],
    { bounds: { x: 360, y: 120, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'hanging off the right edge by most of its width: pulled fully on screen',
    saved(1700, 100),
    [LAPTOP],
    { bounds: { x: 720, y: 100, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'screen resolution lowered: size fitted, position nudged',
    saved(200, 100, 1800, 1000),
    [SMALL],
    { bounds: { x: 0, y: 0, width: 1366, height: 728 }, maximized: false },
  ],
  [
    'monitor to the left (negative x) still connected',
    saved(-1500, 200),
    [LAPTOP, { x: -1920, y: 0, width: 1920, height: 1040 }],
    { bounds: { x: -1500, y: 200, width: 1200, height: 800 }, maximized: false },
  ],
  [
    'maximised is kept',
    saved(100, 50, 1200, 800, true),
    [LAPTOP],
    { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true },
  ],
  [
    'saved without position: size only',
    saved(undefined, undefined),
    [LAPTOP],
    { bounds: { width: 1200, height: 800 }, maximized: false },
  ],
  [
    'no displays reported: saved size, no position',
    saved(100, 50),
    [],
    { bounds: { width: 1200, height: 800 }, maximized: false },
  ],
];

describe('initialWindow', () => {
  it.each(cases)('%s', (_name, state, areas, expected) => {
    expect(initialWindow(state, areas, DEFAULTS)).toEqual(expected);
  });

  it('always puts at least the title bar on a connected screen', () => {
    for (const x of [-5000, -1000, 0, 1919, 4000, 9000]) {
      for (const y of [-3000, -20, 0, 1039, 5000]) {
        const { bounds } = initialWindow(saved(x, y), [LAPTOP, MONITOR], DEFAULTS);
        const onSome = [LAPTOP, MONITOR].some(
          (a) =>
            bounds.x! >= a.x &&
            bounds.y! >= a.y &&
            bounds.x! + bounds.width <= a.x + a.width &&
            bounds.y! + bounds.height <= a.y + a.height,
        );
        expect(onSome, `saved at ${x},${y} → ${JSON.stringify(bounds)}`).toBe(true);
      }
    }
  });
});

describe('windowStateOf', () => {
  const window = (maximized: boolean, fullScreen: boolean) => ({
    getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1000, height: 700 }),
    isMaximized: () => maximized,
    isFullScreen: () => fullScreen,
  });

  it('saves the normal (un-maximised) bounds in whole pixels', () => {
    expect(windowStateOf(window(true, false))).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('remembers full screen as maximised', () => {
    expect(windowStateOf(window(false, true)).maximized).toBe(true);
    expect(windowStateOf(window(false, false)).maximized).toBe(false);
  });
});

describe('restoreWindowState', () => {
  const screen = {
    getPrimaryDisplay: () => ({ id: 2, workArea: LAPTOP }),
    // Electron lists displays in no particular order: the primary is found by id.
    getAllDisplays: () => [
      { id: 1, workArea: MONITOR },
      { id: 2, workArea: LAPTOP },
    ],
  };
  const fakeWindow = () => {
    const calls: unknown[] = [];
    return {
      calls,
      setBounds: (bounds: Partial<Rect>) => calls.push(['setBounds', bounds]),
      center: () => calls.push(['center']),
      maximize: () => calls.push(['maximize']),
    };
  };

  it('centres a saved window whose monitor is gone on the primary display', () => {
    const window = fakeWindow();
    restoreWindowState(window, saved(5000, 100, 1200, 800, true), screen, DEFAULTS);
    expect(window.calls).toEqual([
      ['setBounds', { x: 360, y: 120, width: 1200, height: 800 }],
      ['maximize'],
    ]);
  });

  it('lets the OS centre a first window', () => {
    const window = fakeWindow();
    restoreWindowState(window, null, screen, DEFAULTS);
    expect(window.calls).toEqual([['setBounds', DEFAULTS], ['center']]);
  });
});
