import { flushSync } from 'react-dom';
import {
  idFromLabel,
  moveAt,
  newField,
  partIds,
  uniqueId,
} from '../../../../shared/template/draft';
import type { Template, TemplateField } from '../../../../shared/template/schema';
import { focusRow, moveKeys } from './SectionRows';
import { CaseNumberSettings } from './CaseNumberSettings';
import type { DraftProblems } from './template-problems';

interface Props {
  draft: Template;
  fresh: ReadonlySet<string>;
  problems: DraftProblems;
  onChange: (draft: Template, fresh?: ReadonlySet<string>) => void;
}

/** "Beslutningssag, Orienteringssag" → the choices; a short form in parentheses: "Beslutningssag (B)". */
function parseChoices(text: string): TemplateField['choices'] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*\(([^()]{1,20})\)$/.exec(part);
      return match
        ? { value: match[1] as string, short: match[2] as string }
        : { value: part, short: '' };
    });
}

function choicesText(choices: TemplateField['choices']): string {
  return choices.map((c) => (c.short ? `${c.value} (${c.short})` : c.value)).join(', ');
}

/** The case number's print, then per-item fields ("Kompetence", "Sagsgang"): name, kind, choices or help, printed or not, order. */
export function FieldRows({ draft, fresh, problems, onChange }: Props) {
  const setFields = (fields: Template['fields'], nextFresh = fresh) =>
    onChange({ ...draft, fields }, nextFresh);
  const update = (index: number, patch: Partial<TemplateField>) =>
    setFields(draft.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  const rename = (index: number, label: string) => {
    const field = draft.fields[index];
    if (!field) return;
    let { id } = field;
    let nextFresh = fresh;
    if (fresh.has(id)) {
      id = uniqueId(idFromLabel(label), partIds(draft, field.id));
      nextFresh = new Set([...fresh].filter((f) => f !== field.id).concat(id));
    }
    // The contents list grouped by this field follows its new id.
    const contents =
      draft.contents.groupField === field.id && id !== field.id
        ? { ...draft.contents, groupField: id }
        : draft.contents;
    onChange(
      {
        ...draft,
        contents,
        fields: draft.fields.map((f, i) => (i === index ? { ...f, label, id } : f)),
      },
      nextFresh,
    );
  };
  const move = (index: number, by: number) => {
    const moved = moveAt(draft.fields, index, by);
    if (moved === draft.fields) return;
    flushSync(() => setFields(moved));
    focusRow(`#te-field-${index + by}-label`);
  };
  return (
    <fieldset className="te-group" data-preview="item">
      <legend>Sagsnummer og felter (udskrives under punktoverskriften)</legend>
      <CaseNumberSettings draft={draft} problems={problems} onChange={(next) => onChange(next)} />
      <h4 className="te-subhead">Felter pr. punkt</h4>
      {draft.fields.length === 0 && <p className="muted">Ingen felter.</p>}
      <ol className="te-rows">
        {draft.fields.map((field, index) => {
          const at = (key: string) => problems.at(`fields.${index}.${key}`);
          const name = field.label.trim() || `felt ${index + 1}`;
          const printed = (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={field.print}
                onChange={(e) => update(index, { print: e.target.checked })}
              />{' '}
              Udskrives
            </label>
          );
          return (
            <li
              key={index}
              className="te-row"
              onKeyDown={(e) => moveKeys(e, (by) => move(index, by))}
            >
              <label htmlFor={`te-field-${index}-label`}>Navn</label>
              <input
                id={`te-field-${index}-label`}
                value={field.label}
                aria-invalid={at('label') || at('id') ? true : undefined}
                aria-describedby={`te-field-${index}-problem`}
                onChange={(e) => rename(index, e.target.value)}
              />
              <label htmlFor={`te-field-${index}-kind`}>Type</label>
              <select
                id={`te-field-${index}-kind`}
                value={field.kind}
                onChange={(e) => update(index, { kind: e.target.value as TemplateField['kind'] })}
              >
                <option value="text">Tekst</option>
                <option value="choice">Valgliste</option>
              </select>
              {field.kind === 'choice' && (
                <>
                  <label htmlFor={`te-field-${index}-choices`}>Valg</label>
                  <input
                    key={field.id}
                    id={`te-field-${index}-choices`}
                    defaultValue={choicesText(field.choices)}
                    placeholder="Beslutningssag (B), Orienteringssag (O)"
                    title="Valgene adskilt med komma; en kort form i parentes, fx Beslutningssag (B)"
                    aria-invalid={at('choices') ? true : undefined}
                    onChange={(e) => update(index, { choices: parseChoices(e.target.value) })}
                  />
                </>
              )}
              {/* A choice list's help goes on a line of its own, under its choices. */}
              {field.kind === 'choice' && printed}
              <label htmlFor={`te-field-${index}-help`}>Hjælpetekst</label>
              <input
                id={`te-field-${index}-help`}
                value={field.help}
                placeholder="Vises under feltet i punktet, udskrives ikke"
                aria-invalid={at('help') ? true : undefined}
                onChange={(e) => update(index, { help: e.target.value })}
              />
              {field.kind === 'text' && printed}
              <span className="te-row-buttons">
                <button
                  type="button"
                  aria-label={`Flyt feltet «${name}» op`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Flyt feltet «${name}» ned`}
                  disabled={index === draft.fields.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Fjern feltet «${name}»`}
                  onClick={() => {
                    flushSync(() => setFields(draft.fields.filter((_, i) => i !== index)));
                    focusRow(
                      draft.fields.length > 1
                        ? `#te-field-${Math.max(0, index - 1)}-label`
                        : '#te-add-field',
                    );
                  }}
                >
                  Fjern
                </button>
              </span>
              <span className="te-id muted">pladsholder: {`{${field.id}}`}</span>
              <span id={`te-field-${index}-problem`} className="te-problem" role="status">
                {at('label') ?? at('id') ?? at('choices') ?? at('help') ?? ''}
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="te-add-field"
        onClick={() => {
          const field = newField(draft, 'Nyt felt');
          flushSync(() => setFields([...draft.fields, field], new Set([...fresh, field.id])));
          focusRow(`#te-field-${draft.fields.length}-label`);
        }}
      >
        + Tilføj felt
      </button>
    </fieldset>
  );
}
