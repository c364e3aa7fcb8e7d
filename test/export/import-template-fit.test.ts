/**
 * The import's choice of template (shared/import/template-fit.ts), on
 * dagsordener our own exporter writes: each built-in's dagsorden is read
 * best by that built-in, whichever other templates are in the library; a
 * body's own template (its own item heading) wins over the built-ins whose
 * "{nr}. {titel}" also matches the numbered sub-headings in the items.
 * And the cheap score picks as the full recognition picks.
 */
import { describe, expect, it } from 'vitest';
import { wordBytesToHtml } from '../../electron/main/import/read-word';
import { exportMeetingToDocx } from '../../shared/export/index';
import { readAgendaDocument, recogniseDocument } from '../../shared/import/recognise';
import { bestFittingTemplate } from '../../shared/import/template-fit';
import type { Meeting } from '../../shared/model/meeting';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/template/built-in/index';
import type { Template } from '../../shared/template/schema';
import { generateMeeting } from '../support/generate-meeting';
import { sampleMeeting } from '../support/meeting-builders';

const CONTEXT = { today: '2030-06-01', defaults: { body: '', venue: '', secretaryName: '' } };

async function dagsordenOf(meeting: Meeting) {
  const bytes = await exportMeetingToDocx(meeting, { version: 'internal', document: 'dagsorden' });
  const word = await wordBytesToHtml(bytes);
  if (!word.ok) throw new Error(word.error.code);
  return readAgendaDocument(word.value.html);
}

/** A body's own copy of a built-in: its own name and item heading, the same template id. */
function own(id: string, heading: string): Template {
  const template = structuredClone(builtInTemplate(id) as Template);
  template.name = `Eget ${template.name}`;
  template.item.heading = heading;
  return template;
}

const OWN = [own('udvalg', 'Sag {nr}: {titel}'), own('direktionen', 'Pkt. {nr} {titel}')];

describe('the import’s best template', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id]))(
    'reads the %s dagsorden best with its own template, own templates in the list or not',
    async (id) => {
      const meeting = generateMeeting({
        items: 4,
        sectionsPerItem: 4,
        seed: 11,
        template: builtInTemplate(id),
      });
      const document = await dagsordenOf(meeting);
      for (const templates of [BUILT_IN_TEMPLATES, [...BUILT_IN_TEMPLATES, ...OWN]]) {
        expect(templates[bestFittingTemplate(document, templates)]?.id).toBe(id);
      }
    },
  );

  it('prefers the body’s own item heading to a pattern that also reads the sub-headings as items', async () => {
    // generateMeeting writes "1. …" sub-headings (Heading 3) in every Sagsfremstilling.
    const meeting = generateMeeting({ items: 6, sectionsPerItem: 6, seed: 7 });
    meeting.template = OWN[0] as Template;
    const document = await dagsordenOf(meeting);
    const templates = [...BUILT_IN_TEMPLATES, ...OWN];
    const best = templates[bestFittingTemplate(document, templates)] as Template;
    expect(best.name).toBe('Eget Fagudvalg');
    const { report } = recogniseDocument(document, best, CONTEXT);
    expect(report.items.map((item) => item.title)).toEqual(meeting.items.map((i) => i.title));
    // The built-in Fagudvalg finds items too, by the same pattern kind: more of them, out of order.
    const builtIn = recogniseDocument(document, builtInTemplate('udvalg') as Template, CONTEXT);
    expect(builtIn.report.itemsFoundBy).toBe('pattern');
    expect(builtIn.report.items.length).toBeGreaterThan(meeting.items.length);
  });

  it('reading one document with many templates leaves it as it was', async () => {
    const document = await dagsordenOf(sampleMeeting());
    const before = structuredClone(document);
    const first = recogniseDocument(document, BUILT_IN_TEMPLATES[0] as Template, CONTEXT);
    for (const template of [...BUILT_IN_TEMPLATES, ...OWN])
      recogniseDocument(document, template, CONTEXT);
    bestFittingTemplate(document, [...BUILT_IN_TEMPLATES, ...OWN]);
    expect(document).toEqual(before);
    const again = recogniseDocument(document, BUILT_IN_TEMPLATES[0] as Template, CONTEXT);
    expect({ ...again.report }).toEqual({ ...first.report });
  });
});
