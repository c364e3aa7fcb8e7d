import { z } from 'zod';
import { LIMITS } from '../format/limits';
import { DEFAULT_TEMPLATE } from '../template/built-in/index';
import { templateSchema } from '../template/schema';
import { richTextSchema } from './rich-text-schema';

/**
 * The meeting as stored in a `.referat` file: the single source for the
 * TypeScript types (model/meeting.ts), validation on open and over IPC, and
 * the published JSON Schema (docs/file-format.schema.json).
 *
 * Reading is lenient: a missing optional field gets its default here, so an
 * older or hand-edited file still opens. Writing is strict: the app always
 * writes every field.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives ÅÅÅÅ-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Datoen findes ikke')
  .describe('Calendar date, YYYY-MM-DD (no time zone: a meeting date is a local date).');

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Klokkeslættet skal skrives TT:MM')
  .describe('Local clock time, HH:MM (24-hour).');

const id = z.string().min(1).max(100).describe('Stable identifier, unique within the meeting.');

export const attendanceSchema = z
  .enum(['present', 'absent', 'partial'])
  .describe('present = til stede, absent = afbud, partial = fraværende under en del af mødet.');

export const participantSchema = z
  .object({
    id,
    name: z.string().max(500).describe('Full name as printed under Mødedeltagere.'),
    initials: z.string().max(20).default('').describe('Initials, e.g. "CM"; may be empty.'),
    role: z
      .string()
      .max(200)
      .default('')
      .describe('Role printed in parentheses, e.g. "sekretær" or "formand"; empty for none.'),
    party: z
      .string()
      .max(20)
      .default('')
      .describe('Party letter, e.g. "A", printed where the template says ({parti}); may be empty.'),
    attendance: attendanceSchema.default('present'),
    attendanceNote: z
      .string()
      .max(1000)
      .default('')
      .describe('For partial attendance, e.g. "fra kl. 10.15, punkt 3-4".'),
    substituteFor: id
      .nullable()
      .default(null)
      .describe('Stedfortræder: the id of the member this participant replaces, or null.'),
  })
  .describe('A participant (mødedeltager).');

/** How a vote is recorded. */
export const voteSchema = z
  .object({
    by: z
      .enum(['names', 'parties', 'counts'])
      .describe('names: each member; parties: printed by party letter; counts: numbers only.'),
    for: z.array(id).max(LIMITS.participants).default([]).describe('Participant ids voting for.'),
    against: z.array(id).max(LIMITS.participants).default([]),
    abstain: z.array(id).max(LIMITS.participants).default([]).describe('Undlod at stemme.'),
    reservations: z
      .array(id)
      .max(LIMITS.participants)
      .default([])
      .describe('Members who take a reservation (tager forbehold).'),
    counts: z
      .object({
        for: z.number().int().min(0).max(1000),
        against: z.number().int().min(0).max(1000),
        abstain: z.number().int().min(0).max(1000),
      })
      .default({ for: 0, against: 0, abstain: 0 })
      .describe('Used when `by` is "counts".'),
    wording: z
      .string()
      .max(4000)
      .default('')
      .describe(
        'The printed sentence, generated from the vote and editable ("For stemte 5 (A, F, Ø), …").',
      ),
  })
  .describe('A vote (afstemning) on a decision.');

/**
 * A protokolbemærkning (styrelseslovens §11): a member's, or a group's,
 * short statement entered in the referat under the decision. Printed with
 * the template's wording ("Protokolbemærkning fra {navne}:").
 */
export const protocolNoteSchema = z
  .object({
    id,
    by: z
      .array(id)
      .max(LIMITS.participants)
      .default([])
      .describe('Participant ids of those who asked for it, in the order picked; may be empty.'),
    byText: z
      .string()
      .max(500)
      .default('')
      .describe(
        'Who else, as free text: a party or group ("Enhedslisten", "C og V"); printed after the participants.',
      ),
    text: z
      .string()
      .max(
        LIMITS.protocolNoteChars,
        `En protokolbemærkning må højst have ${LIMITS.protocolNoteChars} tegn`,
      )
      .default('')
      .describe('The statement as plain text; a line break starts a new paragraph.'),
  })
  .describe('A protokolbemærkning: a statement entered in the referat at a member’s request.');

