/**
 * One export in a fresh Node process, as the app's worker runs it: reads a
 * meeting (JSON), exports it, writes the .docx, prints {ms, maxRssKb, loadedRssKb}.
 * Run by bench/export.ts so our peak memory is measured like pandoc's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exportMeetingToDocx } from '../shared/export/index';
import type { Meeting } from '../shared/model/meeting';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: export-child <meeting.json> <out.docx>');
const meeting = JSON.parse(readFileSync(input, 'utf8')) as Meeting;
// Peak so far: Node, tsx's loader, the exporter's modules and the parsed meeting.
const loadedRssKb = process.resourceUsage().maxRSS;
const start = performance.now();
const bytes = await exportMeetingToDocx(meeting, { version: 'public' });
const ms = performance.now() - start;
writeFileSync(output, bytes);
console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, loadedRssKb }));
