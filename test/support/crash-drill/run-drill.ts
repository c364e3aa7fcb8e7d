import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { readMeetingFile } from '../../../shared/format/read';
import { backupPathFor } from '../../../electron/main/documents/document-store';
import { isTempFileName } from '../../../electron/main/fs/atomic-write';
import { meetingForVersion } from './versions';

/** Outcome of a crash drill. `corrupt` must be 0. */
export interface DrillReport {
  kills: number;
  filesChecked: number;
  corrupt: number;
  /** Kills after which the file held the save that was in flight (killed after rename, before "saved"). */
  inFlightLanded: number;
  leftoverTempFiles: number;
  problems: string[];
}

/** Bundles the child once so each spawn costs a plain `node` start (~50 ms), not a TypeScript compile. */
export function buildSaveLoop(outDir: string, entry = 'save-loop'): string {
  const outfile = join(outDir, `${entry}.mjs`);
  buildSync({
    entryPoints: [join(import.meta.dirname, `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
  });
  return outfile;
}

/** Starts the child, waits until it is saving, kills it after `delayMs`; returns the last acknowledged version. */
export function runOnce(
  script: string,
  file: string,
  firstVersion: number,
  delayMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, String(firstVersion)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acknowledged = firstVersion - 1;
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        const match = /^saved (\d+)$/.exec(line);
        if (match) acknowledged = Number(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`save loop ended without being killed: ${stderr}`));
      else resolve(acknowledged);
    });
  });
}

/** Checks that `path` holds exactly one of the acceptable versions; returns the version or an error text. */
function checkFile(path: string, acceptable: number[]): number | string {
  if (!existsSync(path)) return `${path}: missing`;
  const result = readMeetingFile(readFileSync(path, 'utf8'));
  if (!result.ok) return `${path}: ${result.problem.code} ${result.problem.detail ?? ''}`;
  const version = Number(result.meeting.body.replace('Version ', ''));
  if (!acceptable.includes(version))
    return `${path}: version ${version}, expected one of ${acceptable.join(', ')}`;
  if (JSON.stringify(result.meeting) !== JSON.stringify(meetingForVersion(version))) {
    return `${path}: content of version ${version} differs`;
  }
  return version;
}

/**
 * Kills a child that saves a growing meeting in a loop `kills` times at
 * random moments (0–`maxDelayMs` after it starts saving), in `lanes`
 * parallel files. After every kill the file (and its backup) must load and
 * equal either the last acknowledged version or the one in flight.
 */
export async function runCrashDrill(options: {
  dir: string;
  kills: number;
  lanes?: number;
  maxDelayMs?: number;
  random?: () => number;
}): Promise<DrillReport> {
  const { dir, kills, lanes = 2, maxDelayMs = 40, random = Math.random } = options;
  const script = buildSaveLoop(dir);
  const report: DrillReport = {
    kills: 0,
    filesChecked: 0,
    corrupt: 0,
    inFlightLanded: 0,
    leftoverTempFiles: 0,
    problems: [],
  };

  const lane = async (index: number, rounds: number) => {
    const file = join(dir, `lane-${index}.referat`);
    let onDisk = 0;
    for (let round = 0; round < rounds; round++) {
      const acknowledged = await runOnce(script, file, onDisk + 1, random() * maxDelayMs);
      report.kills++;
      if (acknowledged === 0) continue; // killed before the very first save finished: no file yet is fine
      const last = Math.max(acknowledged, onDisk);
      const outcome = checkFile(file, [last, last + 1]);
      report.filesChecked++;
      if (typeof outcome === 'string') {
        report.corrupt++;
        report.problems.push(outcome);
        return;
      }
      if (outcome === last + 1) report.inFlightLanded++;
      onDisk = outcome;
      // The backup appears with the second save; once there, it must always load.
      if (!existsSync(backupPathFor(file))) continue;
      const backup = checkFile(
        backupPathFor(file),
        Array.from({ length: onDisk }, (_, v) => v + 1),
      );
      report.filesChecked++;
      if (typeof backup === 'string') {
        report.corrupt++;
        report.problems.push(`backup ${backup}`);
        return;
      }
    }
  };

  const perLane = Math.ceil(kills / lanes);
  await Promise.all(
    Array.from({ length: lanes }, (_, i) => lane(i, Math.min(perLane, kills - i * perLane))),
  );
  report.leftoverTempFiles = readdirSync(dir).filter(isTempFileName).length;
  return report;
}
