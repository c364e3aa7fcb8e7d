/**
 * The signature page some bodies end their referat with (underskriftsblad):
 * the template's title on a new page, then a line to sign on above each
 * signer's printed name. The secretary writes the referat and does not sign
 * it; a dagsorden has no signatures.
 */
import type { Meeting } from '../../model/meeting';
import { participantName } from '../../template/render';
import { textParagraph, type Block } from '../blocks';
import { xmlSafeLine } from '../sanitize';

/** The line signed on: wide enough for a hand-written name. */
const SIGNATURE_LINE = '_'.repeat(40);

/** Who signs, in the participants' order: as the template says, never the secretary. */
export function signers(meeting: Meeting): Meeting['participants'] {
  const { who } = meeting.template.signatures;
  return meeting.participants.filter(
    (p) =>
      p.name.trim() !== '' &&
      !/^sekretær$/i.test(p.role.trim()) &&
      (who === 'all' || p.attendance !== 'absent'),
  );
}

/** The signature page's blocks, or none when the template has none or this is a dagsorden. */
export function signaturePage(meeting: Meeting): Block[] {
  const { show, title } = meeting.template.signatures;
  if (!show || meeting.kind === 'dagsorden') return [];
  return [
    {
      ...textParagraph('Heading1', xmlSafeLine(title).trim() || 'Underskrifter'),
      pageBreakBefore: true,
    },
    ...signers(meeting).flatMap((p) => [
      textParagraph('Normal', ''),
      textParagraph('Normal', SIGNATURE_LINE),
      textParagraph(
        'Normal',
        xmlSafeLine(participantName(p, meeting.template, meeting.participants)),
      ),
    ]),
  ];
}
