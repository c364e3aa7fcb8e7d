/**
 * Opening `.referat` files from the system: double-click in Explorer/Finder,
 * a mail attachment, "Open with", the OS recent list. Thin wiring of the
 * pure pieces (argv parsing, the queue) to Electron's app events.
 */
import { app } from 'electron';
import { FileOpenQueue } from './file-open-queue';
import { isMeetingFilePath, meetingFilesFromArgv } from './parse-argv';
import { filesFromSecondInstance, type SecondInstanceData } from './second-instance';

/** The window files are opened in; only what focusing it needs. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** What the wiring needs from the rest of the main process. */
export interface OpenFilesDeps {
  argv: readonly string[];
  cwd: string;
  platform: NodeJS.Platform;
  /** The main window, or null when none is open. */
  currentWindow(): FocusableWindow | null;
  /** Opens the main window when a file arrives and none is open (macOS runs on without windows). */
  openWindow(): void;
}

/** The running instance's side: the renderer takes queued files through it. */
export interface OpenFiles {
  /** Files waiting for the renderer; later ones go to `deliver` (for the 'app:pending-files' request). */
  takePending(deliver: (path: string) => void): string[];
  /** The page is gone or reloading: queue files until it asks again. */
  rendererGone(): void;
  /** Opens a file from inside the app (Filer › Seneste) the same way as one from the OS. */
  open(path: string): void;
}

/**
 * Makes this process the single instance and starts listening for files.
 * Returns null when another instance already runs: our files were handed to
 * it (`second-instance`) and this process quits. Must be called before
 * `ready`, because macOS delivers the launch file as `open-file` before it.
 */
export function setupOpenFiles(deps: OpenFilesDeps): OpenFiles | null {
  const { platform } = deps;
  const launchData: SecondInstanceData = {
    files: meetingFilesFromArgv(deps.argv, { cwd: deps.cwd, platform }),
  };
  if (!app.requestSingleInstanceLock(launchData)) {
    app.quit();
    return null;
  }

  const queue = new FileOpenQueue();
  queue.push(launchData.files);

  const bringForward = () => {
    const window = deps.currentWindow();
    if (window === null || window.isDestroyed()) {
      // Before `ready` the startup code creates the window and takes the queue.
      if (app.isReady()) deps.openWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    queue.push(filesFromSecondInstance(argv, workingDirectory, additionalData, platform));
    // Even a launch without a file (the Start menu icon) shows the open window.
    bringForward();
  });

  app.on('open-file', (event, path) => {
    // Tells macOS we handle it; otherwise it reports that the file could not be opened.
    event.preventDefault();
    if (!isMeetingFilePath(path)) return;
    queue.push([path]);
    bringForward();
  });

  return {
    takePending: (deliver) => queue.take(deliver),
    rendererGone: () => queue.detach(),
    open: (path) => {
      queue.push([path]);
      bringForward();
    },
  };
}
