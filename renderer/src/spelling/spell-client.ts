/**
 * The page's side of the spelling worker: starts it on first use, batches
 * the words asked for in the same moment into one message, and remembers
 * every answer, so re-checking a paragraph costs the worker only its new
 * words. All calls are asynchronous; nothing here waits on the UI thread.
 */
import type { SpellReply, SpellRequest } from '../../../shared/spelling/protocol';

/** How the worker started, for the benchmark and the settings' status line. */
export type EngineState =
  | { kind: 'loading' }
  | { kind: 'ready'; loadMs: number; memoryBytes: number }
  | { kind: 'failed'; message: string };

/** Creates the worker; replaced in tests. */
export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./spelling.worker.ts', import.meta.url), {
    type: 'module',
    name: 'stavekontrol',
  });

/**
 * Records time spent in the worker as a User Timing entry ending now: the
 * benchmark reads these, and they show in DevTools' performance panel.
 */
function record(name: string, duration: number, detail: Record<string, number>): void {
  // A long session checks thousands of times: keep the buffer small.
  if (performance.getEntriesByName(name).length > 500) performance.clearMeasures(name);
  performance.measure(name, { end: performance.now(), duration, detail });
}

/** One worker and its answers. */
export class SpellClient {
  private worker: Worker | null = null;
  private nextId = 1;
  /** key → true when misspelled. */
  private readonly verdicts = new Map<string, boolean>();
  /** Keys asked for and not answered yet. */
  private readonly inFlight = new Set<string>();
  private batch: string[] = [];
  private sendQueued = false;
  private readonly waiting = new Map<number, (reply: SpellReply) => void>();
  private readonly onAnswer = new Set<() => void>();
  private state: EngineState = { kind: 'loading' };
  /** Time Hunspell spent on check requests, for the benchmark. */
  checkMs = 0;

  constructor(private readonly createWorker: WorkerFactory = defaultWorker) {}

  /** The engine's state (loading until the worker reports). */
  get engineState(): EngineState {
    return this.state;
  }

  /** Misspelled (true), correct (false) or not known yet (undefined). */
  verdict(key: string): boolean | undefined {
    return this.verdicts.get(key);
  }

  /**
   * Asks the worker about the keys not known yet. `listener`s registered with
   * `onAnswered` run when answers arrive; this call itself returns at once.
   */
  request(keys: Iterable<string>): void {
    let added = false;
    for (const key of keys) {
      if (this.verdicts.has(key) || this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      this.batch.push(key);
      added = true;
    }
    if (!added || this.sendQueued) return;
    // Everything asked for in this task goes in one message.
    this.sendQueued = true;
    queueMicrotask(() => {
      this.sendQueued = false;
      this.send();
    });
  }

  /** Runs `listener` whenever new verdicts arrive; returns the unsubscribe function. */
  onAnswered(listener: () => void): () => void {
    this.onAnswer.add(listener);
    return () => void this.onAnswer.delete(listener);
  }

  /** Hunspell's suggestions for `word`. */
  suggest(word: string): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => resolve(reply.type === 'suggestions' ? reply.words : []));
      this.post({ type: 'suggest', id, word });
    });
  }

  /** Resolves once the worker has loaded the dictionary (or failed to). */
  ready(): Promise<EngineState> {
    this.start();
    if (this.state.kind !== 'loading') return Promise.resolve(this.state);
    return new Promise((resolve) => {
      const off = this.onAnswered(() => {
        if (this.state.kind === 'loading') return;
        off();
        resolve(this.state);
      });
    });
  }

  /** Stops the worker (tests, and turning spelling off frees its memory). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight.clear();
    this.batch = [];
    this.waiting.clear();
    this.state = { kind: 'loading' };
  }

  private send(): void {
    if (this.batch.length === 0) return;
    const keys = this.batch;
    this.batch = [];
    const id = this.nextId++;
    this.waiting.set(id, (reply) => {
      if (reply.type !== 'checked') return;
      const wrong = new Set(reply.wrong);
      for (const key of keys) {
        this.inFlight.delete(key);
        this.verdicts.set(key, wrong.has(key));
      }
      this.checkMs += reply.ms;
      record('referat:spelling-check', reply.ms, { words: keys.length });
    });
    this.post({ type: 'check', id, keys });
  }

  private post(request: SpellRequest): void {
    this.start()?.postMessage(request);
  }

  private start(): Worker | null {
    if (this.worker || this.state.kind === 'failed') return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<SpellReply>) =>
      this.receive(event.data),
    );
    worker.addEventListener('error', (event) => {
      this.state = { kind: 'failed', message: event.message || 'worker error' };
      this.notify();
    });
    this.worker = worker;
    return worker;
  }

  private receive(reply: SpellReply): void {
    if (reply.type === 'ready') {
      this.state = { kind: 'ready', loadMs: reply.loadMs, memoryBytes: reply.memoryBytes };
      record('referat:spelling-load', reply.loadMs, { memoryBytes: reply.memoryBytes });
    } else if (reply.type === 'failed') {
      this.state = { kind: 'failed', message: reply.message };
    } else {
      const handler = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      handler?.(reply);
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.onAnswer]) listener();
  }
}
