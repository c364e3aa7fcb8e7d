/**
 * Generates shared/export/metrics/carlito.ts: the advance widths of Carlito,
 * the metric-compatible clone of Calibri (SIL Open Font License 1.1, so its
 * metrics may be redistributed), read from the installed font files.
 *
 * The Word export writes Calibri; Word lays it out with Calibri and
 * LibreOffice with Carlito, which has the same advance widths. The export's
 * own pagination (shared/export/layout) measures text with this table so the
 * contents page numbers match both without shipping a font.
 *
 * Run: npx tsx scripts/extract-carlito-metrics.ts [font folder]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

const FONT_DIR = process.argv[2] ?? '/usr/share/fonts/truetype/crosextra';
const OUT = resolve(import.meta.dirname, '../shared/export/metrics/carlito.ts');
const FACES = {
  regular: 'Carlito-Regular.ttf',
  bold: 'Carlito-Bold.ttf',
  italic: 'Carlito-Italic.ttf',
  boldItalic: 'Carlito-BoldItalic.ttf',
} as const;
/** Blocks a referat uses: Latin, Latin-1, Latin Extended, Greek, Cyrillic, punctuation, currency, letterlike, arrows, math. */
const RANGES: [number, number][] = [
  [0x20, 0x24f],
  [0x370, 0x4ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
  [0x2100, 0x21ff],
  [0x2200, 0x22ff],
];

interface Tables {
  unitsPerEm: number;
  advance(glyph: number): number;
  glyphOf(codePoint: number): number;
  ligatures(): { components: number[]; glyph: number }[];
}

function readFont(path: string): Tables {
  const data = readFileSync(path);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(data.toString('latin1', record, record + 4), view.getUint32(record + 8));
  }
  const offset = (tag: string): number => {
    const found = tables.get(tag);
    if (found === undefined) throw new Error(`${path}: no ${tag} table`);
    return found;
  };
  const unitsPerEm = view.getUint16(offset('head') + 18);
  const metricCount = view.getUint16(offset('hhea') + 34);
  const hmtx = offset('hmtx');
  const advance = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4);

  // cmap: the Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  const cmap = offset('cmap');
  let sub = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    if (view.getUint16(rec) === 3 && view.getUint16(rec + 2) === 1) {
      sub = cmap + view.getUint32(rec + 4);
    }
  }
  if (sub < 0 || view.getUint16(sub) !== 4) throw new Error(`${path}: no format-4 cmap`);
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphOf = (cp: number): number => {
    for (let s = 0; s < segCount; s++) {
      if (cp > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const ro = view.getUint16(rangeOffsets + s * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + ro + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  return { unitsPerEm, advance, glyphOf, ligatures: () => readLigatures(view, offset('GSUB')) };
}

/** The standard ligatures (GSUB feature 'liga', lookup type 4, possibly in type-7 extensions): components → ligature glyph. */
function readLigatures(view: DataView, gsub: number): { components: number[]; glyph: number }[] {
  const u16 = (o: number) => view.getUint16(o);
  const featureList = gsub + u16(gsub + 6);
  const lookupList = gsub + u16(gsub + 8);
  const lookups = new Set<number>();
  for (let i = 0; i < u16(featureList); i++) {
    const record = featureList + 2 + i * 6;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (tag !== 'liga') continue;
    const feature = featureList + u16(record + 4);
    for (let j = 0; j < u16(feature + 2); j++) lookups.add(u16(feature + 4 + j * 2));
  }
  const coverage = (o: number): number[] => {
    const out: number[] = [];
    if (u16(o) === 1) for (let i = 0; i < u16(o + 2); i++) out.push(u16(o + 4 + i * 2));
    else
      for (let i = 0; i < u16(o + 2); i++) {
        for (let g = u16(o + 4 + i * 6); g <= u16(o + 6 + i * 6); g++) out.push(g);
      }
    return out;
  };
  const result: { components: number[]; glyph: number }[] = [];
  for (const index of [...lookups].sort((a, b) => a - b)) {
    const lookup = lookupList + u16(lookupList + 2 + index * 2);
    for (let s = 0; s < u16(lookup + 4); s++) {
      let sub = lookup + u16(lookup + 6 + s * 2);
      let type = u16(lookup);
      if (type === 7) {
        type = u16(sub + 2);
        sub += view.getUint32(sub + 4);
      }
      if (type !== 4) continue;
      const firsts = coverage(sub + u16(sub + 2));
      for (let k = 0; k < u16(sub + 4); k++) {
        const set = sub + u16(sub + 6 + k * 2);
        for (let j = 0; j < u16(set); j++) {
          const lig = set + u16(set + 2 + j * 2);
          const count = u16(lig + 2);
          const rest = Array.from({ length: count - 1 }, (_, x) => u16(lig + 4 + x * 2));
          result.push({ components: [firsts[k] ?? 0, ...rest], glyph: u16(lig) });
        }
      }
    }
  }
  return result;
}

const lines: string[] = [];
const ligatureLines: string[] = [];
let unitsPerEm = 0;
for (const [face, file] of Object.entries(FACES)) {
  const font = readFont(join(FONT_DIR, file));
  unitsPerEm = font.unitsPerEm;
  const runs: string[] = [];
  for (const [from, to] of RANGES) {
    const widths: number[] = [];
    for (let cp = from; cp <= to; cp++) {
      const glyph = font.glyphOf(cp);
      // 0 marks "no glyph": the layout then measures an average letter.
      widths.push(glyph === 0 ? 0 : font.advance(glyph));
    }
    runs.push(`    [0x${from.toString(16)}, '${widths.map((w) => w.toString(36)).join(',')}'],`);
  }
  lines.push(`  ${face}: [\n${runs.join('\n')}\n  ],`);

  // Ligatures as text → width change (ligature advance − components' advances), in the order the font tries them.
  const charsOf = new Map<number, string[]>();
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const glyph = font.glyphOf(cp);
      if (glyph !== 0)
        charsOf.set(glyph, [...(charsOf.get(glyph) ?? []), String.fromCodePoint(cp)]);
    }
  }
  const entries: string[] = [];
  for (const { components, glyph } of font.ligatures()) {
    const options = components.map((g) => charsOf.get(g) ?? []);
    if (options.some((o) => o.length === 0)) continue;
    const delta = font.advance(glyph) - components.reduce((sum, g) => sum + font.advance(g), 0);
    const texts = options.reduce<string[]>(
      (acc, o) => acc.flatMap((a) => o.map((c) => a + c)),
      [''],
    );
    for (const text of texts) entries.push(`${text}:${delta}`);
  }
  ligatureLines.push(`  ${face}: '${entries.join(',')}',`);
}

const source = `/**
 * GENERATED by scripts/extract-carlito-metrics.ts — do not edit.
 *
 * Advance widths of Carlito (metric-compatible with Calibri; SIL Open Font
 * License 1.1) in font units (${unitsPerEm} per em), per face. Each run is
 * [first code point, comma-separated base-36 widths]; 0 means no glyph.
 */
export const CARLITO_UNITS_PER_EM = ${unitsPerEm};

/** Width runs per face. */
export const CARLITO_WIDTH_RUNS = {
${lines.join('\n')}
} as const;

/**
 * Standard ligatures (OpenType 'liga'), which LibreOffice's shaper applies by
 * default: "text:delta" pairs, delta = the ligature's advance minus its
 * letters' advances (font units), in the order the font tries them.
 */
export const CARLITO_LIGATURES = {
${ligatureLines.join('\n')}
} as const;
`;
// Formatted as the repository's Prettier config wants, so a regenerated file is clean.
const formatted = await format(source, { ...(await resolveConfig(OUT)), filepath: OUT });
writeFileSync(OUT, formatted);
console.log(`wrote ${OUT} (${formatted.length} chars)`);
