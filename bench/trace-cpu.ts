/**
 * Main-thread CPU per keystroke from a Chrome trace: the thread time (not
 * wall time) of every renderer main-thread task from the one that handles
 * the keydown to the one that runs the next frame (style, layout, paint).
 * Thread time does not grow when the machine is busy and the renderer waits
 * for a core, so it shows the work itself where wall-clock figures show the
 * neighbours too. Tracing costs some time of its own: compare the figures
 * with each other, not with the untraced ones.
 */

/** The trace categories the analysis needs (tasks, events, frames, and Blink's editing steps). */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink', 'cc', 'benchmark'];

/** A trace event, as far as used here; times in µs. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}

/** Per key: main-thread CPU in ms, and the part spent in Chromium's Editor::SyncSelection. */
export interface KeyCpu {
  cpuMs: number;
  selectionSyncMs: number;
}

const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** The keys typed during a trace (`traceEvents` of Playwright's stopTracing), one entry each. */
export function cpuPerKey(traceEvents: TraceEvent[]): KeyCpu[] {
  const keydowns = traceEvents
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const first = keydowns[0];
  if (!first) return [];
  const onMain = traceEvents.filter(
    (e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid,
  );
  const byTime = (name: string) =>
    onMain.filter((e) => e.name === name).sort((a, b) => a.ts - b.ts);
  const tasks = byTime('ThreadControllerImpl::RunTask');
  const frames = byTime('ProxyMain::BeginMainFrame');
  const syncs = byTime('Editor::SyncSelection');
  const taskAt = (ts: number) => tasks.findLast((task) => task.ts <= ts);
  const keys: KeyCpu[] = [];
  for (const keydown of keydowns) {
    const start = taskAt(keydown.ts);
    const frame = frames.find((f) => f.ts > keydown.ts);
    const last = frame && taskAt(frame.ts);
    if (!start || !last) continue;
    const within = (e: TraceEvent) => e.ts >= start.ts && end(e) <= end(last);
    const sum = (events: TraceEvent[]) =>
      events.filter(within).reduce((total, e) => total + (e.tdur ?? 0), 0) / 1000;
    keys.push({ cpuMs: sum(tasks), selectionSyncMs: sum(syncs) });
  }
  return keys;
}
