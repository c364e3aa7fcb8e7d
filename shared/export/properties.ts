import { formatDateDashed, secretaryOf } from '../model/derived';
import type { Meeting } from '../model/meeting';
import { documentTitle } from '../template/render';
import type { ExportOptions } from './options';
import { xmlSafeLine } from './sanitize';

/** A document's descriptive properties, the same in the .docx and the PDF, from the meeting and its template. */
export interface DocumentProperties {
  /** The template's title line: "REFERAT Direktionen d. 29-01-2018", "Teknik- og Miljøudvalget – Referat – 12. maj 2021". */
  title: string;
  /** The public version's label when the template has one ("Åbent referat"), else "Referat (offentlig version)". */
  subject: string;
  author: string;
  keywords: string;
  description: string;
  /** The template's name ("Fagudvalg"), so IT can tell which template wrote a file. */
  template: string;
}

/** The properties of the referat (or dagsorden) of `meeting` in the version `options` asks for. */
export function documentProperties(meeting: Meeting, options: ExportOptions): DocumentProperties {
  const title = xmlSafeLine(documentTitle(meeting));
  const body = xmlSafeLine(meeting.body.trim());
  const secretary = xmlSafeLine(secretaryOf(meeting)?.name ?? '');
  const version = options.version === 'public' ? 'offentlig version' : 'intern version';
  const kind = meeting.kind === 'dagsorden' ? 'Dagsorden' : 'Referat';
  const label = xmlSafeLine(meeting.template.document.publicLabel).trim();
  const template = xmlSafeLine(meeting.template.name).trim();
  return {
    title,
    subject: options.version === 'public' && label ? label : `${kind} (${version})`,
    author: secretary || 'Referat',
    keywords: [meeting.kind, body, formatDateDashed(meeting.date), template]
      .filter(Boolean)
      .join(', '),
    description: `${title}, ${version}`,
    template,
  };
}
