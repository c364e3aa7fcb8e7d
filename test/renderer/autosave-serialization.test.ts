/**
 * What an autosave serializes: the page's JSON cache (only changed items,
 * fields and blocks are stringified) and main's file bytes (only changed
 * items are encoded).
 */
import { describe, expect, it } from 'vitest';
import { applyMeetingAction } from '../../renderer/src/editor/state/meeting-actions';
import { MeetingJsonCache } from '../../renderer/src/editor/state/meeting-json';
import { MeetingDocument } from '../../electron/main/documents/meeting-document';
import type { RichText } from '../../shared/model/rich-text';
import { largeMeeting, paragraphs, sampleMeeting } from '../support/meeting-builders';

describe('MeetingJsonCache', () => {
  it('produces exactly JSON.stringify, even with tricky strings', () => {
    const meeting = sampleMeeting();
    meeting.items[0]!.title = 'Nul \u0000 "citat" \\u00000\\u0000 og \u20281';
    meeting.items[0]!.sections.sagsfremstilling = paragraphs('\u00000\u0000', 'items');
    expect(new MeetingJsonCache().serialize(meeting)).toBe(JSON.stringify(meeting));
  });

  it('re-serializes only the field that changed', () => {
    const cache = new MeetingJsonCache();
    let meeting = largeMeeting(20, 5);
    cache.serialize(meeting);
    const first = cache.stringifiedFields;
    const item = meeting.items[7]!;
    meeting = applyMeetingAction(meeting, {
      type: 'item-text',
      id: item.id,
      section: 'sagsfremstilling',
      text: paragraphs('Ændret'),
    });
    expect(cache.serialize(meeting)).toBe(JSON.stringify(meeting));
    expect(cache.stringifiedFields - first).toBe(1);
  });

  it('stringifies only the new blocks of a changed field, reusing the unchanged block objects', () => {
    const cache = new MeetingJsonCache();
    let meeting = largeMeeting(3, 40);
    cache.serialize(meeting);
    const item = meeting.items[1]!;
    const before = item.sections.sagsfremstilling as RichText;
    const blocks = cache.stringifiedBlocks;
    // As an editor hands it over after typing in one paragraph: the others are the same objects.
    const typed = paragraphs('Skrevet nu').root.children[0]!;
    const text: RichText = {
      root: { ...before.root, children: [...before.root.children.slice(0, -1), typed] },
    };
    meeting = applyMeetingAction(meeting, {
      type: 'item-text',
      id: item.id,
      section: 'sagsfremstilling',
      text,
    });
    expect(cache.serialize(meeting)).toBe(JSON.stringify(meeting));
    expect(cache.stringifiedBlocks - blocks).toBe(1);
  });
});

describe("main's MeetingDocument file bytes", () => {
  it('are the file text as UTF-8, and an autosave re-encodes only the item that changed', () => {
    const meeting = largeMeeting(4, 3);
    meeting.body = 'Børne- og Skoleudvalget';
    const document = MeetingDocument.of(meeting);
    const context = { appVersion: 'test', savedAt: '2026-12-01T10:00:00.000Z' };
    const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
    const first = document.fileBytes(context);
    const text = document.fileText(context);
    if (!first.ok || !text.ok) throw new Error('not written');
    expect(joined(first.value)).toBe(text.value);

    const changed = { ...meeting.items[2]!, title: 'Ændret titel' };
    const applied = document.apply({
      header: JSON.stringify({ ...meeting, items: [] }),
      items: meeting.items.map((item, i) =>
        i === 2 ? { id: item.id, json: JSON.stringify(changed) } : { id: item.id },
      ),
    });
    expect(applied.ok).toBe(true);
    const second = document.fileBytes(context);
    const secondText = document.fileText(context);
    if (!second.ok || !secondText.ok) throw new Error('not written');
    expect(joined(second.value)).toBe(secondText.value);
    expect(secondText.value).toContain('Ændret titel');
    // The unchanged items' bytes are the very same arrays: nothing re-encoded.
    const reused = second.value.filter((chunk) => first.value.includes(chunk));
    expect(reused.length).toBeGreaterThanOrEqual(3);
  });
});
