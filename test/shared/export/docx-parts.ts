/**
 * Reads an exported .docx back for structure tests: the zip's XML parts as
 * text, and a strict well-formedness check (a real XML parser plus the XML
 * 1.0 Char production, which parsers in JavaScript do not enforce).
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx: path inside the zip → text. */
export type DocxParts = Map<string, string>;

/** Unzips a .docx and decodes every part as UTF-8. */
export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** One part, or an error naming what is missing. */
export function part(parts: DocxParts, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`${path} is missing from the .docx`);
  return text;
}

// Everything outside XML 1.0's Char production, including lone surrogates (the u flag sees them as code points).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The first well-formedness problem of an XML text, or null. */
export function xmlProblem(xml: string): string | null {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16) ?? '?';
    return `character U+${code} at ${bad.index}: ${JSON.stringify(xml.slice(bad.index - 40, bad.index + 10))}`;
  }
  const problems: string[] = [];
  const record = (level: string) => (message: string) => problems.push(`${level}: ${message}`);
  new DOMParser({
    errorHandler: {
      warning: record('warning'),
      error: record('error'),
      fatalError: record('fatal'),
    },
  }).parseFromString(xml, 'application/xml');
  return problems[0] ?? null;
}

/** Problems of every XML part of a .docx (empty when all are well-formed). */
export function docxProblems(parts: DocxParts): string[] {
  return [...parts]
    .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
    .flatMap(([path, xml]) => {
      const problem = xmlProblem(xml);
      return problem ? [`${path}: ${problem}`] : [];
    });
}

/** The visible text of document.xml: the contents of every w:t, in order. */
export function documentText(parts: DocxParts): string {
  const xml = part(parts, 'word/document.xml');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
