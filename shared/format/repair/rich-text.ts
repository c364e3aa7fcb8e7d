import type { RichText } from '../../model/rich-text';
import { emptyTally, sanitizeRichText, type SanitizeTally } from '../../model/rich-text-sanitize';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanField(holder: Record<string, unknown>, key: string, tally: SanitizeTally): void {
  const value = holder[key];
  if (value !== undefined) holder[key] = sanitizeRichText(value as RichText, tally);
}

function messages(tally: SanitizeTally): string[] {
  const lines: string[] = [];
  if (tally.styles > 0) {
    const where = tally.styles === 1 ? 'ét sted' : `${tally.styles} steder`;
    lines.push(
      `Formatering fra et andet program (fx farver, skrifttyper eller placering) er fjernet ${where}; teksten er uændret.`,
    );
  }
  if (tally.numbers > 0) {
    lines.push(
      'Tal i formateringen (fx indrykning eller tabelceller) var uden for det mulige og er rettet; teksten er uændret.',
    );
  }
  return lines;
}

/**
 * Removes from every formatted section of a just-parsed meeting (each item's
 * `sections`, each decision's `text`) what the editor would never have
 * written (inline styles) and brings every number within bounds
 * (shared/model/rich-text-sanitize.ts), keeping the text. Runs before
 * validation, on the parsed JSON, because the schema refuses out-of-range
 * numbers: a file is repaired, a save is refused. Changes the value in
 * place: it is the read pipeline's own freshly parsed copy.
 */
export function sanitizeStoredText(meeting: unknown): string[] {
  const tally = emptyTally();
  const items = isRecord(meeting) ? meeting.items : undefined;
  if (!Array.isArray(items)) return [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const sections = item.sections;
    if (isRecord(sections)) for (const id of Object.keys(sections)) cleanField(sections, id, tally);
    if (!Array.isArray(item.decisions)) continue;
    for (const decision of item.decisions) {
      if (isRecord(decision)) cleanField(decision, 'text', tally);
    }
  }
  return messages(tally);
}
