import type { Meeting } from '../../model/meeting';
import { contentsEntry } from '../../template/render';
import { textParagraph, type Block, type ContentsGroup } from '../blocks';
import type { ExportOptions } from '../options';
import { xmlSafeLine } from '../sanitize';
import { itemBookmark, visibleTitle } from './visibility';

/**
 * "Åbne punkter" and "Lukkede punkter", each with its items in agenda order
 * and under their own numbers: with the closed items at the end of the
 * agenda, as bodies arrange them, both lists count on from each other; a
 * closed item in the middle leaves its number out of the open list and is
 * found under its own label. An empty group is left out.
 */
function openClosedGroups(meeting: Meeting): ContentsGroup[] {
  const { openLabel, closedLabel } = meeting.template.contents;
  const indexes = meeting.items.map((_, index) => index);
  return [
    { label: openLabel, entries: indexes.filter((i) => !meeting.items[i]?.closed) },
    { label: closedLabel, entries: indexes.filter((i) => meeting.items[i]?.closed) },
  ]
    .filter((group) => group.entries.length > 0)
    .map((group) => ({ ...group, label: xmlSafeLine(group.label).trim() }));
}

/**
 * One group per choice of the template's group field, in the choice list's
 * order ("Til efterretning", "Til beslutning"), then the items with no
 * choice made (or one the list no longer has) under `otherLabel`; with
 * `closedApart`, the closed items last under `closedLabel` instead of in
 * their choice's group ("Beslutningssager", "Orienteringssager", "Lukkede
 * sager"). An empty group is left out; each item is listed once, in agenda
 * order.
 */
function fieldGroups(meeting: Meeting): ContentsGroup[] {
  const { groupField, otherLabel, closedApart, closedLabel } = meeting.template.contents;
  const field = meeting.template.fields.find((f) => f.id === groupField);
  const choices = field?.kind === 'choice' ? field.choices.map((c) => c.value) : [];
  const valueOf = (index: number) => (meeting.items[index]?.fields[groupField] ?? '').trim();
  const apart = (index: number) => closedApart && meeting.items[index]?.closed === true;
  const indexes = meeting.items.map((_, index) => index);
  const grouped = indexes.filter((i) => !apart(i));
  return [
    ...choices.map((choice) => ({
      label: choice,
      entries: grouped.filter((i) => valueOf(i) === choice),
    })),
    { label: otherLabel, entries: grouped.filter((i) => !choices.includes(valueOf(i))) },
    { label: closedLabel, entries: indexes.filter(apart) },
  ]
    .filter((group) => group.entries.length > 0)
    .map((group) => ({ ...group, label: xmlSafeLine(group.label).trim() }));
}

/** The contents list's groups, as the template says; none for an ungrouped list. */
export function contentsGroups(meeting: Meeting): ContentsGroup[] {
  switch (meeting.template.contents.grouping) {
    case 'open-closed':
      return openClosedGroups(meeting);
    case 'field':
      return fieldGroups(meeting);
    case 'none':
      return [];
  }
}

/**
 * The contents list with its title, one entry per item linked to its
 * heading, grouped when the template says so; nothing when the template has
 * no contents list.
 */
export function contents(meeting: Meeting, options: ExportOptions): Block[] {
  const { template } = meeting;
  if (!template.contents.show) return [];
  const groups = contentsGroups(meeting);
  return [
    textParagraph('TOCHeading', xmlSafeLine(template.contents.title).trim() || 'Indhold'),
    {
      kind: 'contents',
      entries: meeting.items.map((item, index) => ({
        title:
          xmlSafeLine(
            contentsEntry(meeting, item, index, visibleTitle(item, options, template)),
          ).trim() || 'Uden titel',
        bookmark: itemBookmark(index),
      })),
      // A meeting without items has no groups: its list is the one empty field.
      ...(groups.length > 0 ? { groups } : {}),
    },
  ];
}
