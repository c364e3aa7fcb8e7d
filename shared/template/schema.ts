import { z } from 'zod';
import { MAX_PATTERN_LENGTH } from './patterns';
import { LOGO_DATA_URL_MAX, MAX_LOGO_BYTES } from './logo-image';
import { checkTemplateRules } from './template-rules';

/**
 * A template (skabelon): how one body writes its referat — title and header
 * lines, item headings, per-item fields, the sections and their order,
 * decision headings, closed items, the contents list. Stored inside every
 * meeting file (so a file exports the same on any machine) and as
 * `.referat-skabelon` files in the template library. The Danish messages
 * name what is wrong, for the secretary or the IT person who wrote it.
 */

/** Ids of fields and sections: they name placeholders ({sagsgang}) and keys in the meeting file. */
const partId = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    'Id skal starte med et lille bogstav og må kun have små bogstaver a–z, tal og bindestreg (højst 40 tegn)',
  );

const label = (what: string) =>
  z
    .string()
    .max(200, `${what} er for lang (højst 200 tegn)`)
    .refine((value) => value.trim() !== '', `${what} må ikke være tom`);

/**
 * A pattern's length is checked with its placeholders (patternProblem), where
 * the message can say which pattern it is; the schema's own limit only keeps
 * the JSON Schema honest and a huge value out of the parser.
 */
const pattern = z.string().max(MAX_PATTERN_LENGTH, {
  error: (issue) =>
    `Mønsteret har ${typeof issue.input === 'string' ? issue.input.length : '?'} tegn; højst ${MAX_PATTERN_LENGTH} er tilladt`,
});
const helpText = z.string().max(4000).default('');

const headerLineSchema = z
  .object({
    label: z
      .string()
      .max(200)
      .describe('Printed in bold before the value, e.g. "Mødedato"; may be empty.'),
    value: pattern.describe('Pattern of the value, e.g. "{ugedag} d. {dato:lang} kl. {tidsrum}".'),
    whenEmpty: z
      .enum(['omit', 'text'], { error: 'whenEmpty skal være "omit" eller "text"' })
      .default('omit')
      .describe('omit: leave the line out when the value is empty; text: print emptyText instead.'),
    emptyText: z
      .string()
      .max(200)
      .default('Ingen')
      .describe('Printed when the value is empty, e.g. "Ingen".'),
  })
  .describe('One line of the front matter.');

const choiceSchema = z.object({
  value: label('Valgmuligheden'),
  short: z.string().max(20).default('').describe('Short form for {felt:kort}, e.g. "B".'),
});

const fieldSchema = z
  .object({
    id: partId,
    label: label('Feltets navn'),
    kind: z.enum(['text', 'choice'], { error: 'Felttypen skal være "text" eller "choice"' }),
    choices: z.array(choiceSchema).max(50).default([]),
    print: z.boolean().default(true).describe('Printed under the item heading (label: value).'),
    help: helpText,
  })
  .describe('A short per-item field, e.g. "Kompetence" or "Sagsgang".');

const meetingFieldSchema = z
  .object({
    id: partId,
    label: label('Feltets navn'),
    help: helpText.describe('Guidance shown beside the field in Mødeoplysninger; never printed.'),
  })
  .describe(
    'A text the secretary writes once per meeting, e.g. "Bemærkninger" or "Møde nr."; printed where a header line or the title uses {id}.',
  );

/** The kinds of sections a template may have. */
export const SECTION_KINDS = ['rich-text', 'decisions', 'attachments', 'short-text'] as const;

const sectionSchema = z
  .object({
    id: partId,
    label: label('Afsnittets overskrift'),
    kind: z.enum(SECTION_KINDS, {
      error: (issue) =>
        `Ukendt afsnitstype ${JSON.stringify(issue.input)}. Brug rich-text, decisions, attachments eller short-text`,
    }),
    help: helpText.describe('Guidance shown to the author in the form; never printed.'),
    whenEmpty: z.enum(['omit', 'text']).default('omit'),
    emptyText: z.string().max(200).default('Ingen.'),
    public: z
      .boolean()
      .default(true)
      .describe('Shown in the public version (closed items are handled by closedItems).'),
  })
  .describe('A section of every item, in printed order.');

