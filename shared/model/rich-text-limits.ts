import type { RichTextNode } from './rich-text';

/**
 * Bounds of every number Lexical reads from a serialized node. Lexical takes
 * them as they come: a table cell with `colSpan: 1e9` makes its table map a
 * billion entries (the window froze for a minute, then threw a RangeError);
 * an `indent` of a million pads a paragraph off the screen. The bounds are
 * far beyond anything the editor produces or a referat needs.
 *
 * The read pipeline clamps to them (shared/model/rich-text-sanitize.ts), the
 * schema refuses values outside them (rich-text-schema.ts: IPC and saves),
 * and the editor cannot go past them (renderer/src/rich-text/NumberBoundsPlugin.tsx).
 */

/** Deepest paragraph indent, and list nesting the editor's Tab key goes to. */
export const MAX_INDENT = 10;
/**
 * A list item's `indent` is its nesting depth; the editor stops at
 * MAX_INDENT, but a pasted list may be deeper. The tree-depth limit
 * (200 nodes, two per list level) already bounds it at about 100.
 */
export const MAX_LIST_NESTING = 100;
/** Most columns or rows one table cell may span. */
export const MAX_SPAN = 100;
/**
 * Most cells the spans of one table may add to its grid (Σ colSpan × rowSpan
 * − 1). The editor has no merged cells: on load it splits every span into
 * that many real cells, so this bounds the cells a file can make the page
 * build: up to about a thousand, which opened in 0.3 s more than the plain
 * table here (spans of 10 × 11 across nine rows became 810 cells).
 */
export const MAX_SPAN_AREA = 1_000;
/** Largest list start or list-item number. */
export const MAX_LIST_NUMBER = 1_000_000;
/** Largest width or height in pixels (cells, rows, columns). */
export const MAX_PIXELS = 10_000;

/** How one numeric field is bounded; `fallback` replaces a value that is not a number at all. */
interface NumberRule {
  min: number;
  max: number;
  fallback: number;
  /** A bitmask out of range means nothing: it becomes `fallback` rather than the nearest bound. */
  bitmask?: true;
}

/**
 * By field name, whatever the node kind: each name means the same in every
 * kind that has it. `format` is a number only on text (a bitmask); elements
 * store their alignment as a string, which is not a number and is left alone.
 */
export const NUMBER_RULES: Readonly<Record<string, NumberRule>> = {
  version: { min: 0, max: 1000, fallback: 1 },
  indent: { min: 0, max: MAX_INDENT, fallback: 0 },
  format: { min: 0, max: 2047, fallback: 0, bitmask: true },
  textFormat: { min: 0, max: 2047, fallback: 0, bitmask: true },
  detail: { min: 0, max: 3, fallback: 0, bitmask: true },
  headerState: { min: 0, max: 3, fallback: 0, bitmask: true },
  start: { min: 0, max: MAX_LIST_NUMBER, fallback: 1 },
  // Lexical numbers items from the list's start, so an item's value can pass it.
  value: { min: 0, max: 10 * MAX_LIST_NUMBER, fallback: 1 },
  colSpan: { min: 1, max: MAX_SPAN, fallback: 1 },
  rowSpan: { min: 1, max: MAX_SPAN, fallback: 1 },
  width: { min: 0, max: MAX_PIXELS, fallback: 0 },
  height: { min: 0, max: MAX_PIXELS, fallback: 0 },
  frozenColumnCount: { min: 0, max: MAX_SPAN, fallback: 0 },
  frozenRowCount: { min: 0, max: MAX_SPAN, fallback: 0 },
};

const LIST_ITEM_INDENT: NumberRule = { min: 0, max: MAX_LIST_NESTING, fallback: 0 };

/** The rule for `key` on a node of kind `type`, if that field is a bounded number. */
function ruleFor(type: unknown, key: string): NumberRule | undefined {
  return key === 'indent' && type === 'listitem' ? LIST_ITEM_INDENT : NUMBER_RULES[key];
}

const ELEMENT_KEYS = ['version', 'indent', 'textFormat'];
const TEXT_KEYS = ['version', 'format', 'detail'];
/**
 * The numeric fields Lexical reads, per node kind: looking up these few
 * beats walking every key of every node (a 290-page meeting has tens of
 * thousands of nodes, and this runs on every save's validation). A kind not
 * listed, from a newer or foreign editor, is checked for every bounded field.
 */
const KEYS_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  root: ELEMENT_KEYS,
  paragraph: ELEMENT_KEYS,
  heading: ELEMENT_KEYS,
  link: ELEMENT_KEYS,
  autolink: ELEMENT_KEYS,
  text: TEXT_KEYS,
  tab: TEXT_KEYS,
  linebreak: ['version'],
  list: [...ELEMENT_KEYS, 'start'],
  listitem: [...ELEMENT_KEYS, 'value'],
  table: [...ELEMENT_KEYS, 'frozenColumnCount', 'frozenRowCount'],
  tablerow: [...ELEMENT_KEYS, 'height'],
  tablecell: [...ELEMENT_KEYS, 'colSpan', 'rowSpan', 'width', 'headerState'],
};

type Bound = readonly [key: string, rule: NumberRule];

/** The bounds to check per kind, resolved once (rules as a list, not looked up per node). */
const BOUNDS_BY_KIND = new Map<string, readonly Bound[]>(
  Object.entries(KEYS_BY_KIND).map(([kind, keys]) => [
    kind,
    keys.map((key) => [key, ruleFor(kind, key) as NumberRule] as const),
  ]),
);
const ALL_BOUNDS: readonly Bound[] = Object.entries(NUMBER_RULES);

