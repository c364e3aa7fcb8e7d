import type { TemplateInput } from '../schema';

/**
 * A byråd / kommunalbestyrelse: "Kommunalbestyrelsen - Referat", the
 * public file labelled "Åbent referat", a metadata line under each heading
 * (Sagsnr., Dok.nr., Sagsgang), Beslutningstema first, and the contents
 * grouped into open and closed items; closed items keep title and decision.
 */
export const BYRAAD: TemplateInput = {
  id: 'byraad',
  name: 'Byråd / kommunalbestyrelse',
  description:
    'Byråd eller kommunalbestyrelse: metadatalinje under hvert punkt, Beslutningstema, åbne og lukkede punkter hver for sig i indholdsfortegnelsen.',
  document: {
    title: '[{organ} - ]Referat',
    agendaTitle: '[{organ} - ]Dagsorden',
    publicLabel: 'Åbent referat',
    closing: '[Mødet hævet kl. {slut}.]',
  },
  header: [
    { label: 'Dato', value: '{ugedag} den {dato:lang}' },
    { label: 'Tidspunkt', value: 'kl. {tidsrum}' },
    { label: 'Sted', value: '{sted}' },
    { label: 'Medlemmer', value: '{deltagere}' },
    { label: 'Fraværende', value: '{afbud}', whenEmpty: 'text', emptyText: 'Ingen' },
    { label: 'Bemærkninger', value: '{bemaerkninger}' },
  ],
  meetingFields: [
    {
      id: 'bemaerkninger',
      label: 'Bemærkninger',
      help: 'Fx hvem der gik under mødet eller ikke deltog i den lukkede del. Udelades, når tomt.',
    },
  ],
  participant: '{navn}[ ({parti})]',
  item: {
    heading: 'Nr.{nr} - {titel}',
    contentsEntry: '{nr}. {titel}',
    newPage: true,
    caseNumber: { label: 'Sagsnr.', print: 'labelled' },
    fieldsLayout: 'one-line',
  },
  fields: [
    { id: 'doknr', label: 'Dok.nr.', kind: 'text' },
    { id: 'sagsgang', label: 'Sagsgang', kind: 'text', help: 'Fx «ØU, KB».' },
  ],
  sections: [
    {
      id: 'beslutningstema',
      label: 'Beslutningstema',
      kind: 'rich-text',
      help: 'Hvad skal kommunalbestyrelsen beslutte? Én til tre sætninger.',
    },
    { id: 'indstilling', label: 'Indstilling', kind: 'rich-text' },
    { id: 'beslutning', label: 'Beslutning', kind: 'decisions' },
    { id: 'sagsfremstilling', label: 'Sagsfremstilling', kind: 'rich-text' },
    {
      id: 'oekonomi',
      label: 'Økonomi',
      kind: 'rich-text',
      whenEmpty: 'text',
      emptyText: 'Ingen.',
    },
    { id: 'bilag', label: 'Bilag', kind: 'attachments' },
  ],
  decision: {
    heading: 'Beslutning i {organ} den {dato:lang}',
    absentLine: 'when-absent',
    absentLabel: 'Fraværende',
    // A byråd's notes are often several paragraphs long: the words stand alone above them.
    protocolNote: 'Protokolbemærkning[ fra {navne}]:',
    protocolNoteLayout: 'below',
  },
  closedItems: {
    publicShows: 'title-and-decision',
    label: 'Lukket',
    titleSuffix: ' (Lukket)',
    internalNote: 'Lukket punkt',
  },
  contents: {
    show: true,
    title: 'Indholdsfortegnelse',
    grouping: 'open-closed',
    openLabel: 'Åbne punkter',
    closedLabel: 'Lukkede punkter',
  },
};