const templateShape = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,99}$/,
        'Skabelonens id må kun have små bogstaver, tal og bindestreg',
      ),
    name: label('Skabelonens navn'),
    description: z.string().max(2000).default(''),
    document: z.object({
      title: pattern.describe('Title line of the referat, e.g. "REFERAT {organ} d. {dato}".'),
      agendaTitle: pattern.describe('Title line of the dagsorden.'),
      publicLabel: z
        .string()
        .max(200)
        .default('')
        .describe(
          'Printed under the title of the public version, e.g. "Åbent referat"; empty for none.',
        ),
      closing: z
        .string()
        .max(MAX_PATTERN_LENGTH)
        .default('')
        .describe(
          'A line after the last item, e.g. "[Mødet hævet kl. {slut}.]"; empty (or all optional and empty): none.',
        ),
    }),
    header: z.array(headerLineSchema).max(20, 'Højst 20 linjer i hovedet').default([]),
    participant: pattern.default('{navn}[ ({rolle})]').describe('A participant as printed.'),
    item: z.object({
      heading: pattern.describe('Item heading, e.g. "Punkt {nr}: {titel}".'),
      contentsEntry: pattern.describe('The item in the contents list, e.g. "{titel}".'),
      newPage: z.boolean().default(true).describe('Each item starts on a new page.'),
      caseNumber: z.object({
        label: z.string().max(100).default('Sagsnr.'),
        print: z
          .enum(['alone', 'labelled', 'no'])
          .default('alone')
          .describe(
            'alone: "16/13808" on its own line; labelled: with the label among the fields.',
          ),
      }),
      fieldsLayout: z
        .enum(['one-line', 'lines'])
        .default('lines')
        .describe('Printed fields on one line ("Sagsnr.: … · Kompetence: …") or one per line.'),
      statusLine: z
        .boolean()
        .default(false)
        .describe('Print the item\'s status ("Status: Udsat") under the heading.'),
      recordTimes: z
        .boolean()
        .default(false)
        .describe(
          'Note when each item is opened and closed, print "Behandlet kl. 10.05-10.32", and offer to set the end time after the last item.',
        ),
    }),
    meetingFields: z
      .array(meetingFieldSchema)
      .max(20, 'Højst 20 mødefelter')
      .default([])
      .describe('Texts written once per meeting, for the header lines and the title.'),
    fields: z.array(fieldSchema).max(30, 'Højst 30 felter').default([]),
    sections: z
      .array(sectionSchema)
      .min(1, 'En skabelon skal have mindst ét afsnit')
      .max(40, 'Højst 40 afsnit'),
    decision: z.object({
      heading: pattern.describe('Decision heading, e.g. "Beslutning[ {organ}] den {dato}".'),
      absentLine: z
        .enum(['none', 'when-absent', 'always'])
        .default('none')
        .describe('A "Fraværende: …" line at the top of each decision.'),
      absentLabel: z.string().max(100).default('Fraværende'),
      absentNote: pattern
        .default('')
        .describe(
          'The absent line as a sentence, e.g. "{navne} var fraværende."; empty: the label in bold, then the names.',
        ),
      absentPlacement: z
        .enum(['before', 'after'])
        .default('before')
        .describe('before: at the top of the decision; after: under its text and the vote.'),
      inhabilNote: pattern
        .default(
          '{navn} deltog ikke i behandlingen af punktet på grund af inhabilitet[ ({grund})].',
        )
        .describe('Printed in the decision for each member inhabil on the item.'),
      protocolNote: pattern
        .default('Protokolbemærkning[ fra {navne}]:')
        .describe(
          'The words before a protokolbemærkning, e.g. "Protokolbemærkning fra {navne}:" or "{navne} ønskede følgende tilført protokollen:".',
        ),
      protocolNoteLayout: z
        .enum(['inline', 'below'], {
          error: 'protocolNoteLayout skal være "inline" eller "below"',
        })
        .default('inline')
        .describe(
          'inline: the statement follows the words in the same paragraph; below: in a paragraph of its own under them.',
        ),
    }),
    closedItems: z.object({
      publicShows: z
        .enum(['number', 'case-number', 'title-and-decision'])
        .default('case-number')
        .describe('What the public version shows of a closed item.'),
      label: z.string().max(100).default('Lukket').describe('Stands in for a hidden title.'),
      titleSuffix: z.string().max(100).default(' (Lukket)').describe('After a shown closed title.'),
      internalNote: z.string().max(200).default('Lukket punkt'),
    }),
    contents: z.object({
      show: z.boolean().default(true),
      title: z.string().max(200).default('Indholdsfortegnelse'),
      grouping: z
        .enum(['none', 'open-closed', 'field'])
        .default('none')
        .describe(
          'none; open-closed: open items, then closed; field: by the choices of the choice field groupField, in their order ("Til efterretning", "Til beslutning").',
        ),
      openLabel: z.string().max(200).default('Åbne punkter'),
      closedLabel: z.string().max(200).default('Lukkede punkter'),
      groupField: z
        .string()
        .max(40)
        .default('')
        .describe(
          'With grouping "field": the id of the choice field whose choices group the items.',
        ),
      otherLabel: z
        .string()
        .max(200)
        .default('Øvrige punkter')
        .describe('With grouping "field": the group of items with no choice made.'),
      closedApart: z
        .boolean()
        .default(false)
        .describe(
          'With grouping "field": closed items are listed last under closedLabel, not in their choice\'s group.',
        ),
    }),
    attachments: z
      .object({
        line: z
          .string()
          .max(MAX_PATTERN_LENGTH)
          .default('{titel}')
          .describe('Each attachment\'s line under Bilag, e.g. "Bilag {nr}: {titel}".'),
        list: z
          .enum(['bullets', 'numbers', 'plain'])
          .default('bullets')
          .describe('bullets: a bulleted list; numbers: a numbered list (1. 2. 3.); plain: lines.'),
      })
      .prefault({})
      .describe('How the attachments (bilag) of an item are listed.'),
    page: z
      .object({
        header: z
          .string()
          .max(MAX_PATTERN_LENGTH)
          .default('')
          .describe(
            'The line at the top of each page (sidehoved), e.g. "{organ} – Referat – {dato:lang}"; empty: none.',
          ),
        footer: z
          .string()
          .max(MAX_PATTERN_LENGTH)
          .default('Side {side} af {sider}')
          .describe('The line at the foot of each page (sidefod); {side} and {sider} count pages.'),
        headerOnFirstPage: z
          .boolean()
          .default(false)
          .describe('Print the header on the first page too (where the title is).'),
      })
      .prefault({})
      .describe(
        'Page header and footer: one centred line each, cut with "…" when longer than the line.',
      ),
    logo: z
      .object({
        image: z
          .string()
          .max(LOGO_DATA_URL_MAX, {
            error: `Logoet fylder over ${MAX_LOGO_BYTES / 1024} kB; højst ${MAX_LOGO_BYTES / 1024} kB er tilladt`,
          })
          .default('')
          .describe(
            'The logo as a data URL (data:image/png;base64,… or data:image/jpeg;base64,…, at most 1 MB decoded); empty: none.',
          ),
        width: z
          .number({ error: 'Logoets bredde skal være et tal (cm)' })
          .min(1, 'Logoet skal være mindst 1 cm bredt')
          .max(8, 'Logoet må højst være 8 cm bredt')
          .default(3.5)
          .describe('Printed width in cm; the height follows from the image.'),
        placement: z
          .enum(['first-page', 'every-page'], {
            error: 'Logoets placering skal være "first-page" eller "every-page"',
          })
          .default('first-page')
          .describe('first-page: on the title page only; every-page: on every page.'),
        align: z
          .enum(['right', 'left'], { error: 'Logoets justering skal være "right" eller "left"' })
          .default('right')
          .describe('At the right or left page margin.'),
      })
      .prefault({})
      .describe(
        "The body's logo, at the top of the page in the header area (it never moves the text).",
      ),
    signatures: z
      .object({
        show: z
          .boolean()
          .default(false)
          .describe('End the referat with a page of signature lines.'),
        title: z.string().max(200).default('Underskrifter'),
        who: z
          .enum(['present', 'all'])
          .default('present')
          .describe(
            'present: the participants at the meeting; all: every participant. Never the secretary.',
          ),
      })
      .prefault({})
      .describe('A signature page after the last item (underskriftsblad); not in a dagsorden.'),
  })
  .describe('A template (skabelon): how one body writes its referat.');

