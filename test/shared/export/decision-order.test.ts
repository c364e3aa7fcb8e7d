import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../../shared/export/index';
import { decisionsNewestFirst } from '../../../shared/model/decisions';
import { decisionHeading } from '../../../shared/template/render';
import { createDecision, type Decision } from '../../../shared/model/meeting';
import { generateMeeting, node, richText } from '../../support/generate-meeting';
import { documentText, readDocx } from './docx-parts';

function decision(id: string, date: string, text: string): Decision {
  return {
    ...createDecision('Direktionen', date),
    id,
    text: richText([node.paragraph([node.text(text)])]),
  };
}

describe('decision order in the Word export', () => {
  it('prints decisions as the editor shows them: newest date first, the later-added first on a tie', async () => {
    const meeting = generateMeeting({ items: 1, sectionsPerItem: 1, seed: 3 });
    const item = meeting.items[0]!;
    // Stored in the order the secretary added them.
    item.decisions = [
      decision('postponed', '2018-01-22', 'Udsat til næste møde.'),
      decision('first', '2018-01-29', 'Første beslutning i dag.'),
      decision('second', '2018-01-29', 'Anden beslutning i dag.'),
    ];
    const shown = decisionsNewestFirst(item, meeting).map((d) => d.id);
    expect(shown).toEqual(['second', 'first', 'postponed']);

    const text = documentText(
      readDocx(await exportMeetingToDocx(meeting, { version: 'internal' })),
    );
    const positions = ['Anden beslutning', 'Første beslutning', 'Udsat til næste'].map((t) =>
      text.indexOf(t),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text.indexOf(decisionHeading(item.decisions[0]!, meeting))).toBeLessThan(positions[2]!);
  });

  it('shows one day\'s "Ad N." decisions in point order under the whole-item one, whatever order they were added in', () => {
    const meeting = generateMeeting({ items: 1, sectionsPerItem: 1, seed: 4 });
    const item = meeting.items[0]!;
    const ad = (id: string, point: string, date = '2018-01-29') => ({
      ...decision(id, date, id),
      point,
    });
    item.decisions = [
      ad('ad2', '2'),
      ad('earlier-ad1', '1', '2018-01-22'),
      ad('ad10', '10'),
      ad('whole', ''),
      ad('ad1', '1'),
      ad('ad-a', 'a'),
    ];
    expect(decisionsNewestFirst(item, meeting).map((d) => d.id)).toEqual([
      'whole',
      'ad1',
      'ad2',
      'ad10',
      'ad-a',
      'earlier-ad1',
    ]);
  });
});
