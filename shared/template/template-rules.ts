/**
 * The rules of a template that span its fields: unique and unreserved ids,
 * one decisions and one attachments section, a contents list grouped by a
 * real choice list, and every pattern using only the placeholders its place
 * has. Each broken rule is a Danish message at the path it concerns, for
 * the secretary in the editor or the IT person who wrote the file.
 */
import type { z } from 'zod';
import { MAX_PATTERN_LENGTH, patternProblem } from './patterns';
import {
  ABSENT_PLACEHOLDERS,
  ATTACHMENT_PLACEHOLDERS,
  DECISION_PLACEHOLDERS,
  HEADER_PLACEHOLDERS,
  INHABIL_PLACEHOLDERS,
  headerPlaceholders,
  itemPlaceholders,
  meetingPlaceholders,
  pagePlaceholders,
  PARTICIPANT_PLACEHOLDERS,
  PROTOCOL_NOTE_PLACEHOLDERS,
} from './placeholders';
import { LOGO_DATA_URL_MAX, readLogo } from './logo-image';
import type { TemplateShape } from './schema';

/** Adds an issue to `context` for each rule `template` breaks. */
export function checkTemplateRules(template: TemplateShape, context: z.RefinementCtx): void {
  const fail = (path: (string | number)[], message: string) =>
    context.addIssue({ code: 'custom', path, message });
  const seen = new Map<string, string>();
  const reserved = new Set(['nr', 'titel', 'sagsnr']);
  const claim = (id: string, what: string, path: (string | number)[]) => {
    if (reserved.has(id)) fail(path, `Id «${id}» er reserveret; vælg et andet`);
    const before = seen.get(id);
    if (before)
      fail(path, `Id «${id}» bruges både af ${before} og ${what}; id'er skal være forskellige`);
    seen.set(id, what);
  };
  template.fields.forEach((field, i) =>
    claim(field.id, `feltet «${field.label}»`, ['fields', i, 'id']),
  );
  // Meeting fields share the header's placeholders, not the items'.
  const meetingIds = new Map<string, string>();
  const builtIn = new Set(HEADER_PLACEHOLDERS.map((spec) => spec.name));
  template.meetingFields.forEach((field, i) => {
    const path = ['meetingFields', i, 'id'];
    if (builtIn.has(field.id)) fail(path, `Id «${field.id}» er reserveret; vælg et andet`);
    const before = meetingIds.get(field.id);
    if (before)
      fail(path, `Id «${field.id}» bruges af både mødefeltet «${before}» og «${field.label}»`);
    meetingIds.set(field.id, field.label);
  });
  template.sections.forEach((section, i) =>
    claim(section.id, `afsnittet «${section.label}»`, ['sections', i, 'id']),
  );
  for (const kind of ['decisions', 'attachments'] as const) {
    if (template.sections.filter((s) => s.kind === kind).length > 1) {
      fail(['sections'], `Der kan kun være ét afsnit af typen ${kind}`);
    }
  }
  const { grouping, groupField } = template.contents;
  if (grouping === 'field') {
    const field = template.fields.find((f) => f.id === groupField);
    if (!field || field.kind !== 'choice')
      fail(
        ['contents', 'groupField'],
        groupField
          ? `Indholdsfortegnelsen grupperes efter «${groupField}», som ikke er en valgliste i skabelonen`
          : 'Vælg den valgliste, indholdsfortegnelsen grupperes efter',
      );
    // Word lists each group from TC fields of its own letter (TOC \f A … Z): 26 groups at most.
    else if (field.choices.length > 25)
      fail(
        ['contents', 'groupField'],
        `Indholdsfortegnelsen kan højst grupperes efter 25 valgmuligheder; «${field.label}» har ${field.choices.length}`,
      );
  }
  template.fields.forEach((field, i) => {
    if (field.kind === 'choice' && field.choices.length === 0) {
      fail(['fields', i, 'choices'], `Feltet «${field.label}» er en valgliste uden valgmuligheder`);
    }
  });
  const check = (
    path: (string | number)[],
    what: string,
    source: string,
    allowed: Parameters<typeof patternProblem>[1],
  ) => {
    // Too long is already reported by the field's own limit.
    if (source.length > MAX_PATTERN_LENGTH) return;
    const problem = patternProblem(source, allowed);
    if (problem) fail(path, `${what} ${problem}`);
  };
  const item = itemPlaceholders(template.fields);
  const meeting = meetingPlaceholders(template.meetingFields);
  check(['document', 'title'], 'Titlen', template.document.title, meeting);
  check(['document', 'agendaTitle'], 'Dagsordenens titel', template.document.agendaTitle, meeting);
  check(['document', 'closing'], 'Slutlinjen', template.document.closing, meeting);
  check(
    ['attachments', 'line'],
    'Bilagslinjen',
    template.attachments.line,
    ATTACHMENT_PLACEHOLDERS,
  );
  const header = headerPlaceholders(template.meetingFields);
  template.header.forEach((line, i) =>
    check(['header', i, 'value'], `Linjen «${line.label}»`, line.value, header),
  );
  check(['participant'], 'Deltagernavnet', template.participant, PARTICIPANT_PLACEHOLDERS);
  check(['item', 'heading'], 'Punktoverskriften', template.item.heading, item);
  check(
    ['item', 'contentsEntry'],
    'Indholdsfortegnelsens linje',
    template.item.contentsEntry,
    item,
  );
  check(
    ['decision', 'heading'],
    'Beslutningsoverskriften',
    template.decision.heading,
    DECISION_PLACEHOLDERS,
  );
  check(
    ['decision', 'absentNote'],
    'Fraværsnoten',
    template.decision.absentNote,
    ABSENT_PLACEHOLDERS,
  );
  const page = pagePlaceholders(template.meetingFields);
  check(['page', 'header'], 'Sidehovedet', template.page.header, page);
  check(['page', 'footer'], 'Sidefoden', template.page.footer, page);
  if (template.logo.image !== '' && template.logo.image.length <= LOGO_DATA_URL_MAX) {
    const logo = readLogo(template.logo.image);
    if (typeof logo === 'string') fail(['logo', 'image'], logo);
  }
  check(
    ['decision', 'inhabilNote'],
    'Inhabilitetsnoten',
    template.decision.inhabilNote,
    INHABIL_PLACEHOLDERS,
  );
  check(
    ['decision', 'protocolNote'],
    'Protokolbemærkningen',
    template.decision.protocolNote,
    PROTOCOL_NOTE_PLACEHOLDERS,
  );
}
