import type { PlaceholderSpec } from './patterns';

/** Placeholders about the meeting, usable in the title and the header lines. */
export const MEETING_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'organ', description: 'Mødets organ, fx «Teknik- og Miljøudvalget»' },
  {
    name: 'dato',
    variants: ['lang'],
    description: 'Mødedatoen: «29-01-2018», eller med :lang «29. januar 2018»',
  },
  { name: 'ugedag', variants: ['lille'], description: 'Ugedagen: «Mandag» (med :lille «mandag»)' },
  { name: 'start', description: 'Starttidspunkt, «08:30»' },
  { name: 'slut', description: 'Sluttidspunkt, «10:00» (tomt, hvis det ikke er sat)' },
  { name: 'tidsrum', description: '«08:30» eller «08:30-10:00», når sluttid er sat' },
  { name: 'sted', description: 'Mødested' },
];

/** Placeholders of header lines: the meeting's, plus the participant lists. */
export const HEADER_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  ...MEETING_PLACEHOLDERS,
  { name: 'deltagere', description: 'Dem, der deltog (hele eller dele af mødet)' },
  { name: 'medlemmer', description: 'Alle deltagere, uanset fremmøde' },
  { name: 'afbud', description: 'Dem, der har meldt afbud' },
  {
    name: 'fravaerende',
    description: 'Dem, der var fraværende under en del af mødet, med bemærkning',
  },
];

/** A template's meeting fields as placeholders ({bemaerkninger}). */
function meetingFieldPlaceholders(
  fields: readonly { id: string; label: string }[],
): PlaceholderSpec[] {
  return fields.map((field) => ({ name: field.id, description: `Mødefeltet «${field.label}»` }));
}

/** The title's placeholders for a template with these meeting fields. */
export function meetingPlaceholders(
  fields: readonly { id: string; label: string }[],
): PlaceholderSpec[] {
  return [...MEETING_PLACEHOLDERS, ...meetingFieldPlaceholders(fields)];
}

/** The header lines' placeholders for a template with these meeting fields. */
export function headerPlaceholders(
  fields: readonly { id: string; label: string }[],
): PlaceholderSpec[] {
  return [...HEADER_PLACEHOLDERS, ...meetingFieldPlaceholders(fields)];
}

/** The page's own placeholders, only in the page header and footer: Word's page fields. */
export const PAGE_NUMBER_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'side', description: 'Sidens nummer' },
  { name: 'sider', description: 'Antal sider i alt' },
];

/** The page header's and footer's placeholders: the title's, plus the page numbers. */
export function pagePlaceholders(
  fields: readonly { id: string; label: string }[],
): PlaceholderSpec[] {
  return [...meetingPlaceholders(fields), ...PAGE_NUMBER_PLACEHOLDERS];
}

/** Placeholders of a participant's printed name. */
export const PARTICIPANT_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'navn', description: 'Navnet' },
  { name: 'rolle', description: 'Rollen, fx «formand» eller «sekretær»' },
  { name: 'parti', description: 'Partibogstav, fx «A»' },
  { name: 'initialer', description: 'Initialer, fx «CM»' },
  {
    name: 'stedfortraeder',
    description:
      '«stedfortræder for Bo Jensen» for en stedfortræder (ellers tom; uden den tilføjes det efter navnet)',
  },
];

/** Placeholders of a decision heading. */
export const DECISION_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'organ', description: 'Det besluttende organ' },
  {
    name: 'dato',
    variants: ['lang'],
    description: 'Beslutningens dato: «29-01-2018» / «29. januar 2018»',
  },
  { name: 'ugedag', variants: ['lille'], description: 'Ugedagen for beslutningen' },
];

/** Placeholders of an item heading and a contents entry, before the template's own fields. */
export const ITEM_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'nr', description: 'Punktets nummer' },
  { name: 'titel', description: 'Punktets titel' },
  { name: 'sagsnr', description: 'Sagsnummeret' },
  { name: 'status', description: 'Punktets status, fx «Udsat» (tom, hvis ikke angivet)' },
];

/** An item's placeholders for a template whose fields have `fieldIds` (choice fields also have :kort). */
export function itemPlaceholders(
  fields: readonly { id: string; label: string; kind: string }[],
): PlaceholderSpec[] {
  return [
    ...ITEM_PLACEHOLDERS,
    ...fields.map((field) => ({
      name: field.id,
      variants: field.kind === 'choice' ? ['kort'] : [],
      description: `Feltet «${field.label}»`,
    })),
  ];
}

/** Placeholders of the absent note in a decision ("{navne} var fraværende."). */
export const ABSENT_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  {
    name: 'navne',
    description: 'De fraværende på punktet, som deltagerne skrives, adskilt af komma og «og»',
  },
];

/** Placeholders of the inhabilitet note in a decision. */
export const INHABIL_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'navn', description: 'Den inhabile, som deltagerne skrives' },
  { name: 'grund', description: 'Grunden, fx «nær familie til ansøger» (tom, hvis ikke angivet)' },
];

/** Placeholders of the words before a protokolbemærkning ("Protokolbemærkning fra {navne}:"). */
export const PROTOCOL_NOTE_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  {
    name: 'navne',
    description:
      'Dem, bemærkningen er fra: de valgte deltagere, som deltagerne skrives, og «Fra»-teksten, adskilt af komma og «og»',
  },
];

/** Placeholders of an attachment's line under Bilag. */
export const ATTACHMENT_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'nr', description: 'Bilagets nummer i punktet: 1, 2, 3 …' },
  { name: 'titel', description: 'Bilagets titel' },
];
