/**
 * The meeting the template editor's settings tests adapt a template for:
 * a Direktion meeting with an open item (its Indstilling left empty) and a
 * closed personnel item, both decided at the meeting, so every setting of
 * the template shows in the printed referat.
 */
import type { Locator, Page } from 'playwright-core';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
} from '../../shared/model/meeting';
import { paragraphs } from '../support/meeting-builders';
import type { AppSession } from '../support/renderer-harness';

/** Direktionen, 29-01-2018: "Status på Nyt Fokus" (open) and "Personalesag" (closed). */
export function directorsMeeting(): Meeting {
  const meeting = createMeeting('2018-01-29', {
    body: 'Direktionen',
    venue: 'Rådhuset',
    secretaryName: 'Kathrine Skastrup',
  });
  meeting.startTime = '08:30';
  meeting.participants.unshift(createParticipant('Anne Hansen', 'formand'));
  const status = createAgendaItem('Status på Nyt Fokus');
  status.caseNumber = '16/13808';
  // A field the Direktion template lacks: kept aside until the edited template adds it.
  status.fields.kompetence = 'Direktionen';
  status.sections.baggrund = paragraphs('Notatet giver en kort status.');
  const taken = createDecision();
  taken.text = paragraphs('Taget til efterretning.');
  status.decisions.push(taken);
  const personnel = createAgendaItem('Personalesag vedrørende afskedigelse');
  personnel.caseNumber = '17/00421';
  personnel.closed = true;
  personnel.sections.baggrund = paragraphs('Fortrolige oplysninger om medarbejderen.');
  const approved = createDecision();
  approved.text = paragraphs('Indstillingen godkendt.');
  personnel.decisions.push(approved);
  meeting.items.push(status, personnel);
  return meeting;
}

/** The template editor's fieldsets as laid out: each one's legend, and what overlaps or is cut off in it. */
export function editorGroupProblems(
  page: Page,
): Promise<{ legends: string[]; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const legends: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const group of document.querySelectorAll('.template-editor .te-group')) {
      const legend = group.querySelector('legend')?.textContent?.trim() ?? '?';
      legends.push(legend);
      const box = group.getBoundingClientRect();
      const controls = [...group.querySelectorAll('input, select, button, label')].filter(
        (el) => !(el instanceof HTMLInputElement && el.type === 'checkbox'),
      );
      for (const el of controls) {
        const name = `${legend} › ${el.id || el.textContent?.trim().slice(0, 30) || el.tagName}`;
        if (!visible(el)) {
          problems.push(`${name}: not laid out`);
          continue;
        }
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1)
          problems.push(`${name}: outside its group`);
        // Squeezed: a text field too narrow to read a short label in.
        if ((el.tagName === 'INPUT' || el.tagName === 'SELECT') && r.width < 64) {
          problems.push(`${name}: only ${Math.round(r.width)} px wide`);
        }
      }
      // No two controls of a group cover each other.
      const boxes = controls.filter(visible).map((el) => ({ el, r: el.getBoundingClientRect() }));
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.el.contains(b.el) || b.el.contains(a.el)) return;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 1 && y > 1) {
            problems.push(
              `${legend}: ${a.el.id || a.el.textContent?.trim().slice(0, 30)} overlaps ${b.el.id || b.el.textContent?.trim().slice(0, 30)}`,
            );
          }
        }),
      );
    }
    return { legends, problems };
  });
}

/** Opens "Rediger skabelon…" on the open meeting's template, as the menu does; the dialog. */
export async function openTemplateEditor(app: AppSession): Promise<Locator> {
  await app.emit('app:command', { command: 'meeting.editTemplate' });
  const editor = app.page.getByRole('dialog', { name: /Rediger skabelon/ });
  await editor.waitFor();
  return editor;
}
