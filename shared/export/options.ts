/** Which of the two documents to make from one meeting. */
export type ExportVersion = 'public' | 'internal';

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
}
