/**
 * The template model: the pattern language, validation with Danish
 * messages that name what is wrong, the built-ins, and a meeting whose
 * embedded template is damaged.
 */
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import { createAgendaItem, createDecision, createParticipant } from '../../shared/model/meeting';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/template/built-in/index';
import { parsePattern, patternProblem, renderPattern } from '../../shared/template/patterns';
import { ITEM_PLACEHOLDERS } from '../../shared/template/placeholders';
import {
  decisionHeading,
  documentTitle,
  headerLines,
  itemHeading,
} from '../../shared/template/render';
import { templateProblems, templateSchema, type Template } from '../../shared/template/schema';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';

const template = (id: string): Template => {
  const found = builtInTemplate(id);
  if (!found) throw new Error(`no built-in ${id}`);
  return found;
};

function problemsOf(input: unknown): string[] {
  const parsed = templateSchema.safeParse(input);
  return parsed.success ? [] : templateProblems(parsed.error);
}

describe('patterns', () => {
  it('fills placeholders and leaves out optional parts whose placeholder is empty', () => {
    const values = (name: string) => ({ organ: 'Direktionen', dato: '29-01-2018' })[name] ?? '';
    expect(renderPattern('REFERAT[ {organ}] d. {dato}', values)).toBe(
      'REFERAT Direktionen d. 29-01-2018',
    );
    expect(renderPattern('REFERAT[ {organ}] d. {dato}', (n) => (n === 'organ' ? '' : 'x'))).toBe(
      'REFERAT d. x',
    );
    expect(renderPattern('\\[{organ}\\] \\{ok\\}', values)).toBe('[Direktionen] {ok}');
  });

  it('names what is wrong in Danish', () => {
    expect(patternProblem('{nr}. {titl}', ITEM_PLACEHOLDERS)).toMatch(
      /ukendte pladsholder \{titl\}.*\{titel\}/,
    );
    expect(patternProblem('{nr:lang}', ITEM_PLACEHOLDERS)).toMatch(/\{nr:lang\}, som ikke findes/);
    const nested = parsePattern('[a [b]]');
    expect(!nested.ok && nested.message).toMatch(/indlejres/);
    expect(parsePattern('{titel')).toMatchObject({ ok: false, message: 'har en { uden }' });
    const long = parsePattern('x'.repeat(10_000));
    expect(!long.ok && long.message).toBe('har 10000 tegn; højst 500 er tilladt');
  });
});

describe('template validation', () => {
  const valid = template('udvalg');

  it('accepts every built-in', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'direktionen',
      'udvalg',
      'byraad',
      'internt',
    ]);
    for (const built of BUILT_IN_TEMPLATES) expect(problemsOf(built)).toEqual([]);
  });

  it.each([
    [
      'an unknown placeholder',
      { ...valid, item: { ...valid.item, heading: '{nr}. {overskrift}' } },
      /punkt › heading: Punktoverskriften bruger den ukendte pladsholder \{overskrift\}/,
    ],
    [
      'a duplicate section id',
      { ...valid, sections: [...valid.sections, { ...valid.sections[0]!, label: 'Igen' }] },
      /Id «resume» bruges både af afsnittet «Resume» og afsnittet «Igen»/,
    ],
    [
      'an empty label',
      { ...valid, sections: [{ ...valid.sections[0]!, label: '  ' }, ...valid.sections.slice(1)] },
      /afsnit › nr\. 1 › label: Afsnittets overskrift må ikke være tom/,
    ],
    [
      'a pattern of 10,000 characters',
      { ...valid, document: { ...valid.document, title: 'x'.repeat(10_000) } },
      /dokument › title/,
    ],
    [
      'an unknown section kind',
      { ...valid, sections: [{ ...valid.sections[0]!, kind: 'video' }] },
      /Ukendt afsnitstype "video"/,
    ],
    [
      'two decision sections',
      {
        ...valid,
        sections: [...valid.sections, { id: 'beslutning2', label: 'B2', kind: 'decisions' }],
      },
      /kun være ét afsnit af typen decisions/,
    ],
  ])('refuses %s with a Danish line naming where', (_what, input, message) => {
    const problems = problemsOf(input);
    expect(problems.some((line) => message.test(line))).toBe(true);
  });
});

