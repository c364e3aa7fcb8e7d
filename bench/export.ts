/**
 * The Word export of a 60-item meeting (~290 pages: long Sagsfremstilling
 * with subheadings, lists and a table per item) against pandoc converting
 * the same content as Markdown with --toc: time and peak memory, and the
 * ratio (target: ours ≤ 0.5× pandoc's time). Then LibreOffice renders our
 * .docx and counts how many contents page numbers match the printed pages
 * (target: 60/60). Figures only; nothing is asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBlocks } from '../shared/export/build-blocks';
import { exportMeetingToDocx } from '../shared/export/index';
import { contentsPageNumbers } from '../shared/export/layout/contents-pages';
import { visibleTitle } from '../shared/export/sections/visibility';
import { contentsNumbers, headingPages, renderDocx } from '../test/export/libreoffice';
import { generateMeeting } from '../test/support/generate-meeting';
import { hasTool } from '../test/support/require-tool';
import { meetingToMarkdown } from './export-markdown';
import { median, ms, timeRuns } from './measure';

const ROOT = resolve(import.meta.dirname, '..');

/** pandoc from Debian, installed on first use (the bench machine has apt, not pandoc). */
function ensurePandoc(): boolean {
  if (hasTool('pandoc')) return true;
  console.log('pandoc missing: apt-get install -y pandoc …');
  try {
    execFileSync('apt-get', ['install', '-y', 'pandoc'], { stdio: 'ignore' });
  } catch {
    return false;
  }
  return hasTool('pandoc');
}

/** Wall time and peak memory of a command, from GNU time. */
function timed(command: string[]): { ms: number; maxRssKb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command[0]} failed: ${result.stderr}`);
  const [seconds = '0', kb = '0'] = result.stderr.trim().split('\n').pop()?.split(' ') ?? [];
  return { ms: Number(seconds) * 1000, maxRssKb: Number(kb) };
}

/** What bench/export-child.ts reports. */
interface ChildFigures {
  ms: number;
  maxRssKb: number;
  loadedRssKb: number;
}

/** One export in a fresh Node process (bench/export-child.ts). */
function exportInFreshProcess(meetingPath: string, out: string): ChildFigures {
  const child = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/export-child.ts'), meetingPath, out],
    { cwd: ROOT },
  );
  return JSON.parse(child.toString()) as ChildFigures;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Runs the export benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-export-'));
  try {
    const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
    const pages = contentsPageNumbers(buildBlocks(meeting, { version: 'public' }));
    const meetingPath = join(dir, 'meeting.json');
    writeFileSync(meetingPath, JSON.stringify(meeting));

    // Ours, as the app's worker runs it: a fresh process per export (cold JIT), peak RSS of that
    // process; pandoc the same way. Interleaved, three each, medians: this machine is noisy.
    const ourDocx = join(dir, 'referat.docx');
    const markdown = join(dir, 'referat.md');
    writeFileSync(markdown, meetingToMarkdown(meeting));
    const pandoc = ensurePandoc();
    const ours: ChildFigures[] = [];
    const theirs: { ms: number; maxRssKb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      ours.push(exportInFreshProcess(meetingPath, ourDocx));
      if (pandoc) {
        theirs.push(
          timed([
            'pandoc',
            '-f',
            'markdown',
            '-t',
            'docx',
            '--toc',
            '-o',
            join(dir, 'pandoc.docx'),
            markdown,
          ]),
        );
      }
    }
    const warm = await timeRuns(() => exportMeetingToDocx(meeting, { version: 'public' }), 5, 1);
    const coldMs = median(ours.map((r) => r.ms));
    const rss = Math.max(...ours.map((r) => r.maxRssKb));
    const loaded = Math.max(...ours.map((r) => r.loadedRssKb));

    console.log(
      `meeting: 60 items, last item starts on page ${pages.at(-1) ?? 0}, .docx ${(statSync(ourDocx).size / 1024).toFixed(0)} kB`,
    );
    console.log(
      `ours   (fresh process, median of 3): ${ms(coldMs)} [${ours.map((r) => r.ms.toFixed(0)).join(', ')}], peak RSS ${mb(rss)} (${mb(loaded)} before exporting: Node + tsx + modules + meeting); warm median of 5: ${ms(median(warm))}`,
    );
    if (pandoc) {
      const pandocMs = median(theirs.map((r) => r.ms));
      const pandocRss = Math.max(...theirs.map((r) => r.maxRssKb));
      console.log(
        `pandoc (md → docx --toc, median of 3): ${ms(pandocMs)} [${theirs.map((r) => r.ms.toFixed(0)).join(', ')}], peak RSS ${mb(pandocRss)}`,
      );
      console.log(
        `ratio ours/pandoc: time ${(coldMs / pandocMs).toFixed(2)}× cold, ${(median(warm) / pandocMs).toFixed(2)}× warm [target ≤ 0.5×]; peak memory ${(rss / pandocRss).toFixed(2)}×`,
      );
      console.log(
        '  (pandoc writes an empty contents field that Word must update; ours is pre-filled with page numbers)',
      );
    } else {
      console.log('pandoc: not available (apt-get install -y pandoc failed), no ratio');
    }

    if (hasTool('soffice') && hasTool('pdftotext')) {
      const start = performance.now();
      const [rendered = []] = renderDocx([
        { name: 'referat', bytes: await exportMeetingToDocx(meeting, { version: 'public' }) },
      ]);
      const listed = contentsNumbers(
        rendered,
        meeting.items.map((item) => visibleTitle(item, { version: 'public' }, meeting.template)),
      );
      const printed = headingPages(rendered);
      const matches = listed.filter(
        (page, i) => page !== null && page === printed.get(i + 1),
      ).length;
      console.log(
        `LibreOffice: ${rendered.length} pages; contents page numbers matching the printed headings: ${matches}/${meeting.items.length} [target 60/60] (render ${ms(performance.now() - start)})`,
      );
    } else {
      console.log('LibreOffice/pdftotext missing: page numbers not checked');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
