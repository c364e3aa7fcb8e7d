import { describe, expect, it, vi } from 'vitest';
import { applyMeetingAction, moveById } from '../../renderer/src/editor/state/meeting-actions';
import { meetingFromThis } from '../../shared/model/meeting-from-this';
import { decisionHeading } from '../../shared/template/render';
import {
  DocumentSession,
  type SaveApi,
  type SaveRequest,
} from '../../renderer/src/editor/state/document-session';
import type { Meeting } from '../../shared/model/meeting';
import { MeetingDocument } from '../../electron/main/documents/meeting-document';
import { err, ok } from '../../shared/ipc/result';
import { largeMeeting, paragraphs, sampleMeeting } from '../support/meeting-builders';

describe('meeting actions', () => {
  it('moves by id, clamping the target, and keeps the array when nothing moves', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(moveById(list, 'a', 2).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(moveById(list, 'c', -5).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(moveById(list, 'b', 1)).toBe(list);
  });

  it('changes only the touched item and keeps the others identical', () => {
    const meeting = sampleMeeting();
    const [first, second] = meeting.items;
    const next = applyMeetingAction(meeting, {
      type: 'item-update',
      id: second!.id,
      patch: { title: 'Ny' },
    });
    expect(next.items[0]).toBe(first);
    expect(next.items[1]).toMatchObject({ title: 'Ny', closed: true });
    expect(meeting.items[1]!.title).toBe('Personalesag');
  });

  it('adds a decision that follows the meeting’s body and date until they are set on it', () => {
    const meeting = sampleMeeting();
    const item = meeting.items[1]!;
    const added = applyMeetingAction(meeting, { type: 'decision-add', itemId: item.id });
    const decision = added.items[1]!.decisions[0]!;
    expect(decision).toMatchObject({ body: null, date: null });
    expect(decisionHeading(decision, added)).toBe('Beslutning Direktionen den 29-01-2018');
    // The header corrected afterwards: the decision follows.
    const corrected = applyMeetingAction(added, {
      type: 'header',
      patch: { body: 'Direktionen i Høje-Taastrup', date: '2018-01-30' },
    });
    expect(decisionHeading(corrected.items[1]!.decisions[0]!, corrected)).toBe(
      'Beslutning Direktionen i Høje-Taastrup den 30-01-2018',
    );
    // Set on purpose, the date stays.
    const dated = applyMeetingAction(corrected, {
      type: 'decision-update',
      itemId: item.id,
      id: decision.id,
      patch: { date: '2018-01-22' },
    });
    const moved = applyMeetingAction(dated, { type: 'header', patch: { date: '2018-02-05' } });
    expect(decisionHeading(moved.items[1]!.decisions[0]!, moved)).toBe(
      'Beslutning Direktionen i Høje-Taastrup den 22-01-2018',
    );
  });

  it('appends a new decision, and puts a restored one back at its stored place', () => {
    const meeting = sampleMeeting();
    const item = meeting.items[1]!;
    const add = (m: typeof meeting) =>
      applyMeetingAction(m, { type: 'decision-add', itemId: item.id });
    const three = add(add(add(meeting)));
    const [first, second, third] = three.items[1]!.decisions;
    const removed = applyMeetingAction(three, {
      type: 'decision-remove',
      itemId: item.id,
      id: second!.id,
    });
    const restored = applyMeetingAction(removed, {
      type: 'decision-add',
      itemId: item.id,
      decision: second,
      at: 1,
    });
    expect(restored.items[1]!.decisions).toEqual([first, second, third]);
  });

  it('puts a restored participant and bilag back at their old place', () => {
    const meeting = sampleMeeting();
    const item = meeting.items[0]!;
    let next = applyMeetingAction(meeting, { type: 'participant-add', name: 'A' });
    next = applyMeetingAction(next, { type: 'participant-add', name: 'B' });
    const participant = next.participants.at(-2)!;
    const at = next.participants.length - 2;
    const without = applyMeetingAction(next, { type: 'participant-remove', id: participant.id });
    expect(
      applyMeetingAction(without, { type: 'participant-add', participant, at }).participants,
    ).toEqual(next.participants);

    next = applyMeetingAction(next, { type: 'attachment-add', itemId: item.id, title: 'Et' });
    next = applyMeetingAction(next, { type: 'attachment-add', itemId: item.id, title: 'To' });
    const attachments = next.items[0]!.attachments;
    const first = attachments[0]!;
    const removed = applyMeetingAction(next, {
      type: 'attachment-remove',
      itemId: item.id,
      id: first.id,
    });
    const back = applyMeetingAction(removed, {
      type: 'attachment-add',
      itemId: item.id,
      attachment: first,
      at: 0,
    });
    expect(back.items[0]!.attachments).toEqual(attachments);
  });

  it('duplicates an item right after the original with fresh ids', () => {
    const meeting = sampleMeeting();
    const original = meeting.items[0]!;
    const next = applyMeetingAction(meeting, { type: 'item-duplicate', id: original.id });
    const copy = next.items[1]!;
    expect(next.items).toHaveLength(3);
    expect(copy.title).toBe('Status på Nyt Fokus (kopi)');
    expect(copy.id).not.toBe(original.id);
    expect(copy.decisions[0]!.id).not.toBe(original.decisions[0]!.id);
    expect(copy.sections.baggrund!).toEqual(original.sections.baggrund!);
  });

  it('adds, edits, removes and restores a protokolbemærkning; a duplicated item gives it a fresh id', () => {
    const meeting = sampleMeeting();
    const item = meeting.items[0]!;
    const decisionId = item.decisions[0]!.id;
    const note = { id: 'n1', by: [], byText: '', text: '' };
    const added = applyMeetingAction(meeting, {
      type: 'protocol-note-add',
      itemId: item.id,
      decisionId,
      note,
    });
    const edited = applyMeetingAction(added, {
      type: 'protocol-note-update',
      itemId: item.id,
      decisionId,
      id: 'n1',
      patch: { byText: 'Enhedslisten', text: 'Vi stemmer imod.' },
    });
    const notes = () => edited.items[0]!.decisions[0]!.protocolNotes;
    expect(notes()).toEqual([{ ...note, byText: 'Enhedslisten', text: 'Vi stemmer imod.' }]);
    // The other items and decisions keep their identity (the autosave reuses their JSON).
    expect(edited.items[1]).toBe(meeting.items[1]);
    const removed = applyMeetingAction(edited, {
      type: 'protocol-note-remove',
      itemId: item.id,
      decisionId,
      id: 'n1',
    });
    expect(removed.items[0]!.decisions[0]!.protocolNotes).toEqual([]);
    const back = applyMeetingAction(removed, {
      type: 'protocol-note-add',
      itemId: item.id,
      decisionId,
      note: notes()[0]!,
      at: 0,
    });
    expect(back.items[0]!.decisions[0]!.protocolNotes).toEqual(notes());
    const copy = applyMeetingAction(back, { type: 'item-duplicate', id: item.id }).items[1]!;
    expect(copy.decisions[0]!.protocolNotes[0]).toMatchObject({ byText: 'Enhedslisten' });
    expect(copy.decisions[0]!.protocolNotes[0]!.id).not.toBe('n1');
  });

  it('restores a deleted item at its place (undo)', () => {
    const meeting = sampleMeeting();
    const removed = meeting.items[0]!;
    const without = applyMeetingAction(meeting, { type: 'item-remove', id: removed.id });
    const back = applyMeetingAction(without, { type: 'item-add', at: 0, item: removed });
    expect(back.items).toEqual(meeting.items);
  });

  it('"Nyt møde ud fra dette" keeps body, venue, participants and items but clears decisions', () => {
    const meeting = sampleMeeting();
    meeting.participants[0]!.attendance = 'absent';
    const next = meetingFromThis(meeting, '2018-02-05');
    expect(next).toMatchObject({ body: meeting.body, venue: meeting.venue, date: '2018-02-05' });
    expect(next.id).not.toBe(meeting.id);
    expect(next.participants.map((p) => [p.name, p.attendance])).toEqual([['Kathrine', 'present']]);
    expect(next.items.map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
    expect(next.items.every((i) => i.decisions.length === 0)).toBe(true);
  });
});

describe('DocumentSession autosave', () => {
  /** Main's side for real (MeetingDocument), with the disk replaced by a list of calls. */
  function fakeApi(start: Meeting, where: string | null, results: boolean[] = []) {
    const document = MeetingDocument.of(start);
    const calls: { where: string; json: string; sentItems: number }[] = [];
    let target = where;
    const write = (request: SaveRequest) => {
      const applied = document.apply(request);
      if (!applied.ok || applied.value.missing.length > 0) return applied;
      const sentItems = request.items.filter((item) => item.json !== undefined).length;
      calls.push({
        where: target ?? 'recovery',
        json: JSON.stringify(document.meeting()),
        sentItems,
      });
      return results.shift() === false
        ? err<{ missing: string[] }>({ code: 'disk-full' as const })
        : ok({ missing: [] });
    };
    const api: SaveApi = {
      save: (request) => Promise.resolve(write(request)),
      saveAs: (request) => {
        const applied = document.apply(request);
        if (!applied.ok) return Promise.resolve(applied);
        target = `/m/${document.meeting().body}.referat`;
        const result = write(request);
        return Promise.resolve(
          result.ok
            ? ok({ saved: { fileName: `${document.meeting().body}.referat` }, missing: [] })
            : result,
        );
      },
    };
    return { api, calls };
  }

  const timing = (delayMs: number) => ({ delayMs, maxWaitMs: delayMs * 10, retryMs: 1000 });
  const opened = (meeting: Meeting, fileName: string | null) => ({
    handle: 'h1',
    fileName,
    meeting,
  });

  it('debounces: one save after the last change, with the editors flushed first', async () => {
    vi.useFakeTimers();
    const meeting = sampleMeeting();
    const { api, calls } = fakeApi(meeting, '/m/a.referat');
    const session = new DocumentSession(opened(meeting, 'a.referat'), api, timing(500));
    let pending = true;
    session.registerFlusher(() => {
      // Only the first flush has editor text to hand over.
      if (pending) {
        pending = false;
        session.dispatch({
          type: 'item-text',
          id: meeting.items[0]!.id,
          section: 'sagsfremstilling',
          text: paragraphs('Skrevet'),
        });
      }
    });
    for (let i = 0; i < 5; i++) {
      session.noteEditing();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(calls).toHaveLength(0);
    expect(session.getSnapshot().saveState.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.where).toBe('/m/a.referat');
    expect(calls[0]!.json).toContain('Skrevet');
    expect(session.getSnapshot().saveState).toMatchObject({ kind: 'saved', where: 'file' });
    expect(session.hasUnsavedChanges()).toBe(false);
    session.dispose();
    vi.useRealTimers();
  });

  it('sends an item again when an older version of it comes back, though main once held that version', async () => {
    const meeting = sampleMeeting();
    const { api, calls } = fakeApi(meeting, '/m/a.referat');
    const session = new DocumentSession(opened(meeting, 'a.referat'), api, timing(500));
    const id = meeting.items[0]!.id;
    const original = session.read().items[0]!;
    session.dispatch({ type: 'item-update', id, patch: { title: 'Ny titel' } });
    expect(await session.saveNow()).toBe(true);
    expect(calls.at(-1)!.json).toContain('Ny titel');
    // The first version, object and all, back in the meeting (as a snapshot undo would do).
    session.dispatch({ type: 'item-remove', id });
    session.dispatch({ type: 'item-add', at: 0, item: original });
    expect(await session.saveNow()).toBe(true);
    expect(calls.at(-1)!.json).not.toContain('Ny titel');
    expect(calls.at(-1)!.json).toContain(JSON.stringify(original.title));
    session.dispose();
  });

  it('saves at most maxWaitMs after a change while the secretary types without a pause', async () => {
    vi.useFakeTimers();
    const meeting = sampleMeeting();
    const { api, calls } = fakeApi(meeting, '/m/a.referat');
    const session = new DocumentSession(opened(meeting, 'a.referat'), api, {
      delayMs: 600,
      maxWaitMs: 800,
      retryMs: 5000,
    });
    const savedAt: number[] = [];
    let typed = 0;
    session.registerFlusher(() => {
      session.dispatch({
        type: 'item-text',
        id: meeting.items[0]!.id,
        section: 'baggrund',
        text: paragraphs(`tegn ${typed}`),
      });
    });
    // A key every 100 ms for 10 s: the quiet-time debounce alone would never fire.
    for (let t = 0; t < 10_000; t += 100) {
      typed++;
      session.noteEditing();
      const before = calls.length;
      await vi.advanceTimersByTimeAsync(100);
      if (calls.length > before) savedAt.push(t + 100);
    }
    const gaps = savedAt.map((at, i) => at - (savedAt[i - 1] ?? 0));
    expect(savedAt.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(900);
    session.dispose();
    vi.useRealTimers();
  });

  it('sends only the items that changed since the last save', async () => {
    vi.useFakeTimers();
    const meeting = largeMeeting(10, 3);
    const { api, calls } = fakeApi(meeting, '/m/a.referat');
    const session = new DocumentSession(opened(meeting, 'a.referat'), api, timing(100));
    session.dispatch({ type: 'header', patch: { venue: 'Rådhuset' } });
    await vi.advanceTimersByTimeAsync(150);
    const item = meeting.items[4]!;
    session.dispatch({ type: 'item-update', id: item.id, patch: { title: 'Ændret titel' } });
    await vi.advanceTimersByTimeAsync(150);
    // Main holds every item it opened: the header change sends none, the title change one.
    expect(calls.map((c) => c.sentItems)).toEqual([0, 1]);
    expect(JSON.parse(calls[1]!.json)).toEqual(
      JSON.parse(JSON.stringify(session.getSnapshot().meeting)),
    );
    session.dispose();
    vi.useRealTimers();
  });

  it('goes to recovery without a path, and keeps retrying after a failed write', async () => {
    vi.useFakeTimers();
    const meeting = sampleMeeting();
    const { api, calls } = fakeApi(meeting, null, [false, false, true]);
    const session = new DocumentSession(opened(meeting, null), api, timing(100));
    session.dispatch({ type: 'header', patch: { venue: 'Rådhuset, lokale 2' } });
    await vi.advanceTimersByTimeAsync(150);
    expect(session.getSnapshot().saveState).toMatchObject({
      kind: 'error',
      error: { code: 'disk-full' },
    });
    expect(session.getSnapshot().meeting.venue).toBe('Rådhuset, lokale 2');
    // Until a write succeeds, the error stays: never "Gemmer…" in between, so
    // the alert does not disappear and come back with each retry or keystroke.
    const states: string[] = [];
    const unsubscribe = session.subscribe(() => states.push(session.getSnapshot().saveState.kind));
    session.dispatch({ type: 'header', patch: { venue: 'Rådhuset, lokale 3' } });
    await vi.advanceTimersByTimeAsync(2100);
    unsubscribe();
    expect(states.slice(0, -1).every((kind) => kind === 'error')).toBe(true);
    expect(states.at(-1)).toBe('saved');
    expect(calls.map((c) => c.where)).toEqual(['recovery', 'recovery', 'recovery']);
    expect(session.getSnapshot().saveState).toMatchObject({ kind: 'saved', where: 'recovery' });
    session.dispose();
    vi.useRealTimers();
  });

  it('"Gem som…" moves the document to the chosen file', async () => {
    const meeting = sampleMeeting();
    const { api, calls } = fakeApi(meeting, null);
    const session = new DocumentSession(opened(meeting, null), api);
    session.dispatch({ type: 'header', patch: { body: 'Udvalget' } });
    const fileName = await session.saveAs();
    expect(fileName).toBe('Udvalget.referat');
    expect(calls.at(-1)?.where).toBe('/m/Udvalget.referat');
    expect(session.getSnapshot()).toMatchObject({
      fileName,
      saveState: { kind: 'saved', where: 'file' },
    });
    expect(session.hasUnsavedChanges()).toBe(false);
    session.dispose();
  });
});

describe('DocumentSession.sendChanges (the export request)', () => {
  const opened = (meeting: Meeting) => ({ handle: 'h1', fileName: 'a.referat', meeting });
  const noSave: SaveApi = {
    save: () => Promise.resolve(ok({ missing: [] })),
    saveAs: () => Promise.resolve(ok({ saved: null, missing: [] })),
  };

  it('flushes the editors, sends only what main lacks, and resends in full when main asks', async () => {
    const meeting = largeMeeting(4, 1);
    const main = MeetingDocument.of(meeting);
    const sent: number[] = [];
    const send = (request: SaveRequest) => {
      sent.push(request.items.filter((item) => item.json !== undefined).length);
      const applied = main.apply(request);
      return Promise.resolve(applied.ok ? ok({ ...applied.value, path: null }) : applied);
    };
    const session = new DocumentSession(opened(meeting), noSave);
    const item = meeting.items[2]!;
    // The editor has text to hand over once; afterwards it has nothing pending.
    let pending = true;
    session.registerFlusher(() => {
      if (pending) {
        pending = false;
        session.dispatch({
          type: 'item-text',
          id: item.id,
          section: 'baggrund',
          text: paragraphs('Skrevet lige før Ctrl+E'),
        });
      }
    });

    expect(await session.sendChanges(send)).toEqual(ok({ path: null, missing: [] }));
    // The editor's pending text went with the one item it changed.
    expect(sent).toEqual([1]);
    expect(main.meeting()).toEqual(session.read());
    expect(JSON.stringify(main.meeting().items[2])).toContain('Skrevet lige før Ctrl+E');

    // Main holds it now: nothing is sent again.
    await session.sendChanges(send);
    expect(sent).toEqual([1, 0]);

    // Main lost every item (say, an undo brought back what it let go): all of them are resent.
    main.apply({ header: JSON.stringify({ ...meeting, items: [] }), items: [] });
    expect(await session.sendChanges(send)).toEqual(ok({ path: null, missing: [] }));
    expect(sent).toEqual([1, 0, 0, 4]);
    expect(main.meeting()).toEqual(session.read());
    session.dispose();
  });
});
