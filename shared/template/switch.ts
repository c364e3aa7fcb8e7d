/**
 * Changing a meeting's template ("Skift skabelon…", or applying an edited
 * one) maps the texts by id and never drops anything: text whose id the new
 * template lacks stays in the file and is shown as «Ikke i skabelonen» to
 * move or delete. These functions say what lands there, so the secretary is
 * told before switching and the form can show it afterwards.
 */
import { isRichTextEmpty } from '../model/rich-text';
import type { AgendaItem, Meeting } from '../model/meeting';
import { BUILT_IN_TEMPLATES } from './built-in/index';
import type { Template } from './schema';

/**
 * A name for a text whose section the meeting's template lacks: the label
 * a built-in template gives that id («oekonomi» → «Økonomi»), else the id.
 */
export function knownPartLabel(id: string): string {
  for (const template of BUILT_IN_TEMPLATES) {
    const part = [...template.sections, ...template.fields].find((p) => p.id === id);
    if (part) return part.label;
  }
  return id;
}

/** Ids of rich texts in `item` that `template` has no rich-text section for (and that are not empty). */
export function orphanSectionIds(item: Pick<AgendaItem, 'sections'>, template: Template): string[] {
  // By kind, not only by id: a rich text under an id that is now a short-text section would otherwise vanish.
  const known = new Set(template.sections.filter((s) => s.kind === 'rich-text').map((s) => s.id));
  return Object.entries(item.sections)
    .filter(([id, text]) => !known.has(id) && !isRichTextEmpty(text))
    .map(([id]) => id);
}

/** Ids of short values (fields, short-text sections) in `item` that `template` has no place for. */
export function orphanFieldIds(item: Pick<AgendaItem, 'fields'>, template: Template): string[] {
  const known = new Set([
    ...template.fields.map((f) => f.id),
    ...template.sections.filter((s) => s.kind === 'short-text').map((s) => s.id),
  ]);
  return Object.entries(item.fields)
    .filter(([id, value]) => !known.has(id) && value.trim() !== '')
    .map(([id]) => id);
}

/** Decisions and bilag kept but not shown, because `template` has no section of that kind. */
export function hiddenLists(
  item: Pick<AgendaItem, 'decisions' | 'attachments'>,
  template: Template,
): { decisions: number; attachments: number } {
  const has = (kind: string) => template.sections.some((s) => s.kind === kind);
  return {
    decisions: has('decisions') ? 0 : item.decisions.length,
    attachments: has('attachments') ? 0 : item.attachments.length,
  };
}

/** One item's texts that would go to «Ikke i skabelonen» under `next`, named as `previous` labels them. */
export interface SetAside {
  itemIndex: number;
  title: string;
  parts: string[];
}

/**
 * What switching `meeting` to `next` sets aside, item by item (empty:
 * nothing moves). Text already under «Ikke i skabelonen» with the meeting's
 * own template stays there and is not named again.
 */
export function setAsideBySwitch(
  meeting: Pick<Meeting, 'items' | 'template'>,
  next: Template,
): SetAside[] {
  const previous = meeting.template;
  const labelOf = (id: string) =>
    previous.sections.find((s) => s.id === id)?.label ??
    previous.fields.find((f) => f.id === id)?.label ??
    id;
  return meeting.items.flatMap((item, itemIndex) => {
    const aside = new Set([...orphanSectionIds(item, previous), ...orphanFieldIds(item, previous)]);
    const newly = (ids: string[]) => ids.filter((id) => !aside.has(id)).map(labelOf);
    const hiddenBefore = hiddenLists(item, previous);
    const hidden = hiddenLists(item, next);
    const lists = {
      decisions: hiddenBefore.decisions ? 0 : hidden.decisions,
      attachments: hiddenBefore.attachments ? 0 : hidden.attachments,
    };
    const parts = [
      ...newly(orphanSectionIds(item, next)),
      ...newly(orphanFieldIds(item, next)),
      ...(lists.decisions
        ? [`${lists.decisions} beslutning${lists.decisions === 1 ? '' : 'er'}`]
        : []),
      ...(lists.attachments ? [`${lists.attachments} bilag`] : []),
    ];
    return parts.length ? [{ itemIndex, title: item.title, parts }] : [];
  });
}
