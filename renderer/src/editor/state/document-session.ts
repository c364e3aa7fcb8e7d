/**
 * The open document: the meeting, where it lives, and its autosave. The
 * meeting changes only through `dispatch` (pure reducer) and through the
 * rich-text editors' flushers, which hand over their serialized state when
 * asked: at autosave, before structural changes, and when an editor unmounts.
 * Editors themselves never serialize on a keystroke.
 */
import type { IpcError, Result } from '../../../../shared/ipc/result';
import { createId, type Meeting } from '../../../../shared/model/meeting';
import { applyMeetingAction, type MeetingAction } from './meeting-actions';
import { MeetingJsonCache } from './meeting-json';

/** What the save indicator shows. */
export type SaveState =
  /** `at` is null until the first save in this session (a just-opened or new meeting). */
  | { kind: 'saved'; at: Date | null; where: 'file' | 'recovery' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: IpcError };

/** The IPC calls saving needs; injected so tests can fake the disk. */
export interface SaveApi {
  /** Writes the meeting to `path`, or to the recovery area when `path` is null. */
  save(request: SaveRequest): Promise<Result<{ missing: string[] }>>;
}

/** One autosave: only what changed since the last one (see MeetingJsonCache.parts). */
export interface SaveRequest {
  /** Identifies this editing session to main, which keeps its last items. */
  session: string;
  path: string | null;
  header: string;
  items: { id: string; json?: string }[];
}

/** What React renders from. A new object on every change, the same one otherwise. */
export interface DocumentSnapshot {
  meeting: Meeting;
  path: string | null;
  saveState: SaveState;
}

/** Timing of autosave. */
export interface AutosaveTiming {
  /** Quiet time after the last change before saving; the file is on disk within ~this + write time. */
  delayMs: number;
  /** Wait before retrying a failed save (disk full, folder gone, file locked). */
  retryMs: number;
}

/** Default: save 600 ms after the last keystroke, retry every 5 s. */
export const DEFAULT_TIMING: AutosaveTiming = { delayMs: 600, retryMs: 5000 };

/**
 * Records how long the current task blocks the UI thread from `start` to its
 * end (microtasks and the React render they trigger included), as a User
 * Timing entry named `referat:autosave`: the benchmark reads these, and they
 * show up in DevTools' performance panel.
 */
function measureTaskFrom(start: number): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    // A three-hour meeting autosaves thousands of times: keep the buffer small.
    if (performance.getEntriesByName('referat:autosave').length > 500) {
      performance.clearMeasures('referat:autosave');
    }
    performance.measure('referat:autosave', { start, end: performance.now() });
    channel.port1.close();
  };
  channel.port2.postMessage(null);
}

/** Structural actions flush the editors first, so no pending text is lost or misplaced. */
const TEXT_ACTIONS = new Set<MeetingAction['type']>(['item-text', 'decision-update']);

/** An open meeting with debounced autosave. */
export class DocumentSession {
  private snapshot: DocumentSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly flushers = new Set<() => void>();
  private readonly json = new MeetingJsonCache();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changeSeq = 0;
  private savedSeq = 0;
  private saving: Promise<boolean> | null = null;
  private disposed = false;
  private readonly sessionId: string;

