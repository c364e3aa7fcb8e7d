/**
 * The PDF export against the Word export of the same ~290-page meeting (60
 * items, as bench/export.ts): each in a fresh Node process, as the app's
 * worker runs them (cold JIT, fonts read from disk for the PDF), alternating,
 * five of each, medians of wall and CPU time, peak memory; then warm, in this
 * process. Target: the PDF in the .docx's time or less. Then pages and
 * sizes, and (with poppler) whether the PDF's contents numbers are the pages
 * its headings are printed on. Figures only; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPdfFonts } from '../electron/main/export/pdf-fonts';
import { exportMeetingToDocx } from '../shared/export/index';
import { exportMeetingToPdf } from '../shared/export/pdf/index';
import { visibleTitle } from '../shared/export/sections/visibility';
import { contentsNumbers, headingPages } from '../test/export/libreoffice';
import { generateMeeting } from '../test/support/generate-meeting';
import { hasTool } from '../test/support/require-tool';
import { median, ms, timeRuns } from './measure';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;

/** What bench/pdf-child.ts reports. */
interface ChildFigures {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
}

function exportInFreshProcess(format: 'docx' | 'pdf', meetingPath: string, out: string) {
  const child = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/pdf-child.ts'), format, meetingPath, out],
    { cwd: ROOT },
  );
  return JSON.parse(child.toString()) as ChildFigures;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const kB = (path: string) => `${(statSync(path).size / 1024).toFixed(0)} kB`;

function summary(runs: ChildFigures[]) {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssKb: Math.max(...runs.map((r) => r.maxRssKb)),
    all: runs.map((r) => r.ms.toFixed(0)).join(', '),
  };
}

/** Runs the PDF benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-pdf-'));
  try {
    const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
    const meetingPath = join(dir, 'meeting.json');
    writeFileSync(meetingPath, JSON.stringify(meeting));
    const docxPath = join(dir, 'referat.docx');
    const pdfPath = join(dir, 'referat.pdf');

    const docx: ChildFigures[] = [];
    const pdf: ChildFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      docx.push(exportInFreshProcess('docx', meetingPath, docxPath));
      pdf.push(exportInFreshProcess('pdf', meetingPath, pdfPath));
    }
    const d = summary(docx);
    const p = summary(pdf);
    const fonts = await loadPdfFonts();
    const options = { version: 'public' } as const;
    const warmDocx = median(await timeRuns(() => exportMeetingToDocx(meeting, options), 5, 1));
    const warmPdf = median(
      await timeRuns(() => exportMeetingToPdf(meeting, options, { fonts, now: new Date() }), 5, 1),
    );

    const pages = hasTool('pdfinfo')
      ? (/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath]).toString())?.[1] ?? '?')
      : '? (pdfinfo missing)';
    console.log(`meeting: 60 items; PDF ${pages} pages, ${kB(pdfPath)}; .docx ${kB(docxPath)}`);
    console.log(
      `.docx (fresh process, median of ${RUNS}): ${ms(d.ms)} wall [${d.all}], ${ms(d.cpuMs)} CPU, peak RSS ${mb(d.rssKb)}`,
    );
    console.log(
      `PDF   (fresh process, median of ${RUNS}): ${ms(p.ms)} wall [${p.all}], ${ms(p.cpuMs)} CPU, peak RSS ${mb(p.rssKb)}`,
    );
    console.log(
      `ratio PDF/.docx: ${(p.ms / d.ms).toFixed(2)}× wall, ${(p.cpuMs / d.cpuMs).toFixed(2)}× CPU cold; ${(warmPdf / warmDocx).toFixed(2)}× warm (${ms(warmPdf)} vs ${ms(warmDocx)}) [target ≤ 1×]`,
    );

    if (hasTool('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], {
        maxBuffer: 256 * 1024 * 1024,
      }).toString();
      const rendered = text.split('\f');
      const listed = contentsNumbers(
        rendered,
        meeting.items.map((item) => visibleTitle(item, options, meeting.template)),
      );
      const printed = headingPages(rendered);
      const matches = listed.filter((n, i) => n !== null && n === printed.get(i + 1)).length;
      console.log(
        `PDF contents page numbers matching the printed headings: ${matches}/${meeting.items.length} [target 60/60]`,
      );
    } else {
      console.log('pdftotext missing: page numbers not checked');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
