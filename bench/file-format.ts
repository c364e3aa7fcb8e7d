/**
 * Save and open of a large meeting (60 items, ~290 pages with lists and tables),
 * each compared with the naive peer in the same process: JSON.stringify +
 * writeFile (no validation, no fsync, not atomic) and readFile + JSON.parse.
 * Also runs a bigger crash drill than the test suite does.
 */
import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMeeting, saveMeeting } from '../electron/main/documents/document-store';
import { meetingSchema } from '../shared/model/schema';
import { generateMeeting } from '../test/support/generate-meeting';
import { runCrashDrill } from '../test/support/crash-drill/run-drill';
import { median, ms, timeRuns } from './measure';

/** Runs the file-format benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'));
  try {
    // The same meeting the export benchmark uses: 60 items, 291 pages in Word.
    const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
    const path = join(dir, 'stor.referat');
    const context = { appVersion: 'bench', now: () => new Date() };

    // What a save costs in main: validate the IPC payload, serialize, write atomically with fsync.
    const save = await timeRuns(async () => {
      const valid = meetingSchema.parse(meeting);
      const result = await saveMeeting(path, valid, context);
      if (!result.ok) throw new Error(result.error.code);
    });
    const naiveSave = await timeRuns(() =>
      fs.writeFile(join(dir, 'naiv.json'), JSON.stringify(meeting)),
    );
    const open = await timeRuns(async () => {
      const result = await openMeeting(path);
      if (!result.ok) throw new Error(result.error.code);
    });
    const naiveOpen = await timeRuns(
      async () => JSON.parse(await fs.readFile(path, 'utf8')) as unknown,
    );

    const size = (await fs.stat(path)).size;
    const characters = JSON.stringify(meeting).length;
    console.log(
      `meeting: 60 items, file ${(size / 1024 / 1024).toFixed(2)} MB (${characters.toLocaleString('da-DK')} chars JSON)`,
    );
    console.log(
      `save (validate + serialize + atomic write + fsync): median ${ms(median(save))}  [target ≤ 50 ms]`,
    );
    console.log(
      `  peer JSON.stringify + writeFile:                  median ${ms(median(naiveSave))}  ratio ${(median(save) / median(naiveSave)).toFixed(1)}×`,
    );
    console.log(
      `open (read + parse + migrate + validate):          median ${ms(median(open))}  [target ≤ 50 ms]`,
    );
    console.log(
      `  peer readFile + JSON.parse:                      median ${ms(median(naiveOpen))}  ratio ${(median(open) / median(naiveOpen)).toFixed(1)}×`,
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
