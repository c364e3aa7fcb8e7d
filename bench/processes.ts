/**
 * Whole-process timing for the export benchmarks: the built `referat`
 * command and its peers run as a user runs them, timed from outside
 * (wall clock here, CPU and peak memory from GNU time), alternating, so
 * both sides pay the same cold start and the same machine noise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serializeMeetingFile } from '../shared/format/write';
import type { Meeting } from '../shared/model/meeting';
import { generateMeeting } from '../test/support/generate-meeting';
import { meetingToMarkdown } from './export-markdown';
import { median } from './measure';

const ROOT = resolve(import.meta.dirname, '..');

/** The built command line, as package.json's "bin" runs it. */
export const CLI = join(ROOT, 'out/main/cli.js');

let built = false;
/** Builds the app once per bench run, so the figures are for the code as it is now. */
export function buildOnce(): void {
  if (built) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  built = true;
}

/** The ~290-page meeting every export benchmark uses, as a .referat file and as Markdown. */
export function benchMeeting(dir: string): { meeting: Meeting; file: string; markdown: string } {
  const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
  const file = join(dir, 'Direktionen.referat');
  writeFileSync(
    file,
    serializeMeetingFile(meeting, { appVersion: 'bench', savedAt: new Date().toISOString() }),
  );
  const markdown = join(dir, 'Direktionen.md');
  writeFileSync(markdown, meetingToMarkdown(meeting));
  return { meeting, file, markdown };
}

/** One finished run of a command. */
export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
}

/** Runs `command` once as a fresh process; throws if it fails. */
export function runProcess(command: string[]): ProcessRun {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...command], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  const [user = '0', system = '0', kb = '0'] =
    result.stderr.trim().split('\n').pop()?.split(' ') ?? [];
  return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, maxRssKb: Number(kb) };
}

/** Medians of a list of runs, and the wall times in order. */
export function summarize(runs: ProcessRun[]) {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb)),
    walls: runs.map((r) => r.wallMs.toFixed(0)).join(', '),
  };
}

/** The median of the pair-by-pair ratios a/b: robust when the machine's speed drifts. */
export function pairedRatio(a: ProcessRun[], b: ProcessRun[], key: keyof ProcessRun): number {
  return median(a.map((run, i) => run[key] / b[i]![key]));
}

/** "123 MB". */
export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
