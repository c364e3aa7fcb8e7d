import type { Meeting } from '../../model/meeting';
import type { RichText } from '../../model/rich-text';
import { emptyTally, sanitizeRichText, type SanitizeTally } from '../../model/rich-text-sanitize';

/** Applies `clean` to every rich-text field of the meeting; unchanged items keep their identity. */
function mapRichText(meeting: Meeting, clean: (text: RichText) => RichText): Meeting {
  let changed = false;
  const items = meeting.items.map((item) => {
    let sectionsChanged = false;
    const sections: Record<string, RichText> = {};
    for (const [id, text] of Object.entries(item.sections)) {
      sections[id] = clean(text);
      if (sections[id] !== text) sectionsChanged = true;
    }
    let decisionsChanged = false;
    const decisions = item.decisions.map((decision) => {
      const text = clean(decision.text);
      if (text === decision.text) return decision;
      decisionsChanged = true;
      return { ...decision, text };
    });
    if (!sectionsChanged && !decisionsChanged) return item;
    changed = true;
    return {
      ...item,
      sections: sectionsChanged ? sections : item.sections,
      decisions: decisionsChanged ? decisions : item.decisions,
    };
  });
  return changed ? { ...meeting, items } : meeting;
}

function messages(tally: SanitizeTally): string[] {
  const lines: string[] = [];
  if (tally.styles > 0) {
    const where = tally.styles === 1 ? 'ét sted' : `${tally.styles} steder`;
    lines.push(
      `Formatering fra et andet program (fx farver, skrifttyper eller placering) er fjernet ${where}; teksten er uændret.`,
    );
  }
  return lines;
}

/**
 * Removes from every formatted section what the editor would never have
 * written itself (see shared/model/rich-text-sanitize.ts), keeping the text.
 */
export function sanitizeMeetingText(meeting: Meeting): { meeting: Meeting; repairs: string[] } {
  const tally = emptyTally();
  const cleaned = mapRichText(meeting, (text) => sanitizeRichText(text, tally));
  return { meeting: cleaned, repairs: messages(tally) };
}