function boundsOf(node: RichTextNode): readonly Bound[] {
  return BOUNDS_BY_KIND.get(node.type) ?? ALL_BOUNDS;
}

/** Lexical also reads numbers written as strings ("1e9"); so do these checks. */
function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** True when `value` is a number Lexical may be given for `rule`. */
function fits(value: unknown, rule: NumberRule): boolean {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max
  );
}

/** The nearest allowed value: integers within the rule's range, `fallback` for non-numbers. */
function clampTo(value: unknown, rule: NumberRule): number {
  const number = asNumber(value);
  if (number === null) return rule.fallback;
  const whole = Math.floor(number);
  if (rule.bitmask) return whole >= rule.min && whole <= rule.max ? whole : rule.fallback;
  return Math.min(rule.max, Math.max(rule.min, whole));
}

/**
 * The first number in `node` itself (not its children) that is out of
 * bounds, as "colSpan 1000000000 (0–100)"; null when all fit. Fields that
 * hold no number (an element's `format` string) are not numbers to check.
 */
export function numberProblem(node: RichTextNode): string | null {
  const bounds = boundsOf(node);
  for (let i = 0; i < bounds.length; i++) {
    const [key, rule] = bounds[i] as Bound;
    const value = node[key];
    if (value === undefined || value === null) continue;
    if (key === 'format' && typeof value === 'string') continue;
    if (!fits(value, rule)) return `${key} ${JSON.stringify(value)} (${rule.min}–${rule.max})`;
  }
  const widths = node.colWidths;
  if (widths !== undefined) {
    if (!Array.isArray(widths)) return 'colWidths is not a list';
    const rule = NUMBER_RULES.width as NumberRule;
    const bad: unknown = widths.find((width) => !fits(width, rule));
    if (bad !== undefined) return `colWidths ${JSON.stringify(bad)} (0–${MAX_PIXELS})`;
  }
  return null;
}

/**
 * `node` with every out-of-bounds number set to the nearest allowed value
 * (see NUMBER_RULES), and how many were changed. The same node when none was.
 */
export function clampNumbers(node: RichTextNode): { node: RichTextNode; changed: number } {
  let copy: RichTextNode | null = null;
  let changed = 0;
  for (const [key, rule] of boundsOf(node)) {
    const value = node[key];
    if (value === undefined || value === null || fits(value, rule)) continue;
    if (key === 'format' && typeof value === 'string') continue;
    copy ??= { ...node };
    copy[key] = clampTo(value, rule);
    changed++;
  }
  const widths = node.colWidths;
  if (widths !== undefined) {
    const rule = NUMBER_RULES.width as NumberRule;
    if (!Array.isArray(widths)) {
      copy ??= { ...node };
      delete copy.colWidths;
      changed++;
    } else if (!widths.every((width) => fits(width, rule))) {
      copy ??= { ...node };
      copy.colWidths = widths.map((width) => clampTo(width, rule));
      changed++;
    }
  }
  return { node: copy ?? node, changed };
}

/** The cells of a serialized table, row by row (non-node entries skipped). */
function cellsOf(tableNode: RichTextNode): RichTextNode[][] {
  return (tableNode.children ?? []).map((row) =>
    Array.isArray(row?.children)
      ? row.children.filter((c) => typeof c === 'object' && c !== null)
      : [],
  );
}

/** What one cell's spans add to its table's grid, with its spans read as Lexical would (bounded). */
function spanArea(cell: RichTextNode): number {
  const colSpan = clampTo(cell.colSpan ?? 1, NUMBER_RULES.colSpan as NumberRule);
  const rowSpan = clampTo(cell.rowSpan ?? 1, NUMBER_RULES.rowSpan as NumberRule);
  return colSpan * rowSpan - 1;
}

/** How many cells the spans of a table's cells add to its grid (see MAX_SPAN_AREA). */
export function tableSpanArea(tableNode: RichTextNode): number {
  let area = 0;
  for (const cells of cellsOf(tableNode)) for (const cell of cells) area += spanArea(cell);
  return area;
}

/** For a table node: a problem when its spans add more than MAX_SPAN_AREA cells; null otherwise. */
export function tableProblem(tableNode: RichTextNode): string | null {
  const area = tableSpanArea(tableNode);
  return area > MAX_SPAN_AREA ? `cell spans add ${area} cells (at most ${MAX_SPAN_AREA})` : null;
}

/**
 * A table whose spans add at most MAX_SPAN_AREA cells: otherwise every span
 * becomes 1 (the cells and their text stay; the table loses its merges).
 * Lexical's table map holds one entry per grid cell, so this bounds it.
 */
export function boundTableSpans(tableNode: RichTextNode): { node: RichTextNode; changed: number } {
  if (tableSpanArea(tableNode) <= MAX_SPAN_AREA) return { node: tableNode, changed: 0 };
  let changed = 0;
  const children = (tableNode.children ?? []).map((row) => {
    if (!Array.isArray(row?.children)) return row;
    const cells = row.children.map((cell) => {
      if (typeof cell !== 'object' || cell === null) return cell;
      if ((cell.colSpan ?? 1) === 1 && (cell.rowSpan ?? 1) === 1) return cell;
      changed++;
      return { ...cell, colSpan: 1, rowSpan: 1 };
    });
    return { ...row, children: cells };
  });
  return { node: { ...tableNode, children }, changed };
}
