/**
 * Save and open of a large meeting (60 items, ~290 pages with lists and
 * tables) through the app's real main-process path — the IPC dispatch with
 * payload validation, the document store's per-item apply, change
 * detection against other programs, backup refresh, hash, atomic write with
 * fsync — each compared with a peer in the same process: JSON.stringify +
 * writeFile (+ fsync, for like-for-like durability) and readFile +
 * JSON.parse. Also runs a bigger crash drill than the test suite does.
 */
import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMeeting } from '../electron/main/documents/document-store';
import { createDispatch } from '../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../electron/main/ipc/handlers';
import { SettingsStore } from '../electron/main/settings/settings-store';
import { serializeMeetingFile } from '../shared/format/write';
import type { OpenedMeeting } from '../shared/ipc/contract';
import type { Meeting } from '../shared/model/meeting';
import { paragraphNode, textNode } from '../shared/model/rich-text';
import { generateMeeting } from '../test/support/generate-meeting';
import { runCrashDrill } from '../test/support/crash-drill/run-drill';
import { median, ms, timeRuns } from './measure';

/** The handlers main runs, with the open dialog answering `path`. */
function mainProcess(dir: string, path: string) {
  const values = new Map<string, unknown>();
  return createDispatch(
    createIpcHandlers({
      appVersion: 'bench',
      platform: process.platform,
      now: () => new Date(),
      settings: new SettingsStore({ get: (k) => values.get(k), set: (k, v) => values.set(k, v) }),
      dialogs: {
        chooseMeetingToOpen: () => Promise.resolve(path),
        chooseSavePath: () => Promise.resolve(null),
        chooseAttachment: () => Promise.resolve(null),
      },
      dataFolder: join(dir, 'data'),
    }),
  );
}

/** `meeting` with one more paragraph typed into item `index`'s Sagsfremstilling. */
function typedInto(meeting: Meeting, index: number, text: string): Meeting {
  const items = meeting.items.slice();
  const item = items[index]!;
  const presentation = structuredClone(item.sections.sagsfremstilling!);
  presentation.root.children.push(paragraphNode([textNode(text)]));
  items[index] = { ...item, sections: { ...item.sections, sagsfremstilling: presentation } };
  return { ...meeting, items };
}

/** Runs the file-format benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'));
  try {
    // The same meeting the export benchmark uses: 60 items, 291 pages in Word.
    const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
    const path = join(dir, 'stor.referat');
    const fileText = serializeMeetingFile(meeting, { appVersion: 'bench', savedAt: '' });
    await fs.writeFile(path, fileText);
    const dispatch = mainProcess(dir, path);
    const opened = await dispatch('meeting:open-dialog', undefined);
    if (!opened.ok || !opened.value) throw new Error('bench meeting did not open');
    const { handle } = opened.value as OpenedMeeting;
    const header = JSON.stringify({ ...meeting, items: [] });

    // An autosave while typing in one item: the renderer sends that item, the rest by id.
    let current = meeting;
    let round = 0;
    let oneItemBytes = 0;
    const oneItem = await timeRuns(async () => {
      current = typedInto(current, 7, `Skrevet under mødet, runde ${++round}.`);
      const changed = current.items[7]!;
      const items = current.items.map((item) =>
        item === changed ? { id: item.id, json: JSON.stringify(item) } : { id: item.id },
      );
      oneItemBytes = header.length + JSON.stringify(items).length;
      const result = await dispatch('meeting:save-parts', { handle, header, items });
      if (!result.ok) throw new Error(result.error.code);
    });
    // The first autosave after main restarted: every item sent and validated.
    let allBytes = 0;
    const allItems = await timeRuns(async () => {
      current = typedInto(current, 7, `Runde ${++round}.`);
      const items = current.items.map((item) => ({ id: item.id, json: JSON.stringify(item) }));
      allBytes = header.length + JSON.stringify(items).length;
      const result = await dispatch('meeting:save-parts', { handle, header, items });
      if (!result.ok) throw new Error(result.error.code);
    });
    const naiveSave = await timeRuns(() =>
      fs.writeFile(join(dir, 'naiv.json'), JSON.stringify(current)),
    );
    const durableNaive = await timeRuns(async () => {
      const file = await fs.open(join(dir, 'naiv-fsync.json'), 'w');
      await file.writeFile(JSON.stringify(current, null, 2));
      await file.sync();
      await file.close();
    });
    // The disk's own share: the file's bytes as they are, written and fsynced, nothing else.
    const savedBytes = await fs.readFile(path);
    const diskFloor = await timeRuns(async () => {
      const file = await fs.open(join(dir, 'disk-floor.bin'), 'w');
      await file.writeFile(savedBytes);
      await file.sync();
      await file.close();
    });
    const open = await timeRuns(async () => {
      const result = await openMeeting(path);
      if (!result.ok) throw new Error(result.error.code);
    });
    const naiveOpen = await timeRuns(
      async () => JSON.parse(await fs.readFile(path, 'utf8')) as unknown,
    );

    const size = (await fs.stat(path)).size;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(1)}×`;
    console.log(`meeting: 60 items, file ${(size / 1024 / 1024).toFixed(2)} MB`);
    console.log(
      `autosave, typing in one item (IPC ${kb(oneItemBytes)}: validate 1 item, assemble, conflict check, backup, hash, atomic write + fsync): median ${ms(median(oneItem))}  [target ≤ 50 ms]`,
    );
    console.log(
      `autosave, all 60 items sent (IPC ${kb(allBytes)}, after a restart of main):                            median ${ms(median(allItems))}`,
    );
    console.log(
      `  peer JSON.stringify + writeFile + fsync (pretty, not atomic, no checks):  median ${ms(median(durableNaive))}; ours/peer ${ratio(oneItem, durableNaive)} (one item), ${ratio(allItems, durableNaive)} (all)`,
    );
    console.log(
      `  the disk alone: writeFile + fsync of the saved file's bytes:           median ${ms(median(diskFloor))}; ours above it ${ms(median(oneItem) - median(diskFloor))} (one item)`,
    );
    console.log(
      `  peer JSON.stringify + writeFile (compact, no fsync):                      median ${ms(median(naiveSave))}; ours/peer ${ratio(oneItem, naiveSave)} (one item)`,
    );
    console.log(
      `open (read + parse + migrate + validate):          median ${ms(median(open))}  [target ≤ 50 ms]`,
    );
    console.log(
      `  peer readFile + JSON.parse:                      median ${ms(median(naiveOpen))}  ratio ${ratio(open, naiveOpen)}`,
    );

    const kills = Number(process.env.CRASH_DRILL_KILLS ?? 1000);
    const drillDir = mkdtempSync(join(dir, 'drill-'));
    const started = performance.now();
    const report = await runCrashDrill({ dir: drillDir, kills });
    console.log(
      `crash drill: ${report.kills} SIGKILLs, ${report.filesChecked} files checked, corrupt ${report.corrupt}, ` +
        `in-flight save landed ${report.inFlightLanded}×, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
