import { afterAll, describe, expect, it } from 'vitest';
import { isTempFileName, sweepStaleTempFiles } from '../../electron/main/fs/atomic-write';
import { readdirSync } from 'node:fs';
import { runCrashDrill } from '../support/crash-drill/run-drill';
import { runSettingsCrashDrill } from '../support/crash-drill/run-settings-drill';
import { makeTempDir } from '../support/temp-dir';

// 200 kills in the normal run; `CRASH_DRILL_KILLS=2000 npm run bench` style
// runs go bigger (see bench/file-format.ts).
const kills = Number(process.env.CRASH_DRILL_KILLS ?? 200);
// Each kill of the settings child costs a node start; a fifth as many kills as the meeting drill.
const settingsKills = Math.max(20, Math.round(kills / 5));
const { dir, cleanup } = makeTempDir('referat-crash-');
afterAll(cleanup);

describe('crash drill', () => {
  it(
    `survives ${kills} SIGKILLs during saves without a corrupt or mixed file`,
    { timeout: 180_000 },
    async () => {
      const report = await runCrashDrill({ dir, kills });
      console.log(
        `crash drill: ${report.kills} kills, ${report.filesChecked} files checked, corrupt ${report.corrupt}, ` +
          `in-flight save landed ${report.inFlightLanded}×, leftover temp files ${report.leftoverTempFiles}, ` +
          `kill window 0–${report.maxDelayMs} ms`,
      );
      expect(report.problems).toEqual([]);
      expect(report.corrupt).toBe(0);
      expect(report.kills).toBe(kills);
      // Most kills must find a file and its backup to check, or the drill tests
      // nothing; the kill window is scaled to this machine's save time for that.
      expect(report.filesChecked).toBeGreaterThan(kills * 1.5);
      // Temp files of killed writes are never mistaken for the document and are swept on the next open.
      await sweepStaleTempFiles(dir, 0, Date.now() + 1000);
      expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    },
  );

  it(
    `survives ${settingsKills} SIGKILLs while settings.json is written, never leaving it torn`,
    { timeout: 120_000 },
    async () => {
      const { dir: settingsDir, cleanup: cleanSettings } = makeTempDir('referat-crash-settings-');
      try {
        const report = await runSettingsCrashDrill({ dir: settingsDir, kills: settingsKills });
        console.log(
          `settings crash drill: ${report.kills} kills, ${report.filesChecked} checked, corrupt ${report.corrupt}, ` +
            `in-flight write landed ${report.inFlightLanded}×, kill window 0–${report.maxDelayMs} ms`,
        );
        expect(report.problems).toEqual([]);
        expect(report.corrupt).toBe(0);
        expect(report.filesChecked).toBeGreaterThan(settingsKills * 0.8);
      } finally {
        cleanSettings();
      }
    },
  );
});
