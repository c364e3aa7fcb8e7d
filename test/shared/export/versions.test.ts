import { createDecision } from '../../../shared/model/meeting';
import { describe, expect, it } from 'vitest';
import { exportMeetingToDocx } from '../../../shared/export/index';
import type { ExportOptions } from '../../../shared/export/options';
import { documentText, readDocx } from './docx-parts';
import { sampleMeeting } from './sample-meeting';

const meeting = sampleMeeting();
const closed = meeting.items[2];
const closedDecision = 'Hemmelig beslutning om salg';

async function text(options: ExportOptions): Promise<string> {
  if (!closed) throw new Error('sample has no closed item');
  closed.decisions = [
    {
      ...createDecision(),
      id: 'closed-decision',
      body: 'Direktionen',
      date: '2018-01-29',
      text: {
        root: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', text: closedDecision }] }],
        },
      },
    },
  ];
  return documentText(readDocx(await exportMeetingToDocx(meeting, options)));
}

describe('public and internal versions', () => {
  it('public: a closed item shows only "Punkt N: Lukket" and its case number', async () => {
    const publicText = await text({ version: 'public' });
    expect(publicText).toContain('Punkt 3: Lukket');
    expect(publicText).toContain(closed?.caseNumber);
    expect(publicText).not.toContain('Hemmeligt punkt');
    expect(publicText).not.toContain('Fortrolig baggrund');
    expect(publicText).not.toContain(closedDecision);
    expect(publicText).not.toContain('Lukket punkt');
    // The open items are complete.
    expect(publicText).toContain('Punkt 1: Første punkt');
  });

  it('internal: everything, the closed item marked "Lukket punkt"', async () => {
    const internalText = await text({ version: 'internal' });
    expect(internalText).toContain('Punkt 3: Hemmeligt punkt');
    expect(internalText).toContain('Lukket punkt');
    expect(internalText).toContain('Fortrolig baggrund');
    expect(internalText).toContain(closedDecision);
  });

  it('public with the setting: the closed item shows title and decision, not its body', async () => {
    const shown = await text({ version: 'public', publicShowsClosedTitles: true });
    expect(shown).toContain('Punkt 3: Hemmeligt punkt');
    expect(shown).toContain(closedDecision);
    expect(shown).not.toContain('Fortrolig baggrund');
  });
});