describe('the built-ins print as their bodies do', () => {
  const meeting = () => {
    const m = sampleMeeting();
    m.body = 'Teknik- og Miljøudvalget';
    m.date = '2021-05-12';
    m.startTime = '16:00';
    m.endTime = '18:30';
    const anne = createParticipant('Anne Hansen', 'formand');
    anne.party = 'A';
    const bo = createParticipant('Bo Jensen');
    bo.party = 'V';
    bo.attendance = 'absent';
    m.participants = [anne, bo];
    return m;
  };

  it('writes a committee’s title, header lines, headings and decision headings', () => {
    const m = { ...meeting(), template: template('udvalg') };
    expect(documentTitle(m)).toBe('Teknik- og Miljøudvalget – Referat – 12. maj 2021');
    expect(headerLines(m)).toEqual([
      { label: 'Dato', value: 'Onsdag den 12. maj 2021' },
      { label: 'Tidspunkt', value: 'Kl. 16:00-18:30' },
      { label: 'Sted', value: 'Rådhuset' },
      { label: 'Medlemmer', value: 'Anne Hansen (A), formand, Bo Jensen (V)' },
      { label: 'Afbud', value: 'Bo Jensen (V)' },
    ]);
    const item = { ...createAgendaItem('Budget'), fields: { sagstype: 'Beslutningssag' } };
    expect(itemHeading({ ...m, firstItemNumber: 49 }, item, 1)).toBe('50. Budget');
    expect(decisionHeading(createDecision(), m)).toBe(
      'Beslutning i Teknik- og Miljøudvalget den 12. maj 2021:',
    );
  });

  it('titles a new meeting whose body is not written yet without a stray dash or «af»', () => {
    const untitled = { ...meeting(), body: '' };
    const titles = BUILT_IN_TEMPLATES.flatMap((t) =>
      (['referat', 'dagsorden'] as const).map((kind) =>
        documentTitle({ ...untitled, kind, template: t }, kind),
      ),
    );
    expect(titles).toEqual([
      'REFERAT d. 12-05-2021',
      'DAGSORDEN d. 12-05-2021',
      'Referat – 12. maj 2021',
      'Dagsorden – 12. maj 2021',
      'Referat',
      'Dagsorden',
      'Referat den 12. maj 2021',
      'Dagsorden den 12. maj 2021',
    ]);
  });

  it('prints "Afbud: Ingen" where the template wants it, and leaves the line out where not', () => {
    const everyone = { ...meeting(), participants: [createParticipant('Anne Hansen')] };
    const udvalg = headerLines({ ...everyone, template: template('udvalg') });
    expect(udvalg).toContainEqual({ label: 'Afbud', value: 'Ingen' });
    const direktion = headerLines({ ...everyone, template: template('direktionen') });
    expect(direktion.map((line) => line.label)).not.toContain('Afbud');
  });

  it('writes a byråd item heading with a short form of a choice field', () => {
    const custom = templateSchema.parse({
      ...template('byraad'),
      fields: [
        {
          id: 'sagstype',
          label: 'Sagstype',
          kind: 'choice',
          choices: [{ value: 'Beslutningssag', short: 'B' }],
        },
      ],
      item: { ...template('byraad').item, heading: 'Nr.{nr} - {titel}[ ({sagstype:kort})]' },
    });
    const item = { ...createAgendaItem('Lokalplan 1.42'), fields: { sagstype: 'Beslutningssag' } };
    expect(itemHeading({ firstItemNumber: 3, template: custom }, item, 0)).toBe(
      'Nr.3 - Lokalplan 1.42 (B)',
    );
  });
});

describe('a meeting whose embedded template is damaged', () => {
  it('still opens with every text, under the built-in template of that id, and says so', () => {
    const meeting = sampleMeeting();
    meeting.items[0]!.sections.resume = paragraphs('Tekst i et afsnit fra fagudvalget.');
    const file = JSON.parse(
      serializeMeetingFile(meeting, { appVersion: '1', savedAt: '2021-05-12T10:00:00Z' }),
    ) as { meeting: { template: Record<string, unknown> } };
    file.meeting.template = { ...template('udvalg'), sections: 'ødelagt' };
    const result = readMeetingFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.meeting.template.id).toBe('udvalg');
    expect(result.meeting.items[0]!.sections.resume).toEqual(
      paragraphs('Tekst i et afsnit fra fagudvalget.'),
    );
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]).toMatch(
      /skabelon i filen er beskadiget.*«Fagudvalg».*Ingen tekst er tabt/,
    );
  });
});
