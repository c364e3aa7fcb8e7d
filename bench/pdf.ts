/**
 * The PDF export against the Word export of the same ~290-page meeting (60
 * items, internal version, as bench/export.ts): each as the built `referat`
 * command, a whole fresh process (cold JIT, fonts read from disk for the
 * PDF), alternating, five of each, medians of wall and CPU time, peak
 * memory; then warm, in this process. Target: the PDF in the .docx's time or less. Then pages and
 * sizes, and (with poppler) whether the PDF's contents numbers are the pages
 * its headings are printed on. Figures only; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfFonts } from '../electron/main/export/pdf-fonts';
import { exportMeetingToDocx } from '../shared/export/index';
import { exportMeetingToPdf } from '../shared/export/pdf/index';
import { visibleTitle } from '../shared/export/sections/visibility';
import { contentsNumbers, headingPages } from '../test/export/libreoffice';
import { hasTool } from '../test/support/require-tool';
import { median, ms, timeRuns } from './measure';
import {
  benchMeeting,
  buildOnce,
  CLI,
  mb,
  pairedRatio,
  runProcess,
  summarize,
  type ProcessRun,
} from './processes';
const RUNS = 5;

const kB = (path: string) => `${(statSync(path).size / 1024).toFixed(0)} kB`;

/** Runs the PDF benchmark and prints its figures. */
export async function run(): Promise<void> {
  buildOnce();
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-pdf-'));
  try {
    const { meeting, file } = benchMeeting(dir);
    const docxPath = join(dir, 'referat.docx');
    const pdfPath = join(dir, 'referat.pdf');
    const command = (out: string) => [process.execPath, CLI, 'export', file, '--out', out];

    runProcess(command(docxPath));
    runProcess(command(pdfPath));
    const docx: ProcessRun[] = [];
    const pdf: ProcessRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      docx.push(runProcess(command(docxPath)));
      pdf.push(runProcess(command(pdfPath)));
    }
    const d = summarize(docx);
    const p = summarize(pdf);
    const fonts = await loadPdfFonts();
    const options = { version: 'internal' } as const;
    const warmDocx = median(await timeRuns(() => exportMeetingToDocx(meeting, options), 5, 1));
    const warmPdf = median(
      await timeRuns(() => exportMeetingToPdf(meeting, options, { fonts, now: new Date() }), 5, 1),
    );

    const pages = hasTool('pdfinfo')
      ? (/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath]).toString())?.[1] ?? '?')
      : '? (pdfinfo missing)';
    console.log(`meeting: 60 items; PDF ${pages} pages, ${kB(pdfPath)}; .docx ${kB(docxPath)}`);
    console.log(
      `.docx (node out/main/cli.js export, whole process, median of ${RUNS}): ${ms(d.wallMs)} wall [${d.walls}], ${ms(d.cpuMs)} CPU, peak RSS ${mb(d.maxRssKb)}`,
    );
    console.log(
      `PDF   (the same, --out .pdf):                              ${ms(p.wallMs)} wall [${p.walls}], ${ms(p.cpuMs)} CPU, peak RSS ${mb(p.maxRssKb)}`,
    );
    console.log(
      `ratio PDF/.docx, median of pair-by-pair ratios: ${pairedRatio(pdf, docx, 'wallMs').toFixed(2)}× wall, ${pairedRatio(pdf, docx, 'cpuMs').toFixed(2)}× CPU [target ≤ 1×]; in this process, warm: ${(warmPdf / warmDocx).toFixed(2)}× (${ms(warmPdf)} vs ${ms(warmDocx)})`,
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
