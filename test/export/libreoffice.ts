/**
 * Reading an exported .docx "as a reader sees it": LibreOffice renders it
 * to PDF (one soffice call for many files, as each start costs seconds),
 * pdftotext reads the pages back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The text of a rendered document, one string per page. */
export type RenderedPages = string[];

/** Converts each .docx to PDF in one LibreOffice run and returns the PDFs' paths (same order), in a temp dir. */
export function convertDocx(files: { name: string; bytes: Uint8Array }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'referat-render-'));
  const paths = files.map((file) => {
    const path = join(dir, `${file.name}.docx`);
    writeFileSync(path, file.bytes);
    return path;
  });
  // A private profile: a concurrent soffice (another test file, the user's own) cannot block this one.
  const profile = `file://${join(dir, 'profile')}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ],
    { stdio: 'pipe', timeout: 600_000 },
  );
  return paths.map((path) => join(dir, basename(path).replace(/\.docx$/, '.pdf')));
}

/** The text of a PDF, one string per page (pdftotext -layout). */
export function pdfPageTexts(pdf: string): RenderedPages {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString('utf8');
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** Converts each .docx to PDF in one LibreOffice run and returns each one's pages (same order). */
export function renderDocx(files: { name: string; bytes: Uint8Array }[]): RenderedPages[] {
  return convertDocx(files).map(pdfPageTexts);
}

/** Collapses runs of whitespace, as a PDF's layout text breaks lines anywhere. */
export function normalise(text: string): string {
  // A word broken after its hyphen at a line end reads as one word again.
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (\p{L})/gu, '$1-$2')
    .trim();
}

/** The 1-based page on which each "Punkt N" heading is printed. */
export function headingPages(pages: RenderedPages): Map<number, number> {
  const found = new Map<number, number>();
  pages.forEach((page, index) => {
    for (const match of page.matchAll(/^\s*Punkt (\d+)(:|\s*$)/gm)) {
      const n = Number(match[1]);
      if (!found.has(n)) found.set(n, index + 1);
    }
  });
  return found;
}

/**
 * The page numbers the contents list shows for `titles`, in order. The
 * contents pages' text is compared without any whitespace (a long title may
 * be broken anywhere across lines); an entry's number is what stands
 * between its title (and leader dots) and the next entry's title. Null
 * where an entry is missing.
 */
export function contentsNumbers(pages: RenderedPages, titles: string[]): (number | null)[] {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const firstItemPage = pages.findIndex((page) => /^\s*Punkt \d+/m.test(page));
  const text = squeeze(pages.slice(0, firstItemPage < 0 ? pages.length : firstItemPage).join(''));
  const wanted = titles.map(squeeze);
  let cursor = text.indexOf('Indholdsfortegnelse');
  const found: { start: number; end: number }[] = [];
  for (const title of wanted) {
    const at = text.indexOf(title, cursor);
    found.push({ start: at, end: at < 0 ? -1 : at + title.length });
    if (at >= 0) cursor = at + title.length;
  }
  return found.map(({ end }, i) => {
    if (end < 0) return null;
    const next = found.slice(i + 1).find((f) => f.start >= 0)?.start ?? text.length;
    const match = /^\.*(\d+)/.exec(text.slice(end, next));
    return match ? Number(match[1]) : null;
  });
}

/** For debugging: read a rendered page set back from a PDF. */
export function pdfPages(pdf: string): RenderedPages {
  return readFileSync(pdf, 'utf8').split('\f');
}
