import { agendaOf } from '../model/agenda';
import type { Meeting } from '../model/meeting';

/** Which of the two documents to make from one meeting. */
export type ExportVersion = 'public' | 'internal';

/** The referat, or the dagsorden sent out before the meeting. */
export type ExportDocument = 'referat' | 'dagsorden';

/** How to export a meeting. */
export interface ExportOptions {
  /**
   * public: what may be published — a closed item shows only "Punkt N: Lukket"
   * and its case number. internal: everything, closed items marked
   * "Lukket punkt".
   */
  version: ExportVersion;
  /** Some municipalities publish a closed item's title and decision: set to show them in the public version. */
  publicShowsClosedTitles?: boolean;
  /**
   * dagsorden: the meeting as sent out before it is held — the template's
   * dagsorden title, no decisions, attendance, votes or status (see
   * model/agenda.ts). Default: the referat.
   */
  document?: ExportDocument;
}

/** The meeting as the document `options` asks for prints it: itself, or its dagsorden. */
export function documentOf(meeting: Meeting, options: ExportOptions): Meeting {
  return options.document === 'dagsorden' ? agendaOf(meeting) : meeting;
}
