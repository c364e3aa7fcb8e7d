/**
 * The open document: the meeting, where it lives, and its autosave. The
 * meeting changes only through `dispatch` (pure reducer) and through the
 * rich-text editors' flushers, which hand over their serialized state when
 * asked: at autosave, before structural changes, and when an editor unmounts.
 * Editors themselves never serialize on a keystroke.
 */
import type { IpcError, Result } from '../../../../shared/ipc/result';
import type { Meeting } from '../../../../shared/model/meeting';
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
  /** Writes the document where it lives (its file, or the recovery area while it has none). */
  save(request: SaveRequest): Promise<Result<{ missing: string[] }>>;
  /** "Gem som…": asks where, writes there; `saved` is null when the dialog was cancelled. */
  saveAs(
    request: SaveRequest,
  ): Promise<Result<{ saved: { fileName: string } | null; missing: string[] }>>;
}

/** One autosave: only what changed since the last one (see MeetingJsonCache.parts). */
export interface SaveRequest {
  /** Main's handle of the open document; the page never names a file by its path. */
  handle: string;
  header: string;
  items: { id: string; json?: string }[];
}

/** An open document as main handed it over. */
export interface OpenedDocument {
  handle: string;
  /** The file's name for display, or null while the meeting has none. */
  fileName: string | null;
  meeting: Meeting;
}

/** What React renders from. A new object on every change, the same one otherwise. */
export interface DocumentSnapshot {
  meeting: Meeting;
  fileName: string | null;
  saveState: SaveState;
}

/** Timing of autosave. */
export interface AutosaveTiming {
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /**
   * The longest a change waits for its save, however steadily the secretary
   * types: a pause may never come, and text not on disk is lost if the
   * laptop dies. With the write itself, at most ~1 s of typing is at risk.
   */
  maxWaitMs: number;
  /** Wait before retrying a failed save (disk full, folder gone, file locked). */
  retryMs: number;
}

/** Default: save 600 ms after the last keystroke, or 800 ms after the first unsaved one; retry every 5 s. */
export const DEFAULT_TIMING: AutosaveTiming = { delayMs: 600, maxWaitMs: 800, retryMs: 5000 };

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

/**
 * Edits of values in place: they do not change the meeting's structure, so
 * a deletion's undo stays offered while the secretary goes on typing.
 */
const EDIT_ACTIONS = new Set<MeetingAction['type']>([
  ...TEXT_ACTIONS,
  'header',
  'item-update',
  'item-field',
  'item-attendance',
  'participant-update',
  'attachment-update',
  'protocol-note-update',
]);

/**
 * One open meeting on the page: its state, the editors' pending text, and
 * autosave to main, which holds the same document under `handle`.
 */
export class DocumentSession {
  private snapshot: DocumentSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly flushers = new Set<() => void>();
  private readonly json = new MeetingJsonCache();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changeSeq = 0;
  private structureSeq = 0;
  private savedSeq = 0;
  /** When the oldest change not yet on disk was made (for `maxWaitMs`); null when none is. */
  private unsavedSince: number | null = null;
  private saving: Promise<boolean> | null = null;
  private disposed = false;
  /** Main's handle of this document. */
  readonly handle: string;

