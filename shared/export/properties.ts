import { formatDateDashed, secretaryOf } from '../model/derived';
import type { Meeting } from '../model/meeting';
import { documentTitle } from '../template/render';
import type { ExportOptions } from './options';
import { xmlSafeLine } from './sanitize';

/** A document's descriptive properties, the same in the .docx and the PDF. */
export interface DocumentProperties {
  /** "Referat Direktionen d. 29. januar 2018": shown as the window title of a PDF viewer. */
  title: string;
  subject: string;
  author: string;
  keywords: string;
  description: string;
}

/** The properties of the referat (or dagsorden) of `meeting` in the version `options` asks for. */
export function documentProperties(meeting: Meeting, options: ExportOptions): DocumentProperties {
  const title = xmlSafeLine(documentTitle(meeting));
  const body = xmlSafeLine(meeting.body.trim());
  const secretary = xmlSafeLine(secretaryOf(meeting)?.name ?? '');
  const version = options.version === 'public' ? 'offentlig version' : 'intern version';
  return {
    title,
    subject: `${meeting.kind === 'dagsorden' ? 'Dagsorden' : 'Referat'} (${version})`,
    author: secretary || 'Referat',
    keywords: [meeting.kind, body, formatDateDashed(meeting.date)].filter(Boolean).join(', '),
    description: `${title}, ${version}`,
  };
}
