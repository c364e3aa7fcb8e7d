import type { AgendaItem } from '../../../shared/model/meeting';
import type { Template } from '../../../shared/template/schema';
import type { DocumentSession } from './state/document-session';

/** Title, case number, the template's own fields (text or a choice list) and "Lukket punkt". */
export function ItemFields({
  item,
  template,
  session,
}: {
  item: AgendaItem;
  template: Template;
  session: DocumentSession;
}) {
  const update = (patch: Partial<Pick<AgendaItem, 'title' | 'caseNumber' | 'closed'>>) =>
    session.dispatch({ type: 'item-update', id: item.id, patch });
  const setField = (field: string, value: string) =>
    session.dispatch({ type: 'item-field', id: item.id, field, value });
  return (
    <div className="form-grid">
      <label htmlFor="item-title">Titel</label>
      <input
        id="item-title"
        value={item.title}
        onChange={(e) => update({ title: e.target.value })}
      />
      <label htmlFor="item-case">{template.item.caseNumber.label.trim() || 'Sagsnummer'}</label>
      <input
        id="item-case"
        value={item.caseNumber}
        onChange={(e) => update({ caseNumber: e.target.value })}
      />
      {template.fields.map((field) => {
        const id = `item-field-${field.id}`;
        const value = item.fields[field.id] ?? '';
        return [
          <label key={`${id}-label`} htmlFor={id}>
            {field.label}
          </label>,
          field.kind === 'choice' ? (
            <select
              key={id}
              id={id}
              value={value}
              onChange={(e) => setField(field.id, e.target.value)}
            >
              <option value="">(ikke valgt)</option>
              {field.choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.value}
                </option>
              ))}
              {value && !field.choices.some((c) => c.value === value) && (
                <option value={value}>{value}</option>
              )}
            </select>
          ) : (
            <input
              key={id}
              id={id}
              value={value}
              title={field.help || undefined}
              onChange={(e) => setField(field.id, e.target.value)}
            />
          ),
        ];
      })}
      <span />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={item.closed}
          onChange={(e) => update({ closed: e.target.checked })}
        />{' '}
        Lukket punkt
      </label>
    </div>
  );
}
