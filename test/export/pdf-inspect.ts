/**
 * Reading an exported PDF as assistive technology and checkers do: poppler
 * (pdftotext, pdfinfo -struct-text, pdffonts, pdfimages) for text, logical
 * structure, fonts and images; qpdf to expand it into readable objects
 * (`--qdf --object-streams=disable`) for the catalog, outline, annotations
 * and marked content.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');

/** Writes `bytes` to a temporary file and returns its path. */
export function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'referat-pdf-')), `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page (pdftotext -layout). */
export function pageTexts(path: string): string[] {
  const pages = run('pdftotext', ['-layout', path, '-']).split('\f');
  if (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The text in pdftotext's reading order (no layout; `raw`: in the order it is drawn). */
export function readingText(path: string, raw = false): string {
  return run('pdftotext', raw ? ['-raw', path, '-'] : [path, '-']);
}

/** All the text of the logical structure, in structure order (pdfinfo -struct-text). */
export function structureText(path: string): string {
  return run('pdfinfo', ['-struct-text', path])
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('"'))
    .map((line) => line.slice(1, -1))
    .join(' ');
}

/** `pdfinfo` as key → value. */
export function info(path: string): Map<string, string> {
  return new Map(
    run('pdfinfo', [path])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** One node of the logical structure as `pdfinfo -struct-text` prints it. */
export interface StructNode {
  type: string;
  depth: number;
  /** The text of its own content (quoted lines directly below it). */
  text: string;
}

/**
 * The logical structure in document order (pdfinfo -struct-text): each
 * element with its depth and the text of its own marked content (quoted
 * lines one level below it). Attribute lines ("/Scope /Column") and
 * annotation references ("Object 12 0") are left out.
 */
export function structure(path: string): StructNode[] {
  const nodes: StructNode[] = [];
  const open: StructNode[] = [];
  for (const line of run('pdfinfo', ['-struct-text', path]).split('\n')) {
    const depth = (/^ */.exec(line)?.[0].length ?? 0) / 2;
    const body = line.trim();
    if (!body || body.startsWith('/') || body.startsWith('Object ')) continue;
    if (body.startsWith('"')) {
      const owner = open[depth - 1];
      if (owner) owner.text += body.slice(1, -1);
      continue;
    }
    const node = { type: body.split(/[ :]/)[0] ?? '', depth, text: '' };
    nodes.push(node);
    open.length = depth;
    open[depth] = node;
  }
  return nodes;
}

/** Named destinations → 1-based page (pdfinfo -dests). */
export function destinations(path: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of run('pdfinfo', ['-dests', path]).split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match) found.set(match[2] ?? '', Number(match[1]));
  }
  return found;
}

/** pdffonts: each font's name and whether it is embedded. */
export function fonts(path: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** The images in the file (pdfimages -list), one line each. */
export function images(path: string): string[] {
  return run('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim());
}

/** The file expanded by qpdf: uncompressed, one object per `N 0 obj … endobj`, content streams readable. */
export function expanded(path: string): string {
  const out = `${path}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, out]);
  return readFileSync(out).toString('latin1');
}

/** Objects of an expanded file: number → body. */
export function objects(qdf: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of qdf.matchAll(/^(\d+) 0 obj\n([\s\S]*?)\nendobj$/gm)) {
    found.set(Number(match[1]), match[2] ?? '');
  }
  return found;
}

/** A PDF text string's value: (literal) or <hex>, UTF-16BE with a BOM or PDFDocEncoding (Latin-1 here). */
export function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const body = token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e)
        ? String.fromCharCode(parseInt(e, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
    );
  const bytes = Buffer.from(body, 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return body;
}

/** The value of `/Key` in an object body: a reference number, a string, or the raw token. */
export function entry(body: string, key: string): string | undefined {
  const match = new RegExp(
    `/${key}\\s+(\\d+ 0 R|\\([^)]*(?:\\\\\\)[^)]*)*\\)|<[0-9A-Fa-f\\s]*>|/\\w+|true|false|-?[\\d.]+)`,
  ).exec(body);
  return match?.[1];
}

/** The outline's entries, first to last: their titles (the chain of /First, /Next from the catalog's /Outlines). */
export function outlineTitles(qdf: string): string[] {
  const objs = objects(qdf);
  const catalog = [...objs.values()].find((body) => /\/Type \/Catalog/.test(body)) ?? '';
  const ref = (token: string | undefined) => (token ? Number(token.split(' ')[0]) : undefined);
  const root = ref(entry(catalog, 'Outlines'));
  const titles: string[] = [];
  let item = ref(entry(objs.get(root ?? -1) ?? '', 'First'));
  while (item !== undefined) {
    const body = objs.get(item) ?? '';
    titles.push(pdfString(entry(body, 'Title') ?? '()'));
    item = ref(entry(body, 'Next'));
  }
  return titles;
}
