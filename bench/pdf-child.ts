/**
 * One export in a fresh Node process, as the app's worker runs it: reads a
 * meeting (JSON), exports it as .docx or .pdf, writes the file, prints
 * {ms, cpuMs, maxRssKb}. Run by bench/pdf.ts, alternating the two formats.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exportMeetingToDocx } from '../shared/export/index';
import { exportMeetingToPdf } from '../shared/export/pdf/index';
import type { Meeting } from '../shared/model/meeting';
import { loadPdfFonts } from '../electron/main/export/pdf-fonts';

const [format, input, output] = process.argv.slice(2);
if (!input || !output || (format !== 'docx' && format !== 'pdf')) {
  throw new Error('usage: pdf-child docx|pdf <meeting.json> <out>');
}
const meeting = JSON.parse(readFileSync(input, 'utf8')) as Meeting;
// As the worker: the fonts are read as part of the PDF export.
const cpu = process.cpuUsage();
const start = performance.now();
const bytes =
  format === 'pdf'
    ? await exportMeetingToPdf(
        meeting,
        { version: 'public' },
        { fonts: await loadPdfFonts(), now: new Date() },
      )
    : await exportMeetingToDocx(meeting, { version: 'public' });
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
writeFileSync(output, bytes);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
