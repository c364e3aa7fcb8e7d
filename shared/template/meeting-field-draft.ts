/**
 * Meeting fields being written in the template editor. A new field comes
 * with a header line that prints it ("Bemærkninger: {bemaerkninger}"): a
 * field no line or title uses would be written and never printed. While the
 * field is new, its id follows its name, and so does that line.
 */
import { idFromLabel, uniqueId } from './draft';
import { HEADER_PLACEHOLDERS } from './placeholders';
import type { Template } from './schema';

type MeetingField = Template['meetingFields'][number];

/** Ids a meeting field may not take: the header's own placeholders and the other meeting fields. */
function takenIds(template: Template, except?: string): string[] {
  return [
    ...HEADER_PLACEHOLDERS.map((spec) => spec.name),
    ...template.meetingFields.map((field) => field.id).filter((id) => id !== except),
  ];
}

/** `template` with a new meeting field labelled `label` and a header line printing it; and the field. */
export function addMeetingField(
  template: Template,
  label: string,
): { template: Template; field: MeetingField } {
  const field: MeetingField = {
    id: uniqueId(idFromLabel(label), takenIds(template)),
    label,
    help: '',
  };
  return {
    field,
    template: {
      ...template,
      meetingFields: [...template.meetingFields, field],
      header: [
        ...template.header,
        { label, value: `{${field.id}}`, whenEmpty: 'omit', emptyText: 'Ingen' },
      ],
    },
  };
}

/**
 * Renames meeting field `index`. A new field (`followName`) also takes an
 * id from the name, and the header line made with it (still printing just
 * that field, under the old name) follows.
 */
export function renameMeetingField(
  template: Template,
  index: number,
  label: string,
  followName: boolean,
): Template {
  const field = template.meetingFields[index];
  if (!field) return template;
  const id = followName ? uniqueId(idFromLabel(label), takenIds(template, field.id)) : field.id;
  const header =
    id === field.id && !followName
      ? template.header
      : template.header.map((line) =>
          line.value === `{${field.id}}` && line.label === field.label
            ? { ...line, label, value: `{${id}}` }
            : line,
        );
  return {
    ...template,
    header,
    meetingFields: template.meetingFields.map((f, i) => (i === index ? { ...f, label, id } : f)),
  };
}
