import type { TemplateInput } from '../schema';

/**
 * A plain internal meeting (afdelingsmøde, styregruppe): no case numbers,
 * Drøftelse, Beslutning and Opfølgning per item, items running on without
 * page breaks and no contents list.
 */
export const INTERNT: TemplateInput = {
  id: 'internt',
  name: 'Internt møde',
  description:
    'Enkelt internt møde: Drøftelse, Beslutning og Opfølgning pr. punkt, uden sagsnumre, indholdsfortegnelse og sideskift.',
  document: {
    title: 'Referat[ af {organ}] den {dato:lang}',
    agendaTitle: 'Dagsorden[ for {organ}] den {dato:lang}',
    publicLabel: '',
  },
  header: [
    { label: 'Dato', value: '{dato:lang} kl. {tidsrum}' },
    { label: 'Sted', value: '{sted}' },
    { label: 'Deltagere', value: '{deltagere}' },
    { label: 'Afbud', value: '{afbud}' },
  ],
  participant: '{navn}[ ({initialer})]',
  item: {
    heading: '{nr}. {titel}',
    contentsEntry: '{nr}. {titel}',
    newPage: false,
    caseNumber: { label: 'Sagsnr.', print: 'no' },
    fieldsLayout: 'lines',
  },
  fields: [],
  sections: [
    { id: 'droeftelse', label: 'Drøftelse', kind: 'rich-text', help: 'Hvad blev drøftet?' },
    { id: 'beslutning', label: 'Beslutning', kind: 'decisions' },
    {
      id: 'opfoelgning',
      label: 'Opfølgning',
      kind: 'rich-text',
      help: 'Hvem gør hvad, og hvornår?',
    },
    { id: 'bilag', label: 'Bilag', kind: 'attachments' },
  ],
  decision: {
    heading: 'Beslutning',
    absentLine: 'none',
    // No §11 in an internal meeting, but a remark for the record is still one.
    protocolNote: 'Bemærkning til referatet[ fra {navne}]:',
    protocolNoteLayout: 'inline',
  },
  closedItems: {
    publicShows: 'number',
    label: 'Lukket punkt',
    titleSuffix: ' (Lukket)',
    internalNote: 'Lukket punkt',
  },
  contents: { show: false, title: 'Indholdsfortegnelse', grouping: 'none' },
};
