import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Kills land 0–maxDelayMs after the child starts saving (scaled to this machine's save time). */
  maxDelayMs: number;
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

/** A save loop child (`script <file> <first version>`), its stdout lines handed to `onLine`, its stderr kept. */
function startSaveLoop(
  script: string,
  file: string,
  firstVersion: number,
  onLine: (line: string, child: ChildProcess) => void,
): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, [script, file, String(firstVersion)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) onLine(line, child);
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

/** Starts the child, kills it `delayMs` after its first completed save; returns the last acknowledged version. */
export function runOnce(
  script: string,
  file: string,
  firstVersion: number,
  delayMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let acknowledged = firstVersion - 1;
    const { child, stderr } = startSaveLoop(script, file, firstVersion, (line, running) => {
      const match = /^saved (\d+)$/.exec(line);
      if (!match) return;
      // The clock starts at the first completed save: a fresh process's first
      // save is slow (cold code), and on a loaded machine a window counted
      // from start-up killed most children before anything landed.
      if (acknowledged === firstVersion - 1) setTimeout(() => running.kill('SIGKILL'), delayMs);
      acknowledged = Number(match[1]);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`save loop ended without being killed: ${stderr()}`));
      else resolve(acknowledged);
    });
  });
}

/**
 * Median time between two completed saves of `script` on this machine. The
 * kill window is scaled to it so that kills fall anywhere within the next few
 * saves whatever the disk's fsync costs: a fixed 40 ms window on a slow CI disk
 * killed nearly every child mid-write, and the drill checked one unchanged file
 * over and over.
 */
export function measureSaveInterval(script: string, file: string, saves = 6): Promise<number> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const { child, stderr } = startSaveLoop(script, file, 1, (line, running) => {
      if (line.startsWith('saved ')) times.push(performance.now());
      if (times.length > saves) running.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (times.length <= saves) {
        reject(new Error(`save loop stopped before ${saves} saves: ${stderr()}`));
        return;
      }
      const gaps = times.slice(1).map((time, i) => time - times[i]!);
      gaps.sort((a, b) => a - b);
      resolve(gaps[Math.floor(gaps.length / 2)]!);
    });
  });
}

/** A kill window of about three saves, never under `floorMs`. */
export async function killWindowFor(script: string, dir: string, fileName: string, floorMs = 40) {
  const calibrationDir = mkdtempSync(join(dir, 'calibration-'));
  try {
    const interval = await measureSaveInterval(script, join(calibrationDir, fileName));
    return Math.max(floorMs, Math.round(3 * interval));
  } finally {
    rmSync(calibrationDir, { recursive: true, force: true });
  }
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
 * random moments (0–`maxDelayMs` after its first save; by default about
 * three of this machine's saves), in `lanes`
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
  const { dir, kills, lanes = 2, random = Math.random } = options;
  const script = buildSaveLoop(dir);
  const maxDelayMs = options.maxDelayMs ?? (await killWindowFor(script, dir, 'lane.referat'));
  const report: DrillReport = {
    kills: 0,
    filesChecked: 0,
    corrupt: 0,
    inFlightLanded: 0,
    leftoverTempFiles: 0,
    maxDelayMs,
    problems: [],
  };

  const lane = async (index: number, rounds: number) => {
    const file = join(dir, `lane-${index}.referat`);
    let onDisk = 0;
    for (let round = 0; round < rounds; round++) {
      const acknowledged = await runOnce(script, file, onDisk + 1, random() * maxDelayMs);
      report.kills++;
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
