import type { Worker } from 'node:worker_threads';
import type { Meeting } from '../../../shared/model/meeting';
import { ExportOutOfMemoryError, WorkerUnavailableError, type RunExport } from './run-in-worker';
import type { ExportFormat, WorkerMessage, WorkerRequest } from './worker-protocol';

/** An exporter that keeps its worker between exports. */
export interface WarmExporter {
  run: RunExport;
  /**
   * Starts the worker now if none is running, so the next export does not
   * wait for its code to load, and warms it up on the first items of
   * `meeting` (the one just opened). Resolves when the warm-up is over;
   * nobody needs to wait for it.
   */
  prepare: (meeting?: Meeting) => Promise<void>;
  /**
   * The secretary is writing (an autosave arrived): warm-up rounds wait for
   * `quietMs` without this, so they never compete with typing for a core.
   */
  noteActivity: () => void;
  /** Ends the worker (the app is quitting, a test is done). */
  dispose: () => Promise<void>;
}

/** How long a worker that has exported is kept before it is replaced by a fresh one. */
export const DEFAULT_IDLE_MS = 5 * 60_000;

/**
 * The warm-up: `rounds` exports of the open meeting's first `items` items
 * (a few pages each, ~0.25 s CPU once the code has loaded), starting
 * `delayMs` after the meeting opened so they do not compete with opening
 * it. Measured here, one round took the first 290-page export from 2.4 s
 * CPU to ~2.1 s, six rounds to ~1.8 s, as low as after a whole export.
 */
export interface WarmUp {
  items: number;
  rounds: number;
  delayMs: number;
  /** Each round waits until no activity was noted for this long (see noteActivity). */
  quietMs: number;
}

/**
 * The app's warm-up: about a second of CPU in the worker's thread, from
 * three seconds after opening, each round once the secretary has not
 * typed for two seconds (autosaves come ~0.6 s after typing).
 */
export const DEFAULT_WARM_UP: WarmUp = { items: 5, rounds: 4, delayMs: 3000, quietMs: 2000 };

/** Waits `ms` without keeping the process alive (tests, the bench, quitting). */
function sleep(ms: number): Promise<void> {
  return new Promise((waited) => setTimeout(waited, ms).unref());
}

/** One worker and the export it is running, if any. */
interface Slot {
  worker: Worker;
  /** Set by the worker's first message: its code loaded, so it did start. */
  started: boolean;
  /** True once it has run an export: its heap holds that export's leftovers. */
  used: boolean;
  pending: { resolve(bytes: Uint8Array): void; reject(error: Error): void } | null;
}

/**
 * Runs exports in one long-lived worker thread from `createWorker`. Loading
 * the export's code (docx, pdfkit) takes a worker 0.3–0.5 s, most of what a
 * fresh worker per export added to Ctrl+E; so the worker is started ahead
 * (`prepare`, when a meeting opens) and reused. A worker's first export
 * also runs its code cold (not yet compiled by V8's optimising tiers):
 * measured here, a 290-page export took 2.4 s CPU in a fresh worker and
 * 1.6 s in one that had exported before. So the prepared worker first
 * exports the opened meeting's first few items a few times, throwing the
 * bytes away (see WarmUp), unless a real export came first.
 * The guarantees of a fresh worker are kept:
 * - exports run one at a time, each with the whole worker;
 * - a worker that ran out of memory, crashed or could not start is gone, and
 *   the next export starts a new one; the error is the caller's to judge
 *   (withFallback retries only a worker that could not start, never an
 *   out-of-memory export on the main thread);
 * - memory is given back: `idleMs` after its last export the worker is
 *   ended and replaced by a fresh, warmed-up one (~40 MB rather than the
 *   ~150 MB a 290-page export leaves in its heap).
 * The worker never keeps Node's event loop alive on its own (tests, bench).
 */
