import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import {
  emptyRichText,
  paragraphNode,
  plainTextOf,
  textNode,
  type RichText,
} from '../../shared/model/rich-text';
import { sampleMeeting } from '../support/meeting-builders';

const context = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000Z' };

/** What a crafted file carries: a full-window overlay on a text run, and more. */
const OVERLAY = 'position:fixed;inset:0;z-index:99999;background:#fff;font-size:80px';

function styledText(): RichText {
  const value = emptyRichText();
  const paragraph = paragraphNode([
    { ...textNode('Klik her for at fortsætte'), style: OVERLAY },
    textNode(' og almindelig tekst.'),
  ]);
  paragraph.textStyle = 'color:red';
  const cell = { type: 'tablecell', version: 1, headerState: 0, backgroundColor: 'red' };
  const table = {
    type: 'table',
    version: 1,
    children: [
      {
        type: 'tablerow',
        version: 1,
        children: [{ ...cell, children: [paragraphNode([textNode('Beløb')])] }],
      },
    ],
  };
  value.root.children = [paragraph, table];
  return value;
}

describe('inline styles in a file', () => {
  it('are removed on read, keeping every word, and reported', () => {
    const meeting = sampleMeeting();
    meeting.items[0]!.sections.sagsfremstilling = styledText();
    const result = readMeetingFile(serializeMeetingFile(meeting, context));
    if (!result.ok) throw new Error(result.problem.code);

    const presentation = result.meeting.items[0]!.sections.sagsfremstilling!;
    const json = JSON.stringify(presentation);
    expect(json).not.toContain('position');
    expect(json).not.toContain('color:red');
    expect(json).not.toContain('"backgroundColor":"red"');
    expect(plainTextOf(presentation.root)).toBe(
      'Klik her for at fortsætte og almindelig tekst.\nBeløb',
    );
    expect(result.repairs).toEqual([
      'Formatering fra et andet program (fx farver, skrifttyper eller placering) er fjernet 3 steder; teksten er uændret.',
    ]);
  });

  it('leaves a file without foreign styles alone', () => {
    const meeting = sampleMeeting();
    const text = serializeMeetingFile(meeting, context);
    const result = readMeetingFile(text);
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.meeting).toEqual(meeting);
  });
});
