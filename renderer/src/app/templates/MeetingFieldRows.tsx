import { flushSync } from 'react-dom';
import { moveAt } from '../../../../shared/template/draft';
import {
  addMeetingField,
  renameMeetingField,
} from '../../../../shared/template/meeting-field-draft';
import type { Template } from '../../../../shared/template/schema';
import { focusRow, moveKeys } from './SectionRows';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  fresh: ReadonlySet<string>;
  problems: DraftProblems;
  onChange: (draft: Template, fresh?: ReadonlySet<string>) => void;
}

/** Meeting fields share `fresh` with sections and fields, in a namespace of their own. */
const freshKey = (id: string) => `meeting:${id}`;

/**
 * Texts the secretary writes once per meeting ("Bemærkninger", "Møde nr."):
 * name, help, order. A new one comes with a line under the title that
 * prints it; the title may use it too ({moede-nr}).
 */
export function MeetingFieldRows({ draft, fresh, problems, onChange }: Props) {
  const fields = draft.meetingFields;
  const setFields = (meetingFields: Template['meetingFields']) =>
    onChange({ ...draft, meetingFields });
  const rename = (index: number, label: string) => {
    const field = fields[index];
    if (!field) return;
    const followName = fresh.has(freshKey(field.id));
    const next = renameMeetingField(draft, index, label, followName);
    const id = next.meetingFields[index]?.id ?? field.id;
    const nextFresh = followName
      ? new Set([...fresh].filter((key) => key !== freshKey(field.id)).concat(freshKey(id)))
      : fresh;
    onChange(next, nextFresh);
  };
  const move = (index: number, by: number) => {
    const moved = moveAt(fields, index, by);
    if (moved === fields) return;
    flushSync(() => setFields(moved));
    focusRow(`#te-meeting-field-${index + by}-label`);
  };
  return (
    <fieldset className="te-group" data-preview="front">
      <legend>Mødefelter (skrives én gang pr. møde)</legend>
      <p className="muted te-hint">
        Tekster som «Bemærkninger» eller «Møde nr.», som sekretæren skriver under Mødeoplysninger.
        De udskrives, hvor en linje under titlen eller titlen bruger deres pladsholder.
      </p>
      {fields.length === 0 && <p className="muted">Ingen mødefelter.</p>}
      <ol className="te-rows">
        {fields.map((field, index) => {
          const at = (key: string) => problems.at(`meetingFields.${index}.${key}`);
          const name = field.label.trim() || `mødefelt ${index + 1}`;
          const prefix = `te-meeting-field-${index}`;
          return (
            <li
              key={index}
              className="te-row te-row-meeting-field"
              onKeyDown={(e) => moveKeys(e, (by) => move(index, by))}
            >
              <label htmlFor={`${prefix}-label`}>Navn</label>
              <input
                id={`${prefix}-label`}
                value={field.label}
                aria-invalid={at('label') || at('id') ? true : undefined}
                aria-describedby={`${prefix}-problem`}
                onChange={(e) => rename(index, e.target.value)}
              />
              <span className="te-row-buttons">
                <button
                  type="button"
                  aria-label={`Flyt mødefeltet «${name}» op`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Flyt mødefeltet «${name}» ned`}
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Fjern mødefeltet «${name}»`}
                  onClick={() => {
                    flushSync(() => setFields(fields.filter((_, i) => i !== index)));
                    focusRow(
                      fields.length > 1
                        ? `#te-meeting-field-${Math.max(0, index - 1)}-label`
                        : '#te-add-meeting-field',
                    );
                  }}
                >
                  Fjern
                </button>
              </span>
              <label htmlFor={`${prefix}-help`}>Hjælpetekst</label>
              <input
                id={`${prefix}-help`}
                value={field.help}
                placeholder="Vises under feltet, udskrives ikke"
                aria-invalid={at('help') ? true : undefined}
                onChange={(e) =>
                  setFields(
                    fields.map((f, i) => (i === index ? { ...f, help: e.target.value } : f)),
                  )
                }
              />
              <span className="te-id muted">pladsholder: {`{${field.id}}`}</span>
              <span id={`${prefix}-problem`} className="te-problem" role="status">
                {at('label') ?? at('id') ?? at('help') ?? ''}
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="te-add-meeting-field"
        onClick={() => {
          const { template, field } = addMeetingField(draft, 'Bemærkninger');
          flushSync(() => onChange(template, new Set([...fresh, freshKey(field.id)])));
          focusRow(`#te-meeting-field-${fields.length}-label`);
        }}
      >
        + Tilføj mødefelt
      </button>
    </fieldset>
  );
}
