import type { TemplateInput } from '../schema';

/**
 * The Direktion's referat (the seed): "REFERAT Direktionen d. 29-01-2018",
 * "Punkt N: titel", the case number alone under the heading, Baggrund,
 * Indstilling, dated decisions, Sagsfremstilling, Bilag; closed items show
 * "Lukket" and the case number in the public version.
 */
export const DIREKTIONEN: TemplateInput = {
  id: 'direktionen',
  name: 'Direktion',
  description:
    'Direktionens referat: punkter med sagsnummer, Baggrund, Indstilling, daterede beslutninger, Sagsfremstilling og Bilag. Hvert punkt på sin egen side.',
  document: {
    title: 'REFERAT[ {organ}] d. {dato}',
    agendaTitle: 'DAGSORDEN[ {organ}] d. {dato}',
    publicLabel: '',
  },
  header: [
    { label: 'Mødedato', value: '{ugedag} d. {dato:lang} kl. {tidsrum}' },
    { label: 'Mødested', value: '{sted}' },
    { label: 'Mødedeltagere', value: '{deltagere}' },
    { label: 'Afbud', value: '{afbud}' },
    { label: 'Fraværende', value: '{fravaerende}' },
  ],
  participant: '{navn}[ ({rolle})]',
  item: {
    heading: 'Punkt {nr}[: {titel}]',
    contentsEntry: '{titel}',
    newPage: true,
    caseNumber: { label: 'Sagsnr.', print: 'alone' },
    fieldsLayout: 'lines',
  },
  fields: [],
  sections: [
    {
      id: 'baggrund',
      label: 'Baggrund',
      kind: 'rich-text',
      help: 'Kort om, hvorfor sagen er på dagsordenen.',
    },
    {
      id: 'indstilling',
      label: 'Indstilling',
      kind: 'rich-text',
      help: 'Hvad Direktionen skal tage stilling til, fx «At Direktionen godkender …».',
    },
    { id: 'beslutning', label: 'Beslutning', kind: 'decisions' },
    {
      id: 'sagsfremstilling',
      label: 'Sagsfremstilling',
      kind: 'rich-text',
      help: 'Sagens indhold: fakta, vurderinger og konsekvenser.',
    },
    { id: 'bilag', label: 'Bilag', kind: 'attachments' },
  ],
  decision: {
    heading: 'Beslutning[ {organ}] den {dato}',
    absentLine: 'none',
    protocolNote: 'Protokolbemærkning[ fra {navne}]:',
    protocolNoteLayout: 'inline',
  },
  closedItems: {
    publicShows: 'case-number',
    label: 'Lukket',
    titleSuffix: ' (Lukket)',
    internalNote: 'Lukket punkt',
  },
  contents: { show: true, title: 'Indholdsfortegnelse', grouping: 'none' },
};