  constructor(
    opened: OpenedDocument,
    private readonly api: SaveApi,
    private readonly timing: AutosaveTiming = DEFAULT_TIMING,
  ) {
    this.handle = opened.handle;
    // Main holds every item it just opened or created: autosave sends only changes.
    this.json.markSent(opened.meeting.items);
    this.snapshot = {
      meeting: opened.meeting,
      fileName: opened.fileName,
      saveState: { kind: 'saved', at: null, where: opened.fileName ? 'file' : 'recovery' },
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /**
   * For React only (useSyncExternalStore): what to render. It may lag the
   * rich-text editors by the keystrokes they have not handed over yet; any
   * other reader uses `read()`.
   */
  readonly getSnapshot = (): DocumentSnapshot => this.snapshot;

  /**
   * The snapshot's meeting alone, for the screen around the forms: the save
   * state changes two or three times per autosave (the first of them on a
   * keystroke), and only the top bar shows it, so the rest of the screen
   * need not render again for it.
   */
  readonly getMeetingSnapshot = (): Meeting => this.snapshot.meeting;

  /** The meeting with every editor's pending text in it: what a command, export or save must see. */
  read(): Meeting {
    this.flushEditors();
    return this.snapshot.meeting;
  }

  /** The serializer's cache, exposed for tests and the benchmark. */
  get jsonCache(): MeetingJsonCache {
    return this.json;
  }

  /** Applies a change and schedules the autosave. */
  dispatch(action: MeetingAction): void {
    if (!TEXT_ACTIONS.has(action.type)) this.flushEditors();
    const meeting = applyMeetingAction(this.snapshot.meeting, action);
    if (meeting === this.snapshot.meeting) return;
    if (!EDIT_ACTIONS.has(action.type)) this.structureSeq++;
    this.update({ meeting });
    this.changed();
  }

  /** Counts every change, typing included: "nothing happened since" is an unchanged count. */
  get changeCount(): number {
    return this.changeSeq;
  }

  /** Counts structural changes (not typing): the undo of a deletion lasts until the next one. */
  get structureCount(): number {
    return this.structureSeq;
  }

  /**
   * "Gem som…": main asks where and writes the meeting there; on success the
   * document lives in the chosen file from now on. Returns the file's name,
   * or null when cancelled or failed (the error is shown in the indicator).
   */
  async saveAs(): Promise<string | null> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    const meeting = this.read();
    const seq = this.changeSeq;
    let result = await this.api.saveAs(this.request(meeting));
    if (result.ok && result.value.missing.length > 0) {
      this.json.forgetSent();
      result = await this.api.saveAs(this.request(meeting));
    }
    if (!result.ok) {
      this.update({ saveState: { kind: 'error', error: result.error } });
      return null;
    }
    // Main holds this version now, whether or not the dialog was cancelled.
    this.json.markSent(meeting.items);
    const { saved } = result.value;
    if (!saved) {
      if (this.hasUnsavedChanges()) this.schedule();
      return null;
    }
    this.markSaved(seq);
    this.update({
      fileName: saved.fileName,
      saveState: { kind: 'saved', at: new Date(), where: 'file' },
    });
    if (this.hasUnsavedChanges()) this.schedule();
    return saved.fileName;
  }

  /**
   * Hands main this document's unsaved changes with a request of its own
   * (an export): the editors are flushed first, then only what main does
   * not hold yet is sent, as an autosave sends it; items main lacks are
   * resent in full. The file is not written here: autosave still does that.
   * Waits for a save on its way, so main applies the parts in order.
   */
  async sendChanges<T extends { missing: string[] }>(
    send: (request: SaveRequest) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    if (this.saving) await this.saving;
    const meeting = this.read();
    let result = await send(this.request(meeting));
    if (result.ok && result.value.missing.length > 0) {
      this.json.forgetSent();
      result = await send(this.request(meeting));
    }
    // Main holds these versions now: the next autosave sends them by id alone.
    if (result.ok && result.value.missing.length === 0) this.json.markSent(meeting.items);
    return result;
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
  private request(meeting: Meeting): SaveRequest {
    const started = performance.now();
    const parts = this.json.parts(meeting);
    performance.measure('referat:serialize', { start: started, end: performance.now() });
    return { handle: this.handle, ...parts };
  }

  /** Stops timers; the session is not used afterwards. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private changed(): void {
    this.changeSeq++;
    this.unsavedSince ??= performance.now();
    if (this.snapshot.saveState.kind === 'saved') this.update({ saveState: { kind: 'pending' } });
    if (!this.saving) this.schedule();
  }

  /**
   * (Re)starts the countdown: `delayMs` of quiet, but never past `maxWaitMs`
   * after the oldest unsaved change. `ms` overrides (retry after an error).
   */
  private schedule(ms?: number): void {
    clearTimeout(this.timer);
    if (this.disposed) return;
    const waited = this.unsavedSince === null ? 0 : performance.now() - this.unsavedSince;
    const delay = ms ?? Math.max(0, Math.min(this.timing.delayMs, this.timing.maxWaitMs - waited));
    this.timer = setTimeout(() => void this.saveNow(), delay);
  }

  /** Everything up to change `seq` is on disk. */
  private markSaved(seq: number): void {
    this.savedSeq = seq;
    // Changes made while the write was on its way wait from now on.
    this.unsavedSince = this.changeSeq === seq ? null : performance.now();
  }

  /** One write of the current state; true when it reached the disk. */
  private async write(): Promise<boolean> {
    const seq = this.changeSeq;
    const { meeting, fileName } = this.snapshot;
    // A retry after a failed write keeps the error in view until a write
    // succeeds: the alert must not vanish and come back (and be read out
    // again) on every attempt while the secretary types.
    if (this.snapshot.saveState.kind !== 'error') this.update({ saveState: { kind: 'saving' } });
    let result = await this.api.save(this.request(meeting));
    if (result.ok && result.value.missing.length > 0) {
      // Main does not hold some unchanged items (it restarted, or an undone
      // deletion brought one back): send everything once.
      this.json.forgetSent();
      result = await this.api.save(this.request(meeting));
    }
    measureTaskFrom(performance.now());
    if (!result.ok) {
      // The text stays here; keep retrying until the disk or folder is back.
      this.update({ saveState: { kind: 'error', error: result.error } });
      this.schedule(this.timing.retryMs);
      return false;
    }
    this.markSaved(seq);
    this.json.markSent(meeting.items);
    if (this.changeSeq !== seq) {
      this.update({ saveState: { kind: 'pending' } });
      this.schedule();
    } else {
      this.update({
        saveState: { kind: 'saved', at: new Date(), where: fileName ? 'file' : 'recovery' },
      });
    }
    return true;
  }

  private update(patch: Partial<DocumentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
