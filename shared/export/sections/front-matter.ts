import { ATTENDANCE_PLACEHOLDERS } from '../../model/agenda';
import type { Meeting } from '../../model/meeting';
import { parsePattern, placeholdersOf } from '../../template/patterns';
import { documentTitle, headerLines } from '../../template/render';
import { textParagraph, type Block, type ParagraphBlock } from '../blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';

/** "Mødedato    Mandag d. 29. januar 2018 kl. 08:30": a bold label, a tab, the value (hanging indent). */
function labelled(label: string, value: string): ParagraphBlock {
  return {
    kind: 'paragraph',
    style: 'FrontMatter',
    inlines: [
      ...(label ? [{ kind: 'text' as const, text: label, format: { bold: true as const } }] : []),
      { kind: 'tab', format: {} },
      ...(value ? [{ kind: 'text' as const, text: value, format: {} }] : []),
    ],
  };
}

/** A dagsorden reports no attendance: its header leaves out the lines about afbud and fravær. */
function withoutAttendanceLines(meeting: Meeting): Meeting {
  if (meeting.kind !== 'dagsorden') return meeting;
  const header = meeting.template.header.filter((line) => {
    const parsed = parsePattern(line.value);
    return !(
      parsed.ok &&
      placeholdersOf(parsed.parts).some(({ name }) => ATTENDANCE_PLACEHOLDERS.includes(name))
    );
  });
  return { ...meeting, template: { ...meeting.template, header } };
}

/**
 * The front matter as the template writes it: the title line, the public
 * version's label ("Åbent referat") when it has one, then the header lines
 * (Mødedato, Mødested, Mødedeltagere, Afbud …), empty ones left out or
 * printed as the template says ("Afbud: Ingen").
 */
export function frontMatter(meeting: Meeting, options: ExportOptions): Block[] {
  const { publicLabel } = meeting.template.document;
  const blocks: Block[] = [textParagraph('Title', xmlSafeLine(documentTitle(meeting)))];
  if (options.version === 'public' && publicLabel.trim()) {
    blocks.push(textParagraph('Normal', xmlSafeLine(publicLabel.trim()), { bold: true }));
  }
  for (const line of headerLines(withoutAttendanceLines(meeting))) {
    blocks.push(labelled(xmlSafeLine(line.label.trim()), xmlSafeLine(line.value)));
  }
  return blocks;
}
