import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../../shared/export/build-blocks';
import { documentOf } from '../../../shared/export/options';
import { agendaOf } from '../../../shared/model/agenda';
import { createDecision, type Meeting } from '../../../shared/model/meeting';
import { documentTitle } from '../../../shared/template/render';
import { BUILT_IN_TEMPLATES } from '../../../shared/template/built-in/index';
import { paragraphs, sampleMeeting } from '../../support/meeting-builders';

/** Every text the export's blocks print, joined. */
function printed(meeting: Meeting): string {
  const blocks = buildBlocks(meeting, { version: 'internal' });
  return JSON.stringify([blocks.opening, blocks.items]);
}

describe('the dagsorden of a meeting', () => {
  it('leaves out decisions, votes, attendance and what the meeting recorded; keeps the items', () => {
    const meeting = sampleMeeting();
    const [first] = meeting.items as [Meeting['items'][number]];
    first.status = 'approved';
    first.openedAt = '09:05';
    first.attendance = [
      { participantId: meeting.participants[0]?.id ?? '', kind: 'inhabil', reason: '' },
    ];
    (meeting.participants[0] as Meeting['participants'][number]).attendance = 'absent';
    const agenda = agendaOf(meeting);
    expect(agenda.kind).toBe('dagsorden');
    expect(agenda.items.map((i) => [i.decisions, i.status, i.attendance, i.openedAt])).toEqual([
      [[], 'none', [], null],
      [[], 'none', [], null],
    ]);
    expect(agenda.participants.map((p) => p.attendance)).toEqual(['present']);
    expect(agenda.items.map((i) => [i.title, i.caseNumber, i.sections])).toEqual(
      meeting.items.map((i) => [i.title, i.caseNumber, i.sections]),
    );
    // The meeting itself is untouched.
    expect(first.decisions).toHaveLength(1);
    expect(documentOf(meeting, { version: 'internal' })).toBe(meeting);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    'prints the %s template’s dagsorden title and no decision heading, even one that prints "Ingen."',
    (_, template) => {
      const meeting = sampleMeeting();
      meeting.template = {
        ...template,
        sections: template.sections.map((s) =>
          s.kind === 'decisions' ? { ...s, whenEmpty: 'text', emptyText: 'INGEN BESLUTNING' } : s,
        ),
        // An attendance line that prints even when empty must not print in a dagsorden.
        header: [
          ...template.header,
          { label: 'Afbud', value: '{afbud}', whenEmpty: 'text', emptyText: 'Ingen' },
        ],
      };
      const decision = createDecision();
      decision.text = paragraphs('TRUFFET BESLUTNING');
      meeting.items[1]?.decisions.push(decision);
      const text = printed(documentOf(meeting, { version: 'internal', document: 'dagsorden' }));
      expect(text).toContain(JSON.stringify(documentTitle(meeting, 'dagsorden')));
      expect(text).not.toContain('TRUFFET BESLUTNING');
      expect(text).not.toContain('INGEN BESLUTNING');
      expect(text).not.toContain('"Afbud"');
      expect(printed(meeting)).toContain('TRUFFET BESLUTNING');
    },
  );
});
