import {
  createAgendaItem,
  createMeeting,
  createParticipant,
  type AgendaItem,
  type Meeting,
  type Participant,
} from '../../../../shared/model/meeting';
import type { Template } from '../../../../shared/template/schema';

/** What the preview prints: an open item in full, and a closed item as each version shows it. */
export interface PreviewMeeting {
  /** The meeting with the draft template (and the sample closed item, when it is used). */
  meeting: Meeting;
  open: { item: AgendaItem; index: number };
  closed: { item: AgendaItem; index: number };
  /** Who the decision's "Fraværende:" line and inhabilitet note name when the item records nobody. */
  example: { absent: Participant; inhabil: Participant; reason: string };
}

/** A committee's meeting to preview a template on when none is open. */
function sampleMeeting(): Meeting {
  const meeting = createMeeting('2021-05-12', {
    body: 'Teknik- og Miljøudvalget',
    venue: 'Mødelokale 1, Rådhuset',
    secretaryName: 'Kathrine Skastrup',
  });
  const item = { ...createAgendaItem('Trafiksikkerhedsplan 2021'), caseNumber: '21/04512' };
  return {
    ...meeting,
    startTime: '16:00',
    endTime: '18:30',
    participants: [
      { ...createParticipant('Anne Hansen', 'formand'), party: 'A' },
      ...meeting.participants,
    ],
    items: [item],
  };
}

const SAMPLE_CLOSED = { title: 'Køb af ejendom', caseNumber: '21/00917' };

/**
 * The open meeting (or a sample) with the draft template, and the two items
 * the preview shows: its first open item, and its first closed item, or a
 * sample one after the last item when it has none, so the closed-item and
 * contents settings always have something to show.
 */
export function previewMeeting(template: Template, open: Meeting | null): PreviewMeeting {
  const base = open && open.items.length > 0 ? open : sampleMeeting();
  const openIndex = Math.max(
    0,
    base.items.findIndex((item) => !item.closed),
  );
  const openItem = base.items[openIndex] ?? createAgendaItem('Punkt');
  const closedIndex = base.items.findIndex((item) => item.closed);
  const closedItem = base.items[closedIndex];
  const closed =
    closedItem && closedIndex !== openIndex
      ? { item: closedItem, index: closedIndex }
      : {
          item: { ...createAgendaItem(SAMPLE_CLOSED.title), ...SAMPLE_CLOSED, closed: true },
          index: base.items.length,
        };
  return {
    meeting: {
      ...base,
      body: base.body.trim() || 'Teknik- og Miljøudvalget',
      template,
      items: closed.item === closedItem ? base.items : [...base.items, closed.item],
    },
    open: { item: openItem, index: openIndex },
    closed,
    example: {
      absent: { ...createParticipant('Bo Jensen', 'medlem'), party: 'V' },
      inhabil: { ...createParticipant('Eva Holm', 'medlem'), party: 'C' },
      reason: 'nær familie til ansøger',
    },
  };
}