export function warmWorkerExporter(
  createWorker: () => Worker,
  fontDir: string,
  {
    idleMs = DEFAULT_IDLE_MS,
    warmUp: warming = DEFAULT_WARM_UP,
  }: { idleMs?: number; warmUp?: WarmUp } = {},
): WarmExporter {
  let slot: Slot | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idle: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  /** What a new worker warms up on: the first items of the meeting last opened. */
  let sample: Meeting | null = null;
  /** When the secretary last wrote (performance.now()), for the warm-up to keep out of the way. */
  let lastActivity = -Infinity;

  const end = (ending: Slot) => {
    if (slot === ending) slot = null;
    void ending.worker.terminate();
  };

  const spawn = (): Slot => {
    const worker = createWorker();
    const current: Slot = { worker, started: false, used: false, pending: null };
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        current.started = true;
        return;
      }
      const pending = current.pending;
      current.pending = null;
      worker.unref();
      if (message.ok) pending?.resolve(message.bytes);
      else pending?.reject(new Error(message.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // An error event means the worker is stopping: never hand it another export.
      end(current);
      const pending = current.pending;
      current.pending = null;
      if (!pending) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        pending.reject(new ExportOutOfMemoryError(error.message, { cause: error }));
      } else if (!current.started) {
        pending.reject(new WorkerUnavailableError(error.message, { cause: error }));
      } else {
        pending.reject(error);
      }
    });
    worker.on('exit', (code) => {
      if (slot === current) slot = null;
      const pending = current.pending;
      current.pending = null;
      if (!pending) return;
      const message = `export worker stopped (exit code ${code}) before answering`;
      pending.reject(current.started ? new Error(message) : new WorkerUnavailableError(message));
    });
    return current;
  };

  /** Posts one request to the worker (started if there is none) and waits for its answer. */
  const post = (request: WorkerRequest, { warmUp }: { warmUp: boolean }) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const current = (slot ??= spawn());
      // A warm-up leaves little behind; only a real export makes the worker worth replacing.
      if (!warmUp) current.used = true;
      current.pending = { resolve, reject };
      // Keep a waiting process (the bench, a test) alive until the answer comes.
      current.worker.ref();
      current.worker.postMessage(request);
    });

  /** Queues `request`: one export at a time, each with the whole worker. */
  const enqueue = (request: WorkerRequest, warmUp: boolean) => {
    const next = queue.then(() => {
      if (!warmUp) clearTimeout(idle);
      return post(request, { warmUp });
    });
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * Warms `target` up on the sample, one round at a time so an export asked
   * for meanwhile waits for one round at most; stops once `target` has run
   * a real export or is gone. A failure is the next export's to meet.
   */
  const warmUp = async (target: Slot) => {
    await sleep(warming.delayMs);
    for (let round = 0; round < warming.rounds; round++) {
      let quiet = performance.now() - lastActivity;
      while (quiet < warming.quietMs) {
        await sleep(warming.quietMs - quiet);
        quiet = performance.now() - lastActivity;
      }
      if (disposed || slot !== target || target.used || !sample) return;
      const request = { meeting: sample, options: { version: 'internal' as const } };
      await enqueue({ ...request, format: 'docx', fontDir }, true).catch(() => undefined);
    }
  };

  /** After an export: keep the worker a while for the next one, then swap it for a fresh one. */
  const scheduleRecycle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (!slot?.used || slot.pending || disposed) return;
      end(slot);
      slot = spawn();
      void warmUp(slot);
    }, idleMs);
    idle.unref();
  };

  return {
    run: (meeting, options, format: ExportFormat) =>
      enqueue({ meeting, options, format, fontDir }, false).finally(scheduleRecycle),
    prepare: async (meeting) => {
      if (disposed) return;
      if (meeting) sample = { ...meeting, items: meeting.items.slice(0, warming.items) };
      if (slot) return;
      slot = spawn();
      await warmUp(slot);
    },
    noteActivity: () => {
      lastActivity = performance.now();
    },
    dispose: async () => {
      disposed = true;
      clearTimeout(idle);
      const ending = slot;
      slot = null;
      await ending?.worker.terminate();
    },
  };
}
