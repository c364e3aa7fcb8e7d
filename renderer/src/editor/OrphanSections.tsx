import type { AgendaItem } from '../../../shared/model/meeting';
import type { Template } from '../../../shared/template/schema';
import {
  hiddenLists,
  knownPartLabel,
  orphanFieldIds,
  orphanSectionIds,
} from '../../../shared/template/switch';
import type { DocumentSession } from './state/document-session';
import { TextSection } from './TextSection';

/**
 * «Ikke i skabelonen»: text kept from another template. It is never dropped
 * silently: the secretary moves it into one of this template's sections or
 * deletes it (with undo). It is not printed until then.
 */
export function OrphanSections({
  item,
  template,
  session,
}: {
  item: AgendaItem;
  template: Template;
  session: DocumentSession;
}) {
  const orphans = orphanSectionIds(item, template);
  const fields = orphanFieldIds(item, template);
  const lists = hiddenLists(item, template);
  const targets = template.sections.filter((s) => s.kind === 'rich-text');
  if (orphans.length + fields.length + lists.decisions + lists.attachments === 0) return null;
  return (
    <div className="orphan-sections" role="group" aria-label="Ikke i skabelonen">
      <h3 className="orphan-title">Ikke i skabelonen</h3>
      <p className="muted">
        Denne tekst hører til et afsnit, som mødets skabelon ikke har. Den kommer ikke med i
        referatet, før du flytter den til et af skabelonens afsnit.
      </p>
      {orphans.map((id) => (
        <div key={id} className="orphan-section">
          <TextSection
            item={item}
            section={{ id, label: `«${knownPartLabel(id)}»`, help: '' }}
            session={session}
          />
          <div className="orphan-actions">
            <label>
              Flyt til{' '}
              <select
                aria-label={`Flyt «${knownPartLabel(id)}» til afsnit`}
                value=""
                onChange={(e) =>
                  e.target.value &&
                  session.dispatch({
                    type: 'section-move',
                    id: item.id,
                    section: id,
                    to: e.target.value,
                  })
                }
              >
                <option value="">Vælg afsnit…</option>
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                session.dispatch({ type: 'section-discard', id: item.id, section: id })
              }
            >
              Slet teksten
            </button>
          </div>
        </div>
      ))}
      {fields.map((id) => (
        <div key={`field-${id}`} className="orphan-section orphan-actions">
          <span>
            <strong>«{knownPartLabel(id)}»:</strong> {item.fields[id]}
          </span>
          <button
            type="button"
            aria-label={`Slet feltet «${knownPartLabel(id)}»`}
            onClick={() =>
              session.dispatch({ type: 'item-field', id: item.id, field: id, value: '' })
            }
          >
            Slet teksten
          </button>
        </div>
      ))}
      {lists.decisions + lists.attachments > 0 && (
        <p className="muted">
          {[
            lists.decisions ? `${lists.decisions} beslutning(er)` : '',
            lists.attachments ? `${lists.attachments} bilag` : '',
          ]
            .filter(Boolean)
            .join(' og ')}{' '}
          vises ikke, fordi skabelonen ikke har et afsnit til dem. De er gemt i filen og vises igen
          med en skabelon, der har det.
        </p>
      )}
    </div>
  );
}