export const decisionSchema = z
  .object({
    id,
    body: z
      .string()
      .max(500)
      .nullable()
      .default(null)
      .describe('The deciding body, e.g. "Direktionen"; null: the meeting\'s body, following it.'),
    date: isoDate
      .nullable()
      .default(null)
      .describe("The date the decision was made; null: the meeting's date, following it."),
    point: z
      .string()
      .max(20)
      .default('')
      .describe('The Indstilling point it decides ("1" prints "Ad 1."); empty for the whole item.'),
    text: richTextSchema.describe('The decision (Beslutning) as formatted text.'),
    vote: voteSchema.nullable().default(null),
    protocolNotes: z
      .array(protocolNoteSchema)
      .max(
        LIMITS.protocolNotesPerDecision,
        `Højst ${LIMITS.protocolNotesPerDecision} protokolbemærkninger pr. beslutning`,
      )
      .default([])
      .describe('Protokolbemærkninger, in the order they were added; printed after the vote.'),
  })
  .describe('One dated decision (Beslutning). An item postponed earlier keeps its old decisions.');

export const attachmentSchema = z
  .object({
    id,
    title: z.string().max(2000).describe('Title as printed under Bilag.'),
    filePath: z
      .string()
      .max(4096)
      .nullable()
      .default(null)
      .describe('Absolute path of the attached file on the secretary’s machine, or null.'),
  })
  .describe('An attachment (bilag).');

/** What happened to the item at the meeting, apart from the decision's words. */
export const itemStatusSchema = z
  .enum(['none', 'approved', 'noted', 'postponed', 'not-treated', 'withdrawn'])
  .describe(
    'none, approved (Godkendt), noted (Taget til efterretning), postponed (Udsat), not-treated (Ikke behandlet), withdrawn (Trukket).',
  );

/** A change to who takes part, for one item or from it on. */
export const attendanceChangeSchema = z
  .object({
    participantId: id,
    kind: z
      .enum(['left', 'arrived', 'inhabil', 'away'])
      .describe(
        'left: left before this item (absent from it on); arrived: arrived during it (absent before); inhabil: disqualified on this item; away: not present for this item only.',
      ),
    reason: z
      .string()
      .max(1000)
      .default('')
      .describe('For inhabil: why, e.g. "nær familie til ansøger".'),
  })
  .describe('Attendance on an item that differs from the meeting’s.');

export const agendaItemSchema = z
  .object({
    id,
    title: z.string().max(2000).describe('Item title, printed as "Punkt N: <title>".'),
    caseNumber: z
      .string()
      .max(200)
      .default('')
      .describe('Case number (sagsnummer), free text such as "16/13808".'),
    closed: z
      .boolean()
      .default(false)
      .describe(
        'Closed item (lukket punkt): the public version shows only number and case number.',
      ),
    fields: z
      .record(z.string().min(1).max(100), z.string().max(2000))
      .default({})
      .describe(
        'Short per-item fields and short-text sections by the template\'s id, e.g. { "kompetence": "Økonomiudvalget" }.',
      ),
    sections: z
      .record(z.string().min(1).max(100), richTextSchema)
      .default({})
      .describe(
        'Rich-text sections by the template\'s section id, e.g. { "sagsfremstilling": … }. A missing one is empty; one the template lacks is kept and shown as «Ikke i skabelonen».',
      ),
    decisions: z
      .array(decisionSchema)
      .max(LIMITS.decisionsPerItem, `Højst ${LIMITS.decisionsPerItem} beslutninger pr. punkt`)
      .default([])
      .describe(
        'Beslutninger, in the order they were added; shown newest first by date, the later-added first on the same date.',
      ),
    status: itemStatusSchema.default('none'),
    attendance: z
      .array(attendanceChangeSchema)
      .max(LIMITS.participants)
      .default([])
      .describe(
        'Changes to attendance from this item (left, arrived) or for it only (inhabil, away).',
      ),
    openedAt: clockTime.nullable().default(null).describe('When treatment of the item began.'),
    closedAt: clockTime.nullable().default(null).describe('When it ended.'),
    attachments: z
      .array(attachmentSchema)
      .max(LIMITS.attachmentsPerItem, `Højst ${LIMITS.attachmentsPerItem} bilag pr. punkt`)
      .default([])
      .describe('Bilag, in order.'),
  })
  .describe('An agenda item (punkt). Its number is derived from its position.');

