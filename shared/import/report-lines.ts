import type { ImportReport, ItemRule } from './recognise';

const FOUND_BY: Record<ItemRule, string> = {
  pattern: 'skabelonens punktoverskrift',
  headings: 'typografien Overskrift 1',
  bold: 'fede, nummererede linjer',
  'numbered-list': 'nummererede overskrifter',
  none: 'ingen',
};

/** How the items were found, in Danish ("fundet ved skabelonens punktoverskrift"). */
export function describeItemRule(rule: ItemRule): string {
  return FOUND_BY[rule];
}

/** The report as Danish lines (the CLI prints these; the app's preview shows the same facts). */
export function describeReport(report: ImportReport): string[] {
  const lines = [
    `Organ: ${report.body || '(ikke fundet)'}`,
    `Dato: ${report.date ?? '(ikke fundet; dagens dato er brugt)'}${report.startTime ? ` kl. ${report.startTime}` : ''}`,
    `Sted: ${report.venue || '(ikke fundet)'}`,
    `Deltagere: ${report.participants.length > 0 ? report.participants.join(', ') : '(ikke fundet)'}`,
    `${report.items.length} punkter, fundet ved ${describeItemRule(report.itemsFoundBy)}:`,
    ...report.items.map(
      (item) =>
        `  ${item.number}. ${item.title || '(uden titel)'}${item.caseNumber ? ` [${item.caseNumber}]` : ''}${item.closed ? ' (lukket)' : ''}${item.filled.length > 0 ? ` — ${item.filled.join(', ')}` : ''}`,
    ),
    ...report.unplaced,
    ...report.notices,
  ];
  return lines;
}
