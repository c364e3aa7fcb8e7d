import { flushSync } from 'react-dom';
import {
  idFromLabel,
  moveAt,
  newSection,
  partIds,
  uniqueId,
} from '../../../../shared/template/draft';
import { SECTION_KINDS, type SectionKind, type Template } from '../../../../shared/template/schema';
import type { DraftProblems } from './template-problems';
import { WhenEmptyControls } from './WhenEmptyControls';

/** The section kinds in Danish, as the editor offers them. */
export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  'rich-text': 'Tekst',
  decisions: 'Beslutninger',
  attachments: 'Bilag',
  'short-text': 'Kort tekst (én linje)',
};

interface Props {
  draft: Template;
  /** Ids of parts added in this editor session: their id follows their name until saved. */
  fresh: ReadonlySet<string>;
  problems: DraftProblems;
  onChange: (draft: Template, fresh?: ReadonlySet<string>) => void;
}

/**
 * Focuses an element of the rows right after an add, move or removal,
 * which the caller has already rendered (flushSync): a second Alt+↑ typed
 * at once must move the same row again, not the one that took its place. A
 * text field's content is selected, so a new section's "Nyt afsnit" is
 * replaced by what the secretary types.
 */
export function focusRow(selector: string): void {
  const element = document.querySelector<HTMLElement>(selector);
  element?.focus();
  if (element instanceof HTMLInputElement) element.select();
}

/** Moves a row with Alt+↑/↓ from anywhere in it, like items in the meeting. */
export function moveKeys(event: React.KeyboardEvent, move: (by: number) => void): void {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  move(event.key === 'ArrowUp' ? -1 : 1);
}

/** The sections of every item, in printed order: rename, change kind, help and empty text, reorder, remove, add. */
export function SectionRows({ draft, fresh, problems, onChange }: Props) {
  const setSections = (sections: Template['sections'], nextFresh = fresh) =>
    onChange({ ...draft, sections }, nextFresh);
  const update = (index: number, patch: Partial<Template['sections'][number]>) =>
    setSections(draft.sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const rename = (index: number, label: string) => {
    const section = draft.sections[index];
    if (!section) return;
    let { id } = section;
    let nextFresh = fresh;
    if (fresh.has(id)) {
      id = uniqueId(idFromLabel(label), partIds(draft, section.id));
      nextFresh = new Set([...fresh].filter((f) => f !== section.id).concat(id));
    }
    setSections(
      draft.sections.map((s, i) => (i === index ? { ...s, label, id } : s)),
      nextFresh,
    );
  };
  const move = (index: number, by: number) => {
    const moved = moveAt(draft.sections, index, by);
    if (moved === draft.sections) return;
    flushSync(() => setSections(moved));
    focusRow(`#te-section-${index + by}-label`);
  };
  return (
    <fieldset className="te-group" data-preview="item">
      <legend>Afsnit i hvert punkt (i den rækkefølge, de udskrives)</legend>
      <ol className="te-rows">
        {draft.sections.map((section, index) => {
          const at = (key: string) => problems.at(`sections.${index}.${key}`);
          const name = section.label.trim() || `afsnit ${index + 1}`;
          return (
            <li
              key={index}
              className="te-row"
              onKeyDown={(e) => moveKeys(e, (by) => move(index, by))}
            >
              <label htmlFor={`te-section-${index}-label`}>Overskrift</label>
              <input
                id={`te-section-${index}-label`}
                value={section.label}
                aria-invalid={at('label') || at('id') ? true : undefined}
                aria-describedby={`te-section-${index}-problem`}
                onChange={(e) => rename(index, e.target.value)}
              />
              <label htmlFor={`te-section-${index}-kind`}>Type</label>
              <select
                id={`te-section-${index}-kind`}
                value={section.kind}
                onChange={(e) =>
                  setSections(
                    draft.sections.map((s, i) =>
                      i === index ? { ...s, kind: e.target.value as SectionKind } : s,
                    ),
                  )
                }
              >
                {SECTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {SECTION_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
              <label htmlFor={`te-section-${index}-help`}>Hjælpetekst</label>
              <input
                id={`te-section-${index}-help`}
                value={section.help}
                placeholder="Vises kun for dig, udskrives ikke"
                onChange={(e) =>
                  setSections(
                    draft.sections.map((s, i) =>
                      i === index ? { ...s, help: e.target.value } : s,
                    ),
                  )
                }
              />
              <span className="te-row-checks">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={section.public}
                    onChange={(e) => update(index, { public: e.target.checked })}
                  />{' '}
                  I offentlig version
                </label>
              </span>
              <WhenEmptyControls
                id={`te-section-${index}`}
                what="afsnittet"
                name={name}
                empty="tomt"
                whenEmpty={section.whenEmpty}
                emptyText={section.emptyText}
                placeholder="Ingen."
                invalid={at('emptyText') !== undefined}
                onChange={(patch) => update(index, patch)}
              />
              <span className="te-row-buttons">
                <button
                  type="button"
                  aria-label={`Flyt «${name}» op`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Flyt «${name}» ned`}
                  disabled={index === draft.sections.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Fjern afsnittet «${name}»`}
                  onClick={() => {
                    flushSync(() => setSections(draft.sections.filter((_, i) => i !== index)));
                    focusRow(
                      draft.sections.length > 1
                        ? `#te-section-${Math.max(0, index - 1)}-label`
                        : '#te-add-section',
                    );
                  }}
                >
                  Fjern
                </button>
              </span>
              <span className="te-id muted">id: {section.id}</span>
              <span id={`te-section-${index}-problem`} className="te-problem" role="status">
                {at('label') ?? at('id') ?? at('kind') ?? at('emptyText') ?? ''}
              </span>
            </li>
          );
        })}
      </ol>
      {problems.at('sections') && <p className="te-problem">{problems.at('sections')}</p>}
      <button
        type="button"
        id="te-add-section"
        onClick={() => {
          const section = newSection(draft, 'Nyt afsnit', 'rich-text');
          flushSync(() =>
            setSections([...draft.sections, section], new Set([...fresh, section.id])),
          );
          focusRow(`#te-section-${draft.sections.length}-label`);
        }}
      >
        + Tilføj afsnit
      </button>
    </fieldset>
  );
}
