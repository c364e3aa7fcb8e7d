/**
 * Word's field update (F9) on the contents list, done by LibreOffice through
 * UNO (update-contents.py): what each contents index holds as written and
 * after LibreOffice rebuilt it from the document. One soffice process for
 * many files, as each start costs seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTool, requireAvailable } from '../support/require-tool';

/** Debian's Python, the one python3-uno installs the `uno` module for (not another Python on the PATH). */
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, 'update-contents.py');

/** One contents index: its paragraphs ("Titel<TAB>3") as written and after an update. */
export interface UpdatedIndex {
  before: string[];
  after: string[];
  /** Built from TC fields (the TOC field's \f), from the headings (\o). */
  fromMarks: boolean;
  fromOutline: boolean;
}

/** True when LibreOffice and Python's uno module are there (a failure in CI, a printed skip elsewhere). */
export function requireUno(): boolean {
  const missing = ['soffice', PYTHON].filter((tool) => !hasTool(tool));
  if (missing.length === 0) {
    try {
      execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' });
    } catch {
      missing.push('python3-uno');
    }
  }
  return requireAvailable(missing);
}

/** A contents entry mark (TC field) as LibreOffice reads it: its text and the page it lands on. */
export interface EntryMark {
  text: string;
  page: number;
}

/** What LibreOffice found in one file. */
export interface ContentsUpdate {
  indexes: UpdatedIndex[];
  /** Every TC field, in document order. */
  marks: EntryMark[];
}

/** Each file's contents indexes before and after LibreOffice updated them, and its TC fields (same order as `files`). */
export function updateContents(files: { name: string; bytes: Uint8Array }[]): ContentsUpdate[] {
  const dir = mkdtempSync(join(tmpdir(), 'referat-contents-'));
  const paths = files.map((file) => {
    const path = join(dir, `${file.name}.docx`);
    writeFileSync(path, file.bytes);
    return path;
  });
  const output = execFileSync(PYTHON, [SCRIPT, ...paths], {
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  const results = JSON.parse(output) as ({ file: string } & ContentsUpdate)[];
  return paths.map((path) => {
    const result = results.find((candidate) => candidate.file === path);
    if (!result) throw new Error(`LibreOffice did not read ${path}`);
    return { indexes: result.indexes, marks: result.marks };
  });
}
