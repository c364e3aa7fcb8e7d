/**
 * "Importér dagsorden fra Word…" on the ~290-page meeting (60 items, the
 * export benchmarks' meeting written as a dagsorden .docx by our own
 * exporter, with a user template's heading pattern so a user template is
 * the one that fits): mammoth reading the file, then the first preview as
 * the recogniser computes it (in the app both run in the word worker) —
 * the best template picked among 4 built-ins, and among 4 built-ins + 4
 * user templates, then the document read with it — against the peer, the
 * way it was done before: a full recognition per template (with the score
 * of then, which picked a built-in here: see shared/import/template-fit.ts),
 * then the document read again with the winner. Then the app's path: the
 * import handlers with a template library on disk (4 user templates) and
 * the built word worker, with the longest time main's event loop was
 * blocked (what would hold up the window's IPC and menus). Figures only;
 * nothing is asserted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createImportHandlers } from '../electron/main/import/import-handlers';
import { wordBytesToHtml, type WordHtml } from '../electron/main/import/read-word';
import { WORD_WORKER_LIMITS, workerDagsorden } from '../electron/main/import/word-reader';
import { TemplateLibraryFolders } from '../electron/main/templates/template-library';
import { serializeTemplateFile } from '../shared/template/file';
import {
  readAgendaDocument,
  recogniseAgenda,
  recogniseDocument,
  type RecogniseContext,
} from '../shared/import/recognise';
import { bestFittingTemplate } from '../shared/import/template-fit';
import { exportMeetingToDocx } from '../shared/export/index';
import { BUILT_IN_TEMPLATES } from '../shared/template/built-in/index';
import type { Template } from '../shared/template/schema';
import { generateMeeting } from '../test/support/generate-meeting';
import { median, ms, timeRuns } from './measure';
import { buildOnce } from './processes';

const ROOT = join(import.meta.dirname, '..');

const CONTEXT: RecogniseContext = {
  today: '2030-01-01',
  defaults: { body: '', venue: '', secretaryName: '' },
};

/** Four user templates: copies of the built-ins with a body's own heading pattern and name. */
function userTemplates(): Template[] {
  const patterns = ['Sag {nr}: {titel}', 'Dagsordenspunkt {nr} - {titel}', 'Pkt. {nr} {titel}'];
  return BUILT_IN_TEMPLATES.map((template, i) => ({
    ...structuredClone(template),
    id: `${template.id}-egen`,
    name: `${template.name} (egen)`,
    item: { ...template.item, heading: patterns[i % patterns.length] as string },
  }));
}

/** The old way: every template reads the whole document, the best by the same score. */
function bestByFullRecognition(word: WordHtml, templates: readonly Template[]): Template {
  let best: { template: Template; score: number } | null = null;
  for (const template of templates) {
    const { report } = recogniseAgenda(word.html, template, CONTEXT);
    const filled = report.items.reduce((sum, item) => sum + item.filled.length, 0);
    const score =
      (report.itemsFoundBy === 'pattern' ? 1_000_000 : 0) +
      (report.date ? 1_000 : 0) +
      filled * 10 -
      report.unplaced.length;
    if (!best || score > best.score) best = { template, score };
  }
  return (best?.template ?? templates[0]) as Template;
}

/** What `work` took, and the longest stretch main's event loop was blocked meanwhile (ms). */
async function withStalls<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; stall: number; value: T }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const start = performance.now();
  const value = await work();
  const took = performance.now() - start;
  // A block at the very end is only sampled once the loop turns again.
  await new Promise((done) => setTimeout(done, 20));
  delay.disable();
  return { ms: took, stall: delay.max / 1e6, value };
}

