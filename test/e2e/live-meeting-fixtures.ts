/** The meeting and the page helpers of the live-meeting tests (live-meeting.test.ts). */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readMeetingFile } from '../../shared/format/read';
import { serializeMeetingFile } from '../../shared/format/write';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
} from '../../shared/model/meeting';
import { textNode, type RichText } from '../../shared/model/rich-text';
import { builtInTemplate } from '../../shared/template/built-in/index';
import { paragraphs } from '../support/meeting-builders';
import type { AppSession } from '../support/renderer-harness';

/** An Indstilling with numbered points, as Lexical stores a numbered list. */
export function numbered(...points: string[]): RichText {
  const text = paragraphs('Forvaltningen indstiller,');
  text.root.children.push({
    type: 'list',
    version: 1,
    listType: 'number',
    start: 1,
    tag: 'ol',
    direction: null,
    format: '',
    indent: 0,
    children: points.map((point, i) => ({
      type: 'listitem',
      version: 1,
      value: i + 1,
      indent: 0,
      direction: null,
      format: '',
      children: [textNode(point)],
    })),
  });
  return text;
}

/** The committee before the meeting: six members with party letters, a secretary, four items. */
export function committeeMeeting(): Meeting {
  const udvalg = builtInTemplate('udvalg');
  if (!udvalg) throw new Error('udvalg template missing');
  const template = { ...udvalg, item: { ...udvalg.item, statusLine: true, recordTimes: true } };
  const meeting = createMeeting(
    '2018-01-29',
    { body: 'Børne- og Skoleudvalget', venue: 'Rådhuset', secretaryName: '' },
    template,
  );
  const member = (name: string, party: string, role = '') => ({
    ...createParticipant(name, role),
    party,
  });
  meeting.participants = [
    member('Anne Holm', 'A', 'formand'),
    member('Bo Jensen', 'V'),
    member('Carl Dahl', 'F'),
    member('Dorte Lund', 'Ø'),
    member('Erik Berg', 'C'),
    member('Fie Kragh', 'V'),
    createParticipant('Kathrine Skov', 'sekretær'),
  ];
  const budget = createAgendaItem('Budget 2019');
  budget.sections.indstilling = numbered('at budgettet godkendes,', 'at rammen fastholdes.');
  const schools = createAgendaItem('Skolestruktur');
  // Decided at the meeting before: postponed to this one.
  const earlier = createDecision('Børne- og Skoleudvalget', '2018-01-22');
  earlier.text = paragraphs('Udskudt til den 29/1.');
  schools.decisions.push(earlier);
  const plan = createAgendaItem('Lokalplan for Nørrevang');
  const other = createAgendaItem('Eventuelt');
  meeting.items = [budget, schools, plan, other];
  return meeting;
}

export async function readMeeting(path: string): Promise<Meeting> {
  const result = readMeetingFile(await fs.readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.problem.code);
  return result.meeting;
}

/**
 * Pairs of overlapping boxes among the children of each element matching
 * `selector`, and children that stick out of the editor's main area: what
 * a secretary would see as text drawn over text or cut off.
 */
export function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const main = document.querySelector('.editor-main')!.getBoundingClientRect();
    const rows = document.querySelectorAll(selector);
    if (rows.length === 0) problems.push(`nothing matches ${selector}`);
    for (const row of rows) {
      const children = [...row.children].filter((c) => c.getBoundingClientRect().width > 0);
      const boxes = children.map((c) => c.getBoundingClientRect());
      boxes.forEach((a, i) => {
        const name = children[i]!.textContent?.trim().slice(0, 30);
        if (a.right > main.right + 0.5) problems.push(`${name} sticks out`);
        boxes.slice(i + 1).forEach((b, j) => {
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          if (overlap)
            problems.push(`${name} overlaps ${children[i + 1 + j]!.textContent?.trim()}`);
        });
      });
    }
    return problems;
  }, selector);
}

/** The accessible name of the focused element (its label), or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (active?.isContentEditable) return `editor: ${active.innerText}`;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
  });
}

/** Writes the committee meeting into the session's data folder and opens it from the start screen. */
export async function openCommitteeMeeting(app: AppSession): Promise<string> {
  const path = join(app.dataDir, 'Udvalget.referat');
  const context = { appVersion: 'test', savedAt: '2018-01-28T12:00:00.000Z' };
  await fs.writeFile(path, serializeMeetingFile(committeeMeeting(), context));
  app.dialogs.open.push(path);
  await app.page.getByRole('button', { name: 'Åbn møde…' }).click();
  await app.page.getByRole('heading', { name: 'Punkt 1' }).waitFor();
  return path;
}
