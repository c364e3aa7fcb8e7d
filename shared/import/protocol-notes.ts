/**
 * Protokolbemærkninger read back from a referat: the export prints them
 * last in a decision, in the template's words ("Protokolbemærkning fra
 * Enhedslisten: …"), so a paragraph opening with those words starts a note
 * and every paragraph after it, up to the next such words, is its
 * statement. Who it is from is kept as the note's free text, exactly as
 * printed: the names cannot be told apart from a party reliably.
 */
import { LIMITS } from '../format/limits';
import { createProtocolNote, type ProtocolNote } from '../model/meeting';
import { plainTextOf, type RichTextNode } from '../model/rich-text';
import type { Template } from '../template/schema';
import { patternMatcher } from './match-pattern';

/** The placeholder the statement is read into; not one a template may use, so it cannot clash. */
const STATEMENT = 'protokoltekst';

/**
 * `{ who, statement }` when `line` opens a note: the words alone (layout
 * `below`) or followed by the statement (`inline`); either is accepted, as
 * a document may have been written with another layout. Null otherwise.
 */
function leadMatcher(
  template: Template,
): (line: string) => { who: string; statement: string } | null {
  const pattern = template.decision.protocolNote;
  // Words of placeholders only ("{navne}:") would take any paragraph for a note.
  if (!/[A-Za-zÆØÅæøå]/.test(pattern.replace(/\{[^}]*\}/g, ''))) return () => null;
  const alone = patternMatcher(pattern);
  const followed = patternMatcher(`${pattern} {${STATEMENT}}`);
  return (line) => {
    const values = alone(line) ?? followed(line);
    return values ? { who: values.navne ?? '', statement: values[STATEMENT] ?? '' } : null;
  };
}

/**
 * Splits a decision's paragraphs into its own text and the notes printed
 * after it. Paragraphs before the first note stay the decision's.
 */
export function splitProtocolNotes(
  nodes: readonly RichTextNode[],
  template: Template,
): { nodes: RichTextNode[]; notes: ProtocolNote[] } {
  const opens = leadMatcher(template);
  const first = nodes.findIndex((node) => opens(plainTextOf(node).trim()) !== null);
  if (first < 0) return { nodes: [...nodes], notes: [] };
  const notes: { who: string; lines: string[] }[] = [];
  for (const node of nodes.slice(first)) {
    const text = plainTextOf(node).trim();
    const lead = opens(text);
    if (lead) notes.push({ who: lead.who, lines: lead.statement ? [lead.statement] : [] });
    else if (text) notes.at(-1)?.lines.push(text);
  }
  return {
    nodes: nodes.slice(0, first),
    notes: notes.slice(0, LIMITS.protocolNotesPerDecision).map(({ who, lines }) => ({
      ...createProtocolNote(),
      byText: who.slice(0, 500),
      text: lines.join('\n').slice(0, LIMITS.protocolNoteChars),
    })),
  };
}
