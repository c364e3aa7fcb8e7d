import { DIREKTIONEN } from '../../template/built-in/direktionen';
import type { Migration } from './index';

/** The v1 item fields that became sections, with the Direktion template's section ids. */
const SECTIONS_OF_V1 = {
  background: 'baggrund',
  recommendation: 'indstilling',
  presentation: 'sagsfremstilling',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 → 2: templates. Version 1 had the Direktion's shape built in:
 * every item had Baggrund, Indstilling and Sagsfremstilling as fixed fields.
 * Version 2 carries its template in the file, and an item's rich-text
 * sections live under `sections` by the template's section id. A v1
 * meeting gets the built-in Direktion template, its texts move under the
 * matching ids, and nothing else changes. Values the step does not
 * recognise are left for validation to judge, never dropped here.
 */
export const addTemplates: Migration = (document) => {
  const meeting = document.meeting;
  if (!isRecord(meeting)) return document;
  const items = Array.isArray(meeting.items)
    ? meeting.items.map((item: unknown) => {
        if (!isRecord(item)) return item;
        const { background, recommendation, presentation, ...rest } = item;
        const old = { background, recommendation, presentation };
        const sections: Record<string, unknown> = {};
        for (const [field, id] of Object.entries(SECTIONS_OF_V1)) {
          const text = old[field as keyof typeof old];
          if (text !== undefined) sections[id] = text;
        }
        return { ...rest, fields: {}, sections };
      })
    : meeting.items;
  return {
    ...document,
    schemaVersion: 2,
    meeting: { ...meeting, template: DIREKTIONEN, items },
  };
};
