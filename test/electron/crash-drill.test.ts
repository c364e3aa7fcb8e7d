import { afterAll, describe, expect, it } from 'vitest';
import { isTempFileName, sweepStaleTempFiles } from '../../electron/main/fs/atomic-write';
import { readdirSync } from 'node:fs';
import { runCrashDrill } from '../support/crash-drill/run-drill';
import { makeTempDir } from '../support/temp-dir';

// 200 kills in the normal run; `CRASH_DRILL_KILLS=2000 npm run bench` style
// runs go bigger (see bench/file-format.ts).
const kills = Number(process.env.CRASH_DRILL_KILLS ?? 200);
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
          `in-flight save landed ${report.inFlightLanded}×, leftover temp files ${report.leftoverTempFiles}`,
      );
      expect(report.problems).toEqual([]);
      expect(report.corrupt).toBe(0);
      expect(report.kills).toBe(kills);
      // Most kills must find a file to check, or the drill is not testing anything.
      expect(report.filesChecked).toBeGreaterThan(kills * 1.5);
      // Temp files of killed writes are never mistaken for the document and are swept on the next open.
      await sweepStaleTempFiles(dir, 0, Date.now() + 1000);
      expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    },
  );
});
