/**
 * The line some bodies end the referat with ("Mødet hævet kl. 17.30."):
 * after the last item, before any signature page. A dagsorden is written
 * before the meeting, so it has none.
 */
import type { Meeting } from '../../model/meeting';
import { closingLine } from '../../template/render';
import { textParagraph, type Block } from '../blocks';
import { xmlSafeLine } from '../sanitize';

/** The closing line's block, or none. */
export function closing(meeting: Meeting): Block[] {
  if (meeting.kind === 'dagsorden') return [];
  const line = xmlSafeLine(closingLine(meeting)).trim();
  return line ? [textParagraph('Normal', line)] : [];
}