/** The import as the app runs it: the handlers, a library on disk, the built word worker. */
async function appPath(bytes: Uint8Array, users: readonly Template[]): Promise<void> {
  buildOnce();
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-import-'));
  try {
    const userFolder = join(dir, 'skabeloner');
    mkdirSync(userFolder);
    users.forEach((template, i) =>
      writeFileSync(
        join(userFolder, `egen-${i}.referat-skabelon`),
        serializeTemplateFile(template),
      ),
    );
    const path = join(dir, 'dagsorden.docx');
    writeFileSync(path, bytes);
    const handlers = createImportHandlers({
      chooseWordFile: () => Promise.resolve(path),
      context: () => CONTEXT,
      hold: (meeting) => ({
        handle: 'h',
        fileName: null,
        meeting,
        migratedFrom: null,
        notices: [],
      }),
      library: new TemplateLibraryFolders({ userFolder, sharedFolder: () => null }),
      openDagsorden: workerDagsorden(
        () =>
          new Worker(join(ROOT, 'out/main/word-worker.js'), { resourceLimits: WORD_WORKER_LIMITS }),
      ),
    });
    const dialogs: { ms: number; stall: number }[] = [];
    const previews: { ms: number; stall: number }[] = [];
    for (let run = 0; run < 4; run++) {
      const opened = await withStalls(() => handlers['agenda:import-dialog']());
      if (!opened.value.ok || !opened.value.value) throw new Error('the import did not open');
      const { importId, templates } = opened.value.value;
      const other = templates[1]?.key ?? '';
      const preview = await withStalls(() =>
        handlers['agenda:import-preview']({ importId, templateKey: other }),
      );
      // Its worker holds the document until the import ends.
      await handlers['agenda:import-cancel']({ importId });
      if (run === 0) continue; // the first run loads the worker's code from a cold disk cache
      dialogs.push(opened);
      previews.push(preview);
    }
    const med = (list: { ms: number; stall: number }[], key: 'ms' | 'stall') =>
      ms(median(list.map((entry) => entry[key])));
    console.log(
      `app path (8 templates, word worker): file chosen → preview ${med(dialogs, 'ms')}, ` +
        `main blocked at most ${med(dialogs, 'stall')} at a stretch; ` +
        `another template's preview ${med(previews, 'ms')} (blocked ${med(previews, 'stall')})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the import benchmark and prints its figures. */
export async function run(): Promise<void> {
  const users = userTemplates();
  const meeting = generateMeeting({ items: 60, sectionsPerItem: 7.7, seed: 290 });
  // The body's own template wrote this dagsorden: "Sag 1: …" headings.
  meeting.template = users[0] as Template;
  const bytes = await exportMeetingToDocx(meeting, { version: 'internal', document: 'dagsorden' });
  console.log(`dagsorden: 60 items, ${(bytes.length / 1024).toFixed(0)} KB .docx`);

  const read = await timeRuns(() => wordBytesToHtml(bytes), 3, 1);
  const word = await wordBytesToHtml(bytes);
  if (!word.ok) throw new Error('the bench dagsorden does not read');
  console.log(
    `mammoth reads it (in the app: in the word worker): ${ms(median(read))} ` +
      `→ ${(word.value.html.length / 1024).toFixed(0)} KB HTML`,
  );
  const one = await timeRuns(() => recogniseAgenda(word.value.html, users[0]!, CONTEXT), 5, 1);
  const parse = await timeRuns(() => readAgendaDocument(word.value.html), 5, 1);
  console.log(
    `one full recognition: ${ms(median(one))}, of which parsing the HTML: ${ms(median(parse))}`,
  );

  for (const [label, templates] of [
    ['4 built-ins', BUILT_IN_TEMPLATES],
    ['4 built-ins + 4 user templates', [...BUILT_IN_TEMPLATES, ...users]],
  ] as const) {
    // As the dialog handler did before: N full recognitions, then the winner's.
    const before = await timeRuns(
      () =>
        recogniseAgenda(
          word.value.html,
          bestByFullRecognition(word.value, templates),
          CONTEXT,
          word.value.messages,
        ),
      5,
      1,
    );
    // As it does now: parse once, score each template cheaply, read with the winner.
    const firstPreview = () => {
      const document = readAgendaDocument(word.value.html);
      const best = templates[bestFittingTemplate(document, templates)] as Template;
      return recogniseDocument(document, best, CONTEXT, word.value.messages);
    };
    const now = await timeRuns(firstPreview, 5, 1);
    const document = readAgendaDocument(word.value.html);
    const picked = templates[bestFittingTemplate(document, templates)] as Template;
    // A fresh document each run: the per-block labels are worked out on the first scoring.
    const fresh = Array.from({ length: 6 }, () => readAgendaDocument(word.value.html));
    const scoring = await timeRuns(() => bestFittingTemplate(fresh.pop()!, templates), 5, 1);
    const preview = await timeRuns(() => recogniseDocument(document, picked, CONTEXT), 5, 1);
    console.log(
      `first preview, ${label}: ${ms(median(now))} of recognising ` +
        `(before, a full recognition per template: ${ms(median(before))}, ` +
        `now ${(median(now) / median(before)).toFixed(2)}× that); ` +
        `picks «${picked.name}», was «${bestByFullRecognition(word.value, templates).name}»`,
    );
    console.log(
      `  of which scoring all ${templates.length}: ${ms(median(scoring))}; ` +
        `another template's preview (document already parsed): ${ms(median(preview))}`,
    );
  }
  await appPath(bytes, users);
}
