/**
 * The pure parts of the live meeting's UI: recording attendance on an
 * item, counting the Indstilling's points, clock text.
 */
import { describe, expect, it } from 'vitest';
import { clockText, clockTime } from '../../renderer/src/editor/live/clock';
import {
  recommendationPoints,
  recommendationSectionId,
} from '../../renderer/src/editor/live/recommendation-points';
import { applyMeetingAction, duplicateItem } from '../../renderer/src/editor/state/meeting-actions';
import { absentOnItem, attendanceOnItem } from '../../shared/model/attendance';
import { createParticipant } from '../../shared/model/meeting';
import type { RichTextNode } from '../../shared/model/rich-text';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { paragraphs, sampleMeeting } from '../support/meeting-builders';

describe('item-attendance action', () => {
  const meeting = sampleMeeting();
  const bo = createParticipant('Bo Jensen');
  meeting.participants.push(bo);
  const [first, second] = meeting.items;

  it('records one change per participant and item, keeps the reason, and takes it back', () => {
    const left = applyMeetingAction(meeting, {
      type: 'item-attendance',
      itemId: second!.id,
      participantId: bo.id,
      kind: 'left',
    });
    expect(left.items[0]).toBe(first);
    expect(left.items[1]!.attendance).toEqual([{ participantId: bo.id, kind: 'left', reason: '' }]);
    expect(absentOnItem(left, second!).map((p) => p.name)).toEqual(['Bo Jensen']);
    expect(absentOnItem(left, first!)).toEqual([]);

    // Inhabil replaces "left"; typing the reason keeps the kind.
    const inhabil = applyMeetingAction(left, {
      type: 'item-attendance',
      itemId: second!.id,
      participantId: bo.id,
      kind: 'inhabil',
      reason: 'nær familie',
    });
    expect(inhabil.items[1]!.attendance).toEqual([
      { participantId: bo.id, kind: 'inhabil', reason: 'nær familie' },
    ]);
    const again = applyMeetingAction(inhabil, {
      type: 'item-attendance',
      itemId: second!.id,
      participantId: bo.id,
      kind: 'inhabil',
    });
    expect(again.items[1]!.attendance[0]!.reason).toBe('nær familie');
    expect(attendanceOnItem(again, 1).find((e) => e.participant.id === bo.id)?.presence).toBe(
      'inhabil',
    );

    const back = applyMeetingAction(again, {
      type: 'item-attendance',
      itemId: second!.id,
      participantId: bo.id,
      kind: null,
    });
    expect(back.items[1]!.attendance).toEqual([]);
    // Nothing to take back: the same meeting, so nothing is saved.
    expect(
      applyMeetingAction(meeting, {
        type: 'item-attendance',
        itemId: first!.id,
        participantId: bo.id,
        kind: null,
      }).items[0],
    ).toBe(first);
  });

  it('sets status and times through item-update', () => {
    const next = applyMeetingAction(meeting, {
      type: 'item-update',
      id: first!.id,
      patch: { status: 'postponed', openedAt: '10:05', closedAt: '10:32' },
    });
    expect(next.items[0]).toMatchObject({
      status: 'postponed',
      openedAt: '10:05',
      closedAt: '10:32',
    });
  });
});

describe('duplicating an item', () => {
  it('leaves what happened at the meeting with the original', () => {
    const item = {
      ...sampleMeeting().items[0]!,
      status: 'postponed' as const,
      attendance: [{ participantId: 'p', kind: 'inhabil' as const, reason: 'x' }],
      openedAt: '10:05',
      closedAt: '10:32',
    };
    expect(duplicateItem(item)).toMatchObject({
      title: `${item.title} (kopi)`,
      status: 'none',
      attendance: [],
      openedAt: null,
      closedAt: null,
    });
  });
});

describe('Indstilling points', () => {
  const template = builtInTemplate('udvalg')!;
  const list = (listType: string, ...items: RichTextNode[][]): RichTextNode => ({
    type: 'list',
    listType,
    children: items.map((children) => ({ type: 'listitem', children })),
  });
  const text = (t: string): RichTextNode => ({ type: 'text', text: t });

  it('finds the Indstilling by id or label', () => {
    expect(recommendationSectionId(template)).toBe('indstilling');
    expect(
      recommendationSectionId({
        sections: [{ id: 'x', label: 'Indstillingen', kind: 'rich-text' } as never],
      }),
    ).toBe('x');
    expect(recommendationSectionId({ sections: [] })).toBeNull();
  });

  it('counts the points of the first numbered list, not bullets nor indented sub-lists', () => {
    const indstilling = paragraphs('Forvaltningen indstiller,');
    indstilling.root.children.push(
      list('bullet', [text('a')], [text('b')], [text('c')]),
      list('number', [text('1')], [list('number', [text('1a')])], [text('2')]),
    );
    expect(recommendationPoints({ sections: { indstilling } }, template)).toBe(2);
    expect(recommendationPoints({ sections: {} }, template)).toBe(0);
    expect(
      recommendationPoints({ sections: { indstilling: paragraphs('1. ikke en liste') } }, template),
    ).toBe(0);
  });
});

describe('clock text', () => {
  it('writes the time as the file stores it and as Danish text reads it', () => {
    const at = new Date(2018, 0, 29, 9, 5);
    expect(clockTime(at)).toBe('09:05');
    expect(clockText(at)).toBe('kl. 09.05');
    expect(clockText(new Date(2018, 0, 29, 23, 59))).toBe('kl. 23.59');
  });
});
