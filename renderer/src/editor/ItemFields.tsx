import { Fragment } from 'react';
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
        const help = field.help.trim();
        // The template's help under the field, text or choice list alike, read with it.
        const described = help ? { 'aria-describedby': `${id}-help` } : {};
        const control =
          field.kind === 'choice' ? (
            <select
              id={id}
              value={value}
              {...described}
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
              id={id}
              value={value}
              {...described}
              onChange={(e) => setField(field.id, e.target.value)}
            />
          );
        return [
          // With a help line under the control, the label stays level with the control.
          <label key={`${id}-label`} htmlFor={id} className={help ? 'item-field-label' : undefined}>
            {field.label}
          </label>,
          help ? (
            <div key={id} className="item-field">
              {control}
              <span id={`${id}-help`} className="muted field-help">
                {help}
              </span>
            </div>
          ) : (
            <Fragment key={id}>{control}</Fragment>
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
