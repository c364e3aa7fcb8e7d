import type { Meeting } from '../../../shared/model/meeting';

interface Props {
  meeting: Meeting;
  onChange: (fields: Meeting['fields']) => void;
}

/**
 * The template's meeting fields ("Bemærkninger", "Møde nr."): texts the
 * secretary writes once per meeting and the header lines or the title print.
 * Rows of the header form's grid, so labels line up with Organ and Mødested.
 */
export function MeetingFields({ meeting, onChange }: Props) {
  return meeting.template.meetingFields.map((field) => {
    const id = `meeting-field-${field.id}`;
    return [
      <label key={`${id}-label`} htmlFor={id}>
        {field.label}
      </label>,
      <div key={id} className="meeting-field">
        <textarea
          id={id}
          rows={2}
          value={meeting.fields[field.id] ?? ''}
          aria-describedby={field.help ? `${id}-help` : undefined}
          onChange={(e) => onChange({ ...meeting.fields, [field.id]: e.target.value })}
        />
        {field.help && (
          <span id={`${id}-help`} className="muted field-help">
            {field.help}
          </span>
        )}
      </div>,
    ];
  });
}
