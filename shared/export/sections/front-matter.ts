import type { Meeting, Participant } from '../../model/meeting';
import { documentHeading, formatMeetingTime, participantLabel } from '../../model/derived';
import { textParagraph, type Block, type ParagraphBlock } from '../blocks';
import { xmlSafeLine } from '../sanitize';

/** "Mødedato    Mandag d. 29. januar 2018 kl. 08:30": a bold label, a tab, the value (hanging indent). */
function labelled(label: string, value: string): ParagraphBlock {
  return {
    kind: 'paragraph',
    style: 'FrontMatter',
    inlines: [
      { kind: 'text', text: label, format: { bold: true } },
      { kind: 'tab', format: {} },
      ...(value ? [{ kind: 'text' as const, text: value, format: {} }] : []),
    ],
  };
}

function names(participants: Participant[], withNote: boolean): string {
  return participants
    .map((p) => {
      const label = xmlSafeLine(participantLabel(p));
      const note = xmlSafeLine(p.attendanceNote.trim());
      return withNote && note ? `${label} (${note})` : label;
    })
    .join(', ');
}

/**
 * The front matter: "REFERAT <body> d. <date>", then Mødedato, Mødested,
 * Mødedeltagere (everyone who attended, in order, roles in parentheses) and
 * Afbud / Fraværende lines only when someone was absent.
 */
export function frontMatter(meeting: Meeting): Block[] {
  const attended = meeting.participants.filter((p) => p.attendance !== 'absent');
  const absent = meeting.participants.filter((p) => p.attendance === 'absent');
  const partial = meeting.participants.filter((p) => p.attendance === 'partial');
  const blocks: Block[] = [
    textParagraph('Title', xmlSafeLine(documentHeading(meeting))),
    labelled('Mødedato', xmlSafeLine(formatMeetingTime(meeting))),
  ];
  if (meeting.venue.trim()) blocks.push(labelled('Mødested', xmlSafeLine(meeting.venue.trim())));
  if (attended.length > 0) blocks.push(labelled('Mødedeltagere', names(attended, false)));
  if (absent.length > 0) blocks.push(labelled('Afbud', names(absent, false)));
  if (partial.length > 0) blocks.push(labelled('Fraværende', names(partial, true)));
  return blocks;
}
