import type { AgendaItem } from '../../../shared/model/meeting';
import type { TemplateSection } from '../../../shared/template/schema';
import type { DocumentSession } from './state/document-session';
import { sectionHeadingId } from './TextSection';

/** A short plain-text section ("Sagens gang"): one or a few lines, kept with the item's fields. */
export function ShortTextSection({
  item,
  section,
  session,
}: {
  item: AgendaItem;
  section: TemplateSection;
  session: DocumentSession;
}) {
  const labelId = sectionHeadingId(section.id);
  return (
    <section className="item-section" aria-labelledby={labelId}>
      <h3 id={labelId}>{section.label}</h3>
      {section.help && <p className="section-help muted">{section.help}</p>}
      <textarea
        aria-labelledby={labelId}
        rows={2}
        value={item.fields[section.id] ?? ''}
        onChange={(e) =>
          session.dispatch({
            type: 'item-field',
            id: item.id,
            field: section.id,
            value: e.target.value,
          })
        }
      />
    </section>
  );
}
