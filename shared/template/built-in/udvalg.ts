import type { TemplateInput } from '../schema';

/**
 * A standing committee (fagudvalg) as many municipalities publish it:
 * "Teknik- og Miljøudvalget – Referat – 12. maj 2021", "3. Titel", a
 * Beslutningssag/Orienteringssag line, Resume first with guidance for the
 * author, the decision right after Indstilling with a "Fraværende:" line,
 * and Økonomi printing "Ingen." when there is nothing to say.
 */
export const UDVALG: TemplateInput = {
  id: 'udvalg',
  name: 'Fagudvalg',
  description:
    'Stående udvalg: Resume, Indstilling, Beslutning (med fraværende), Sagsfremstilling, Økonomi og Bilag. Sagstype og kompetence under overskriften.',
  document: {
    title: '[{organ} – ]Referat – {dato:lang}',
    agendaTitle: '[{organ} – ]Dagsorden – {dato:lang}',
    publicLabel: '',
  },
  header: [
    { label: 'Dato', value: '{ugedag} den {dato:lang}' },
    { label: 'Tidspunkt', value: 'Kl. {tidsrum}' },
    { label: 'Sted', value: '{sted}' },
    { label: 'Medlemmer', value: '{medlemmer}' },
    { label: 'Afbud', value: '{afbud}', whenEmpty: 'text', emptyText: 'Ingen' },
    { label: 'Fraværende', value: '{fravaerende}' },
  ],
  participant: '{navn}[ ({parti})][, {rolle}]',
  item: {
    heading: '{nr}. {titel}',
    contentsEntry: '{nr}. {titel}',
    newPage: true,
    caseNumber: { label: 'Sagsnr.', print: 'labelled' },
    fieldsLayout: 'lines',
  },
  fields: [
    {
      id: 'sagstype',
      label: 'Sagstype',
      kind: 'choice',
      choices: [
        { value: 'Beslutningssag', short: 'B' },
        { value: 'Orienteringssag', short: 'O' },
      ],
    },
    { id: 'kompetence', label: 'Kompetence', kind: 'text', help: 'Fx «Teknik- og Miljøudvalget».' },
  ],
  sections: [
    {
      id: 'resume',
      label: 'Resume',
      kind: 'rich-text',
      help: 'Meget kort: hvorfor skal sagen behandles, og hvad skal udvalget tage stilling til? Højst fem linjer.',
    },
    {
      id: 'indstilling',
      label: 'Indstilling',
      kind: 'rich-text',
      help: 'Administrationen indstiller, at … (nummerér, hvis der er flere punkter).',
    },
    { id: 'beslutning', label: 'Beslutning', kind: 'decisions' },
    {
      id: 'sagsfremstilling',
      label: 'Sagsfremstilling',
      kind: 'rich-text',
      help: 'Baggrund, problemstilling og løsningsforslag.',
    },
    {
      id: 'oekonomi',
      label: 'Økonomi',
      kind: 'rich-text',
      help: 'Økonomiske konsekvenser; skriv intet, hvis der ingen er.',
      whenEmpty: 'text',
      emptyText: 'Ingen.',
    },
    { id: 'bilag', label: 'Bilag', kind: 'attachments' },
  ],
  decision: {
    heading: 'Beslutning i {organ} den {dato:lang}:',
    absentLine: 'always',
    absentLabel: 'Fraværende',
    protocolNote: 'Protokolbemærkning[ fra {navne}]:',
    protocolNoteLayout: 'inline',
  },
  closedItems: {
    publicShows: 'number',
    label: 'Lukket punkt',
    titleSuffix: ' (Lukket)',
    internalNote: 'Lukket punkt',
  },
  contents: { show: true, title: 'Indholdsfortegnelse', grouping: 'none' },
};
