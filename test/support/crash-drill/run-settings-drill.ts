import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTempFileName } from '../../../electron/main/fs/atomic-write';
import { buildSaveLoop, killWindowFor, runOnce, type DrillReport } from './run-drill';
import { settingsForVersion } from './settings-versions';

/** The version settings.json holds, or what is wrong with it. */
function checkSettings(path: string, acceptable: number[]): number | string {
  if (!existsSync(path)) return `${path}: missing`;
  let values: unknown;
  try {
    values = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `${path}: not JSON (${(error as Error).message})`;
  }
  const name = (values as { settings?: { secretaryName?: string } }).settings?.secretaryName;
  const version = Number(name?.replace('Sekretær ', ''));
  if (!acceptable.includes(version)) {
    return `${path}: version ${version}, expected one of ${acceptable.join(', ')}`;
  }
  if (JSON.stringify(values) !== JSON.stringify(settingsForVersion(version))) {
    return `${path}: content of version ${version} differs`;
  }
  return version;
}

/**
 * Kills a child that changes the settings in a loop `kills` times at random
 * moments; after every kill settings.json must parse and equal the last
 * acknowledged change or the one in flight.
 */
export async function runSettingsCrashDrill(options: {
  dir: string;
  kills: number;
  maxDelayMs?: number;
  random?: () => number;
}): Promise<DrillReport> {
  const { dir, kills, random = Math.random } = options;
  const script = buildSaveLoop(dir, 'settings-loop');
  const maxDelayMs = options.maxDelayMs ?? (await killWindowFor(script, dir, 'settings.json'));
  const file = join(dir, 'settings.json');
  const report: DrillReport = {
    kills: 0,
    filesChecked: 0,
    corrupt: 0,
    inFlightLanded: 0,
    leftoverTempFiles: 0,
    maxDelayMs,
    problems: [],
  };
  let onDisk = 0;
  for (let round = 0; round < kills; round++) {
    const acknowledged = await runOnce(script, file, onDisk + 1, random() * maxDelayMs);
    report.kills++;
    const last = Math.max(acknowledged, onDisk);
    const outcome = checkSettings(file, [last, last + 1]);
    report.filesChecked++;
    if (typeof outcome === 'string') {
      report.corrupt++;
      report.problems.push(outcome);
      break;
    }
    if (outcome === last + 1) report.inFlightLanded++;
    onDisk = outcome;
  }
  report.leftoverTempFiles = readdirSync(dir).filter(isTempFileName).length;
  return report;
}
