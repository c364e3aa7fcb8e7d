import { flushSync } from 'react-dom';
import { moveAt } from '../../../../shared/template/draft';
import {
  headerPlaceholders,
  PARTICIPANT_PLACEHOLDERS,
} from '../../../../shared/template/placeholders';
import type { HeaderLine, Template } from '../../../../shared/template/schema';
import { focusRow, moveKeys } from './SectionRows';
import type { DraftProblems } from './template-problems';
import { WhenEmptyControls } from './WhenEmptyControls';
import { PatternSetting } from './SettingInputs';

interface Props {
  draft: Template;
  problems: DraftProblems;
  onChange: (draft: Template) => void;
}

/**
 * The front page's lines under the title ("Mødedato: …", "Afbud: Ingen"):
 * label, value pattern, what prints when empty, order; and how a
 * participant's name is written in them ({deltagere}, {afbud} …).
 */
export function HeaderRows({ draft, problems, onChange }: Props) {
  const setHeader = (header: HeaderLine[]) => onChange({ ...draft, header });
  const update = (index: number, patch: Partial<HeaderLine>) =>
    setHeader(draft.header.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const move = (index: number, by: number) => {
    const moved = moveAt(draft.header, index, by);
    if (moved === draft.header) return;
    flushSync(() => setHeader(moved));
    focusRow(`#te-header-${index + by}-label`);
  };
  return (
    <fieldset className="te-group" data-preview="front">
      <legend>Linjer under titlen</legend>
      <p className="muted te-hint">
        Pladsholdere:{' '}
        {headerPlaceholders(draft.meetingFields)
          .map((spec) => `{${spec.name}}`)
          .join(' ')}
      </p>
      <div className="form-grid te-settings">
        <PatternSetting
          id="te-participant"
          label="En deltager skrives"
          value={draft.participant}
          specs={PARTICIPANT_PLACEHOLDERS}
          problem={problems.at('participant')}
          onChange={(participant) => onChange({ ...draft, participant })}
        />
      </div>
      <ol className="te-rows">
        {draft.header.map((line, index) => {
          const valueProblem = problems.at(`header.${index}.value`);
          const emptyProblem = problems.at(`header.${index}.emptyText`);
          const name = line.label.trim() || `linje ${index + 1}`;
          return (
            <li
              key={index}
              className="te-row te-row-header"
              onKeyDown={(e) => moveKeys(e, (by) => move(index, by))}
            >
              <label htmlFor={`te-header-${index}-label`}>Navn</label>
              <input
                id={`te-header-${index}-label`}
                value={line.label}
                onChange={(e) => update(index, { label: e.target.value })}
              />
              <label htmlFor={`te-header-${index}-value`}>Indhold</label>
              <input
                id={`te-header-${index}-value`}
                className="te-pattern"
                value={line.value}
                spellCheck={false}
                aria-invalid={valueProblem ? true : undefined}
                aria-describedby={`te-header-${index}-problem`}
                onChange={(e) => update(index, { value: e.target.value })}
              />
              <span className="te-row-buttons">
                <button
                  type="button"
                  aria-label={`Flyt linjen «${name}» op`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Flyt linjen «${name}» ned`}
                  disabled={index === draft.header.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Fjern linjen «${name}»`}
                  onClick={() => {
                    flushSync(() => setHeader(draft.header.filter((_, i) => i !== index)));
                    focusRow(
                      draft.header.length > 1
                        ? `#te-header-${Math.max(0, index - 1)}-label`
                        : '#te-add-header',
                    );
                  }}
                >
                  Fjern
                </button>
              </span>
              <WhenEmptyControls
                id={`te-header-${index}`}
                what="linjen"
                name={name}
                empty="tom"
                whenEmpty={line.whenEmpty}
                emptyText={line.emptyText}
                placeholder="Ingen"
                invalid={emptyProblem !== undefined}
                onChange={(patch) => update(index, patch)}
              />
              <span id={`te-header-${index}-problem`} className="te-problem" role="status">
                {valueProblem ?? emptyProblem ?? ''}
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="te-add-header"
        onClick={() => {
          flushSync(() =>
            setHeader([
              ...draft.header,
              { label: 'Ny linje', value: '', whenEmpty: 'omit', emptyText: 'Ingen' },
            ]),
          );
          focusRow(`#te-header-${draft.header.length}-label`);
        }}
      >
        + Tilføj linje
      </button>
    </fieldset>
  );
}