/**
 * The meeting's fields without the cross-field check below. Only the read
 * pipeline uses it directly: it validates with this, then repairs duplicate
 * ids (shared/format/repair/unique-ids.ts) before anyone sees the meeting.
 */
export const meetingShapeSchema = z
  .object({
    id,
    kind: z.enum(['referat', 'dagsorden']).default('referat').describe('Document kind.'),
    body: z.string().max(500).describe('The meeting body, e.g. "Direktionen".'),
    date: isoDate.describe('Mødedato.'),
    startTime: clockTime.describe('Start time.'),
    endTime: clockTime.nullable().default(null).describe('End time, or null.'),
    venue: z.string().max(2000).default('').describe('Mødested.'),
    participants: z
      .array(participantSchema)
      .max(LIMITS.participants, `Højst ${LIMITS.participants} mødedeltagere`)
      .default([])
      .describe('Mødedeltagere, in printed order.'),
    firstItemNumber: z
      .number()
      .int()
      .min(1)
      .max(100000)
      .default(1)
      .describe(
        'Number of the first item; some bodies number items through the year (e.g. 49–58).',
      ),
    fields: z
      .record(z.string().min(1).max(100), z.string().max(4000))
      .default({})
      .describe(
        'The template\'s meeting fields by id, e.g. { "bemaerkninger": "…" }. One the template lacks is kept, not printed.',
      ),
    spellingIgnored: z
      .array(z.string().min(1).max(100))
      .max(10000)
      .default([])
      .describe(
        'Words the spellchecker accepts in this meeting ("Ignorér" in the suggestion menu). Never printed.',
      ),
    template: templateSchema
      .default(() => DEFAULT_TEMPLATE)
      .describe(
        'How this meeting is written and exported (a copy, so the file exports the same anywhere).',
      ),
    items: z
      .array(agendaItemSchema)
      .max(LIMITS.items, `Højst ${LIMITS.items} punkter i et møde`)
      .default([])
      .describe('Agenda items in order.'),
  })
  .describe('One meeting and its minutes.');

/** The meeting without its items: what an autosave sends as the "header" part. */
export const meetingHeaderSchema = meetingShapeSchema.omit({ items: true });

/**
 * Every id of a participant, item, decision (and its protokolbemærkninger)
 * and bilag in file order: one namespace, because caches (autosave parts,
 * editor addresses, React keys) look things up by id alone.
 */
export function* meetingIds(meeting: {
  participants: readonly { id: string }[];
  items: readonly {
    id: string;
    decisions: readonly { id: string; protocolNotes: readonly { id: string }[] }[];
    attachments: readonly { id: string }[];
  }[];
}): Generator<{ id: string; path: (string | number)[] }> {
  for (const [i, participant] of meeting.participants.entries()) {
    yield { id: participant.id, path: ['participants', i, 'id'] };
  }
  for (const [i, item] of meeting.items.entries()) {
    yield { id: item.id, path: ['items', i, 'id'] };
    for (const [d, decision] of item.decisions.entries()) {
      yield { id: decision.id, path: ['items', i, 'decisions', d, 'id'] };
      for (const [n, note] of decision.protocolNotes.entries()) {
        yield { id: note.id, path: ['items', i, 'decisions', d, 'protocolNotes', n, 'id'] };
      }
    }
    for (const [a, attachment] of item.attachments.entries()) {
      yield { id: attachment.id, path: ['items', i, 'attachments', a, 'id'] };
    }
  }
}

/**
 * A meeting as every writer must hand it over: ids unique within the
 * meeting. Two items with one id would let an autosave look up one item's
 * text and write it over the other's, so such a meeting is never saved.
 */
export const meetingSchema = meetingShapeSchema.superRefine((meeting, ctx) => {
  const seen = new Set<string>();
  for (const { id, path } of meetingIds(meeting)) {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `Id'et «${id}» er brugt to gange i mødet` });
      return;
    }
    seen.add(id);
  }
});