  constructor(
    meeting: Meeting,
    path: string | null,
    private readonly api: SaveApi,
    private readonly timing: AutosaveTiming = DEFAULT_TIMING,
    /** Main primed its parts cache under `openedSessionKey` when it opened this meeting. */
    primedSession?: string,
  ) {
    this.sessionId = primedSession ?? createId();
    if (primedSession) this.json.markSent(meeting.items);
    this.snapshot = {
      meeting,
      path,
      saveState: { kind: 'saved', at: null, where: path ? 'file' : 'recovery' },
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** The serializer's cache, exposed for tests and the benchmark. */
  get jsonCache(): MeetingJsonCache {
    return this.json;
  }

  /** Applies a change and schedules the autosave. */
  dispatch(action: MeetingAction): void {
    if (!TEXT_ACTIONS.has(action.type)) this.flushEditors();
    const meeting = applyMeetingAction(this.snapshot.meeting, action);
    if (meeting === this.snapshot.meeting) return;
    this.update({ meeting });
    this.changed();
  }

  /**
   * "Gem som…": `choose` shows the dialog and writes the meeting; on success
   * the document lives at the chosen path from now on. Returns the path, or
   * null when cancelled or failed (the error is shown in the indicator).
   */
  async saveAs(
    choose: (meeting: Meeting) => Promise<Result<{ path: string } | null>>,
  ): Promise<string | null> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    this.flushEditors();
    const seq = this.changeSeq;
    const result = await choose(this.snapshot.meeting);
    if (!result.ok) {
      this.update({ saveState: { kind: 'error', error: result.error } });
      return null;
    }
    if (!result.value) {
      if (this.hasUnsavedChanges()) this.schedule(this.timing.delayMs);
      return null;
    }
    this.savedSeq = seq;
    this.update({
      path: result.value.path,
      saveState: { kind: 'saved', at: new Date(), where: 'file' },
    });
    if (this.hasUnsavedChanges()) this.changed();
    return result.value.path;
  }

  /** An editor registers how to hand over its pending text; returns the unregister function. */
  registerFlusher(flush: () => void): () => void {
    this.flushers.add(flush);
    return () => void this.flushers.delete(flush);
  }

  /** An editor's content changed (not yet serialized): restart the autosave countdown. */
  noteEditing(): void {
    this.changed();
  }

  /** Asks every editor with pending changes to hand them over now. */
  flushEditors(): void {
    for (const flush of this.flushers) flush();
  }

  /** True when something changed since the last successful save. */
  hasUnsavedChanges(): boolean {
    return this.changeSeq !== this.savedSeq;
  }

  /** Saves now (Gem, closing, switching documents); resolves true when everything is on disk. */
  async saveNow(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    // Text typed while a write is on its way is written right after it, a
    // few rounds at most, so "saved" means everything typed so far.
    for (let round = 0; round < 3; round++) {
      measureTaskFrom(performance.now());
      this.flushEditors();
      clearTimeout(this.timer);
      if (!this.hasUnsavedChanges() && this.snapshot.saveState.kind === 'saved') return true;
      this.saving = this.write();
      try {
        if (!(await this.saving)) return false;
      } finally {
        this.saving = null;
      }
    }
    return !this.hasUnsavedChanges();
  }

  /** The autosave request for `meeting`: only items main does not hold yet are serialized. */
  private request(meeting: Meeting, path: string | null): SaveRequest {
    const started = performance.now();
    const parts = this.json.parts(meeting);
    performance.measure('referat:serialize', { start: started, end: performance.now() });
    return { session: this.sessionId, path, ...parts };
  }

  /** Stops timers; the session is not used afterwards. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private changed(): void {
    this.changeSeq++;
    if (this.snapshot.saveState.kind === 'saved') this.update({ saveState: { kind: 'pending' } });
    this.schedule(this.timing.delayMs);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.disposed) this.timer = setTimeout(() => void this.saveNow(), ms);
  }

  /** One write of the current state; true when it reached the disk. */
  private async write(): Promise<boolean> {
    const seq = this.changeSeq;
    const { meeting, path } = this.snapshot;
    this.update({ saveState: { kind: 'saving' } });
    let result = await this.api.save(this.request(meeting, path));
    if (result.ok && result.value.missing.length > 0) {
      // Main does not hold some unchanged items (it restarted, or an undone
      // deletion brought one back): send everything once.
      this.json.forgetSent();
      result = await this.api.save(this.request(meeting, path));
    }
    measureTaskFrom(performance.now());
    if (!result.ok) {
      // The text stays here; keep retrying until the disk or folder is back.
      this.update({ saveState: { kind: 'error', error: result.error } });
      this.schedule(this.timing.retryMs);
      return false;
    }
    this.savedSeq = seq;
    this.json.markSent(meeting.items);
    const saveState: SaveState = {
      kind: 'saved',
      at: new Date(),
      where: path ? 'file' : 'recovery',
    };
    if (this.changeSeq !== seq) {
      this.update({ saveState: { kind: 'pending' } });
      this.schedule(this.timing.delayMs);
    } else {
      this.update({ saveState });
    }
    return true;
  }

  private update(patch: Partial<DocumentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
