import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import {
  emptyRichText,
  paragraphNode,
  textNode,
  type RichTextNode,
} from '../../shared/model/rich-text';
import { meetingSchema } from '../../shared/model/schema';
import type { Meeting } from '../../shared/model/meeting';
import { sampleMeeting } from '../support/meeting-builders';

const context = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000Z' };

function cell(text: string, extra: Record<string, unknown> = {}): RichTextNode {
  return {
    type: 'tablecell',
    version: 1,
    headerState: 0,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
    children: [paragraphNode([textNode(text)])],
    ...extra,
  };
}

function table(rows: RichTextNode[][], extra: Record<string, unknown> = {}): RichTextNode {
  return {
    type: 'table',
    version: 1,
    ...extra,
    children: rows.map((cells) => ({ type: 'tablerow', version: 1, children: cells })),
  };
}

/** A meeting whose first Sagsfremstilling holds `nodes`. */
function meetingWith(...nodes: RichTextNode[]): Meeting {
  const meeting = sampleMeeting();
  meeting.items[0]!.sections.sagsfremstilling = {
    root: { ...emptyRichText().root, children: nodes },
  };
  return meeting;
}

function open(meeting: Meeting) {
  const result = readMeetingFile(serializeMeetingFile(meeting, context));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  const nodes = result.meeting.items[0]!.sections.sagsfremstilling!.root.children;
  return { nodes, repairs: result.repairs };
}

describe('numbers in formatted text', () => {
  it('clamps an unbounded colSpan and rowSpan on read, keeping the table and its text', () => {
    const { nodes, repairs } = open(
      meetingWith(table([[cell('Beløb', { colSpan: 1e9, rowSpan: '2' }), cell('Note')]])),
    );
    const first = nodes[0]?.children?.[0]?.children?.[0];
    expect(first).toMatchObject({ colSpan: 100, rowSpan: 2 });
    expect(JSON.stringify(nodes)).toContain('Beløb');
    expect(repairs).toEqual([
      'Tal i formateringen (fx indrykning eller tabelceller) var uden for det mulige og er rettet; teksten er uændret.',
    ]);
  });

  it.each([
    ['indent', { ...paragraphNode([textNode('x')]), indent: 1e6 }, { indent: 10 }],
    ['negative indent', { ...paragraphNode([textNode('x')]), indent: -3 }, { indent: 0 }],
    ['fractional indent', { ...paragraphNode([textNode('x')]), indent: 2.5 }, { indent: 2 }],
    [
      'list nesting',
      { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', indent: 1e9 }] },
      { children: [{ indent: 100 }] },
    ],
    [
      'list start',
      { type: 'list', listType: 'number', start: 1e15, children: [] },
      { start: 1_000_000 },
    ],
    [
      'list start as a numeric string',
      { type: 'list', listType: 'number', start: '1e9', children: [] },
      { start: 1_000_000 },
    ],
    ['text format bitmask', { ...textNode('x'), format: 2 ** 40 }, { format: 0 }],
    ['element text format', { ...paragraphNode([]), textFormat: -1 }, { textFormat: 0 }],
    ['cell width', table([[cell('x', { width: 1e9 })]]), {}],
    ['column widths', table([[cell('x')]], { colWidths: [1e9, -5] }), { colWidths: [10_000, 0] }],
  ])('bounds %s', (_name, node, expected) => {
    const { nodes, repairs } = open(meetingWith(node));
    expect(nodes[0]).toMatchObject(expected);
    expect(repairs).toHaveLength(1);
  });

  it('bounds a cell width inside a table', () => {
    const { nodes } = open(meetingWith(table([[cell('x', { width: 1e9 })]])));
    expect(nodes[0]?.children?.[0]?.children?.[0]).toMatchObject({ width: 10_000 });
  });

  it('gives up spans in a table whose spans would add more than 1 000 cells', () => {
    const rows = Array.from({ length: 20 }, (_, r) => [
      cell(`r${r}`, { colSpan: 100, rowSpan: 100 }),
    ]);
    const { nodes } = open(meetingWith(table(rows)));
    const cells = nodes[0]?.children?.map((row) => row.children?.[0]);
    expect(cells?.every((c) => c?.colSpan === 1 && c.rowSpan === 1)).toBe(true);
    expect(cells?.map((c) => JSON.stringify(c)).join()).toContain('r19');
  });

  it('a sound file is left alone', () => {
    const meeting = meetingWith(table([[cell('a', { colSpan: 2 })], [cell('b'), cell('c')]]));
    const { repairs } = open(meeting);
    expect(repairs).toEqual([]);
  });

  it('are refused by validation (IPC, save) when out of range', () => {
    const meeting = meetingWith(table([[cell('x', { colSpan: 1e9 })]]));
    const result = meetingSchema.safeParse(meeting);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('colSpan');
    const indented = meetingWith({ ...paragraphNode([]), indent: 11 });
    expect(meetingSchema.safeParse(indented).success).toBe(false);
  });
});
