import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../../shared/export/index';
import { createDecision, type Meeting } from '../../../shared/model/meeting';
import type { RichText } from '../../../shared/model/rich-text';
import { BUILT_IN_TEMPLATES } from '../../../shared/template/built-in/index';
import { node, random, richText } from '../../support/generate-meeting';
import { docxProblems, readDocx } from './docx-parts';
import { nastyString } from './nasty-strings';

const CASES = 500;

/** Every text field of a small meeting filled with nasty strings, rich text included (links too). */
function nastyMeeting(rand: () => number): Meeting {
  const s = () => nastyString(rand);
  const template =
    BUILT_IN_TEMPLATES[Math.floor(rand() * BUILT_IN_TEMPLATES.length)] ?? BUILT_IN_TEMPLATES[0]!;
  const rich = (): RichText =>
    richText([
      node.paragraph([node.text(s(), Math.floor(rand() * 256)), node.text(s())]),
      node.heading(s()),
      node.list(
        rand() < 0.5 ? 'number' : 'bullet',
        [node.listItem([node.text(s())])],
        1 + Math.floor(rand() * 3),
      ),
      node.paragraph([
        {
          type: 'link',
          version: 1,
          url: rand() < 0.5 ? `https://example.dk/${s()}` : s(),
          children: [node.text(s())],
        },
      ]),
      node.table([[s(), s()], [s()]]),
      { type: s(), version: 1, text: s() },
    ]);
  return {
    id: 'fuzz',
    kind: rand() < 0.5 ? 'referat' : 'dagsorden',
    body: s(),
    date: '2018-01-29',
    startTime: '08:30',
    endTime: rand() < 0.5 ? null : '10:00',
    venue: s(),
    participants: [
      {
        id: 'a',
        name: s(),
        initials: s(),
        role: rand() < 0.3 ? 'sekretær' : s(),
        party: s(),
        attendance: 'present',
        attendanceNote: s(),
        substituteFor: null,
      },
      {
        id: 'b',
        name: s(),
        initials: '',
        role: s(),
        party: s(),
        attendance: rand() < 0.5 ? 'absent' : 'partial',
        attendanceNote: s(),
        substituteFor: null,
      },
    ],
    firstItemNumber: 1,
    // Every built-in template in turn, each section and field filled with nasty text.
    template,
    fields: Object.fromEntries(template.meetingFields.map((field) => [field.id, s()])),
    spellingIgnored: [],
    items: [
      {
        id: 'i',
        title: s(),
        caseNumber: s(),
        closed: rand() < 0.3,
        fields: Object.fromEntries(
          [...template.fields, ...template.sections].map((part) => [part.id, s()]),
        ),
        sections: Object.fromEntries(template.sections.map((section) => [section.id, rich()])),
        decisions: [
          {
            ...createDecision(s(), '2018-01-29'),
            id: 'd',
            point: s(),
            text: rich(),
            protocolNotes: [{ id: 'n', by: ['a', 'b'], byText: s(), text: `${s()}\n${s()}` }],
          },
        ],
        status: 'none',
        attendance: [],
        openedAt: null,
        closedAt: null,
        attachments: [{ id: 'x', title: s(), filePath: null }],
      },
    ],
  };
}

describe('Word export under fuzzing', () => {
  it(`writes well-formed XML for ${CASES} meetings with nasty text in every field`, async () => {
    const rand = random(20180129);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const version = i % 2 === 0 ? 'public' : 'internal';
      const bytes = await exportMeetingToDocx(nastyMeeting(rand), { version });
      const problems = docxProblems(readDocx(bytes));
      if (problems.length > 0) failures.push(`case ${i}: ${problems[0]}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
