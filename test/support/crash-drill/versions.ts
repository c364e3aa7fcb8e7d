import { DEFAULT_TEMPLATE } from '../../../shared/template/built-in/index';
import type { Meeting } from '../../../shared/model/meeting';
import { meetingSchema } from '../../../shared/model/schema';
import { paragraphs } from '../meeting-builders';

/**
 * The meeting as it stands at save number `version`: deterministic, and
 * growing with each version (one more paragraph per save, a new item every
 * ten), so a torn write would show up as a mismatch with every candidate.
 */
export function meetingForVersion(version: number): Meeting {
  const itemCount = 1 + Math.floor(version / 10);
  return meetingSchema.parse({
    id: 'crash-drill',
    kind: 'referat',
    body: `Version ${version}`,
    date: '2018-01-29',
    startTime: '08:30',
    endTime: null,
    venue: 'Comwell Køge Strand',
    participants: [],
    firstItemNumber: 1,
    template: DEFAULT_TEMPLATE,
    items: Array.from({ length: itemCount }, (_, i) => ({
      id: `item-${i}`,
      title: `Punkt ${i + 1}`,
      caseNumber: '',
      closed: false,
      fields: {},
      sections: {
        baggrund: paragraphs(),
        indstilling: paragraphs(),
        sagsfremstilling: paragraphs(
          ...Array.from({ length: i === itemCount - 1 ? version % 10 : 10 }, (_, p) =>
            `Afsnit ${p + 1} i punkt ${i + 1}, skrevet ved version ${version}. `.repeat(20),
          ),
        ),
      },
      decisions: [],
      attachments: [],
    })),
  });
}
