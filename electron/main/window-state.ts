import type { WindowState } from './settings/settings-store';

/** A rectangle in screen coordinates (DIP), as Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where and how to show the window at start. */
export interface InitialWindow {
  /** Size, and position unless the OS should centre it. */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** How much of the window's top strip (title bar) must be on a screen for the position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * The window geometry to start with, from what was saved last time and the
 * work areas of the displays connected now (the primary first). A window
 * whose title bar is no longer on any screen (the external monitor stayed
 * at the office, the laptop's resolution changed) is moved to the primary
 * screen and centred there, so it can never open out of reach. The size
 * never exceeds the screen it lands on.
 */
export function initialWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
): InitialWindow {
  const primary = workAreas[0];
  const size = { width: saved?.width ?? defaults.width, height: saved?.height ?? defaults.height };
  const maximized = saved?.maximized ?? false;
  if (!primary) return { bounds: size, maximized };

  if (saved?.x !== undefined && saved.y !== undefined) {
    const titleBar = { x: saved.x, y: saved.y, width: size.width, height: MIN_VISIBLE.height };
    const home = workAreas.find((area) => {
      const visible = overlap(titleBar, area);
      return visible.width >= MIN_VISIBLE.width && visible.height >= MIN_VISIBLE.height / 2;
    });
    if (home) {
      const fitted = fit(size, home);
      // Keep the saved spot, nudged so the whole (possibly shrunk) window is on that screen.
      const x = clamp(saved.x, home.x, home.x + home.width - fitted.width);
      const y = clamp(saved.y, home.y, home.y + home.height - fitted.height);
      return { bounds: { ...fitted, x, y }, maximized };
    }
  }

  const fitted = fit(size, primary);
  if (saved?.x === undefined || saved.y === undefined) return { bounds: fitted, maximized };
  return {
    bounds: {
      ...fitted,
      x: Math.round(primary.x + (primary.width - fitted.width) / 2),
      y: Math.round(primary.y + (primary.height - fitted.height) / 2),
    },
    maximized,
  };
}

function fit(size: { width: number; height: number }, area: Rect) {
  return { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** The window, as far as saving its state needs it. */
export interface StatefulWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

/**
 * The state to save: the *normal* bounds (what the window returns to when
 * un-maximised) and whether it was maximised; a full-screen window is
 * remembered as maximised, the nearest thing that is not a surprise at start.
 */
export function windowStateOf(window: StatefulWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized() || window.isFullScreen(),
  };
}

/** The displays, as far as finding their work areas needs them. */
export interface DisplaySource {
  getPrimaryDisplay(): { id: number; workArea: Rect };
  getAllDisplays(): Array<{ id: number; workArea: Rect }>;
}

/** The window, as far as placing it needs it. */
export interface PlaceableWindow {
  setBounds(bounds: Partial<Rect>): void;
  center(): void;
  maximize(): void;
}

/** Places a new (still hidden) window where it was last time, kept on a connected screen. */
export function restoreWindowState(
  window: PlaceableWindow,
  saved: WindowState | null,
  screen: DisplaySource,
  defaults: { width: number; height: number },
): void {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const { bounds, maximized } = initialWindow(
    saved,
    [primary, ...others].map((display) => display.workArea),
    defaults,
  );
  window.setBounds(bounds);
  if (bounds.x === undefined) window.center();
  if (maximized) window.maximize();
}
