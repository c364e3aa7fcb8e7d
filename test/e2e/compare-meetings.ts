/**
 * Compares two meetings in content and formatting, ignoring what is not
 * content. The only normalisations, and why:
 * - `id` fields: generated when the secretary adds something.
 * - `textFormat` on a list: Lexical records there the format the
 *   *next* typed character would get (italic after typing "Fane 1
 *   Overblik:" in italics), caret bookkeeping that the fixture, built
 *   without a caret, does not have. It formats no text.
 * - a decision's body and date: one made in the editor follows the
 *   meeting's (null), the fixture writes them out; what prints is the same.
 * - empty sections: a section never touched is absent from `sections`, one
 *   holding a single empty paragraph is empty too; neither prints anything.
 */
import type { Meeting } from '../../shared/model/meeting';
import { frozenDecision } from '../../shared/model/decisions';
import { isRichText, isRichTextEmpty } from '../../shared/model/rich-text';

/** A deep copy without the ignored keys. */
export function normalizeMeeting(meeting: Meeting): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .filter(([key]) => !(key === 'textFormat' && (value as { type?: unknown }).type === 'list'))
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  const withoutEmptySections = {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      decisions: item.decisions.map((decision) => frozenDecision(decision, meeting)),
      sections: Object.fromEntries(
        Object.entries(item.sections).filter(
          ([, text]) => !(isRichText(text) && isRichTextEmpty(text)),
        ),
      ),
    })),
  };
  return strip(withoutEmptySections);
}
