import { describe, expect, it } from 'vitest';
import { applyMeetingAction } from '../../renderer/src/editor/state/meeting-actions';
import { createAgendaItem, createDecision, createMeeting } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in/index';
import {
  idFromLabel,
  moveAt,
  newSection,
  newTemplateFrom,
  uniqueId,
} from '../../shared/template/draft';
import { parseTemplate } from '../../shared/template/file';
import type { Template } from '../../shared/template/schema';
import {
  hiddenLists,
  knownPartLabel,
  orphanFieldIds,
  orphanSectionIds,
  setAsideBySwitch,
} from '../../shared/template/switch';
import { paragraphs } from '../support/meeting-builders';

function template(id: string): Template {
  const found = builtInTemplate(id);
  if (!found) throw new Error(id);
  return found;
}

/** A Fagudvalg meeting with text in Resume, Økonomi, a Sagstype, a decision and a bilag. */
function udvalgMeeting() {
  const meeting = createMeeting(
    '2021-05-12',
    { body: 'TMU', venue: '', secretaryName: '' },
    template('udvalg'),
  );
  const item = {
    ...createAgendaItem('Trafikplan'),
    sections: {
      resume: paragraphs('Kort.'),
      oekonomi: paragraphs('Ingen udgifter.'),
      indstilling: paragraphs(''),
    },
    fields: { sagstype: 'Beslutningssag', kompetence: '' },
    decisions: [createDecision()],
    attachments: [{ id: 'a', title: 'Kort', filePath: null }],
  };
  return { ...meeting, items: [item] };
}

describe('switching a meeting to another template', () => {
  it('names what goes to «Ikke i skabelonen», by the old labels, and nothing when all fits', () => {
    const meeting = udvalgMeeting();
    expect(setAsideBySwitch(meeting, template('internt'))).toEqual([
      { itemIndex: 0, title: 'Trafikplan', parts: ['Resume', 'Økonomi', 'Sagstype'] },
    ]);
    expect(setAsideBySwitch(meeting, meeting.template)).toEqual([]);
    const noLists = {
      ...template('internt'),
      sections: template('internt').sections.filter((s) => s.kind === 'rich-text'),
    };
    expect(setAsideBySwitch(meeting, noLists)[0]?.parts).toEqual([
      'Resume',
      'Økonomi',
      'Sagstype',
      '1 beslutning',
      '1 bilag',
    ]);
    expect(hiddenLists(meeting.items[0]!, noLists)).toEqual({ decisions: 1, attachments: 1 });
    // What is already set aside under the meeting's template is not named again.
    const switched = { ...meeting, template: template('internt') };
    expect(setAsideBySwitch(switched, template('internt'))).toEqual([]);
    expect(setAsideBySwitch(switched, noLists)[0]?.parts).toEqual(['1 beslutning', '1 bilag']);
    // «Ikke i skabelonen» names a text by a built-in label where one has that id.
    expect(knownPartLabel('oekonomi')).toBe('Økonomi');
    expect(knownPartLabel('eget-afsnit')).toBe('eget-afsnit');
  });

  it('treats a rich text under an id that is now a short-text section as set aside, not lost', () => {
    const meeting = udvalgMeeting();
    const changed = {
      ...meeting.template,
      sections: meeting.template.sections.map((s) =>
        s.id === 'oekonomi' ? { ...s, kind: 'short-text' as const } : s,
      ),
    };
    expect(orphanSectionIds(meeting.items[0]!, changed)).toEqual(['oekonomi']);
    expect(orphanFieldIds(meeting.items[0]!, changed)).toEqual([]);
  });

  it('keeps every text in the meeting when the template changes (the reducer only swaps the template)', () => {
    const meeting = udvalgMeeting();
    const next = applyMeetingAction(meeting, { type: 'template', template: template('internt') });
    expect(next.template.id).toBe('internt');
    expect(next.items).toBe(meeting.items);
    expect(applyMeetingAction(next, { type: 'template', template: next.template })).toBe(next);
  });
});

describe('template drafts', () => {
  it('makes well-formed, unique ids from Danish labels', () => {
    expect(idFromLabel('Økonomi og konsekvenser')).toBe('oekonomi-og-konsekvenser');
    expect(idFromLabel('Ældrerådets bemærkninger')).toBe('aeldreraadets-bemaerkninger');
    expect(idFromLabel('2. behandling')).toBe('behandling');
    expect(idFromLabel('!!!')).toBe('afsnit');
    expect(uniqueId('titel', [])).toBe('titel-2');
    expect(uniqueId('resume', ['resume', 'resume-2'])).toBe('resume-3');
    expect(moveAt(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    const list = ['a'];
    expect(moveAt(list, 0, -1)).toBe(list);
  });

  it('gives a valid template for a new body, with new sections that pass the schema', () => {
    const base = template('udvalg');
    const fresh = newTemplateFrom(base, 'Ældrerådet', ['udvalg']);
    const withSection = {
      ...fresh,
      sections: [...fresh.sections, newSection(fresh, 'Resume', 'rich-text')],
    };
    expect(withSection.id).toBe('aeldreraadet');
    expect(withSection.sections.at(-1)?.id).toBe('resume-2');
    expect(parseTemplate(withSection)).toMatchObject({ ok: true });
    expect(base.name).not.toBe('Ældrerådet');
  });
});
