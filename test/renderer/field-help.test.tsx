// @vitest-environment happy-dom
/**
 * A template field's help text reaches the secretary whatever the field's
 * kind: written in the template editor for a choice list as for a text
 * field, and shown under the field in the item's form, read with it by a
 * screen reader.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAgendaItem } from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in';
import type { Template } from '../../shared/template/schema';
import { FieldRows } from '../../renderer/src/app/templates/FieldRows';
import { draftProblems } from '../../renderer/src/app/templates/template-problems';
import { ItemFields } from '../../renderer/src/editor/ItemFields';
import type { DocumentSession } from '../../renderer/src/editor/state/document-session';

/** Fagudvalg's fields (Sagstype, a choice list; Kompetence, a text field), each with help. */
function template(): Template {
  const base = builtInTemplate('udvalg') as Template;
  return {
    ...base,
    fields: base.fields.map((field) => ({
      ...field,
      help:
        field.kind === 'choice'
          ? 'Vælg Beslutningssag, hvis udvalget skal beslutte noget.'
          : 'Fx «Teknik- og Miljøudvalget».',
    })),
  };
}

function render(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host;
}

describe('a field’s help text', () => {
  it('is shown under a choice list in the item’s form, as under a text field, and described by it', () => {
    const session = { dispatch: () => undefined } as unknown as DocumentSession;
    const form = render(
      renderToStaticMarkup(
        <ItemFields item={createAgendaItem('Cykelsti')} template={template()} session={session} />,
      ),
    );
    for (const [id, help] of [
      ['item-field-sagstype', 'Vælg Beslutningssag, hvis udvalget skal beslutte noget.'],
      ['item-field-kompetence', 'Fx «Teknik- og Miljøudvalget».'],
    ] as const) {
      const control = form.querySelector(`#${id}`);
      const describedBy = control?.getAttribute('aria-describedby') ?? '';
      expect(describedBy, id).toBe(`${id}-help`);
      expect(form.querySelector(`#${describedBy}`)?.textContent).toBe(help);
    }
    expect(form.querySelector('#item-field-sagstype')?.tagName).toBe('SELECT');
  });

  it('is written in the template editor for a choice list too', () => {
    const draft = template();
    const rows = render(
      renderToStaticMarkup(
        <FieldRows
          draft={draft}
          fresh={new Set()}
          problems={draftProblems(draft)}
          onChange={() => undefined}
        />,
      ),
    );
    const choice = draft.fields.findIndex((field) => field.kind === 'choice');
    const help = rows.querySelector<HTMLInputElement>(`#te-field-${choice}-help`);
    expect(help?.getAttribute('value')).toBe(
      'Vælg Beslutningssag, hvis udvalget skal beslutte noget.',
    );
    expect(rows.querySelector(`label[for="te-field-${choice}-help"]`)?.textContent).toBe(
      'Hjælpetekst',
    );
    // Its choices are still there beside it.
    expect(rows.querySelector(`#te-field-${choice}-choices`)).not.toBeNull();
  });
});