/** The template as its fields describe it, before the rules across fields (./template-rules.ts). */
export type TemplateShape = z.output<typeof templateShape>;

/** A template file's content: its fields, then the rules across them, with Danish messages. */
export const templateSchema = templateShape.superRefine(checkTemplateRules);

/** A template. */
export type Template = z.output<typeof templateSchema>;
/** A template as written in a file (defaults may be left out). */
export type TemplateInput = z.input<typeof templateSchema>;
/** A section of a template. */
export type TemplateSection = Template['sections'][number];
/** A per-item field of a template. */
export type TemplateField = Template['fields'][number];
/** A header line of a template. */
export type HeaderLine = Template['header'][number];
/** The kind of a section. */
export type SectionKind = TemplateSection['kind'];

/** The template's problems as Danish lines ("Punktoverskriften bruger den ukendte pladsholder {x} …"). */
export function templateProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? `${describePath(issue.path)}: ` : '';
    return `${where}${issue.message}`;
  });
}

const PATH_NAMES: Record<string, string> = {
  sections: 'afsnit',
  fields: 'felt',
  header: 'hovedlinje',
  document: 'dokument',
  item: 'punkt',
  decision: 'beslutning',
  closedItems: 'lukkede punkter',
  contents: 'indholdsfortegnelse',
  logo: 'logo',
  image: 'billede',
};

/** "afsnit › nr. 3 › id": where in a template a path points, as the problems name it. */
export function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) =>
      typeof part === 'number' ? `nr. ${part + 1}` : (PATH_NAMES[String(part)] ?? String(part)),
    )
    .join(' › ');
}
