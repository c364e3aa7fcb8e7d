/**
 * Small, pure edits of a template being written in the template editor:
 * ids made from Danish labels, new sections and fields, moves. The editor
 * validates the result with the template schema (parseTemplate) on every
 * change, so these helpers only keep ids unique and well-formed.
 */
import type { SectionKind, Template, TemplateField, TemplateSection } from './schema';

const RESERVED = new Set(['nr', 'titel', 'sagsnr']);

/** "Økonomi og konsekvenser" → "oekonomi-og-konsekvenser": a well-formed id from a label. */
export function idFromLabel(label: string): string {
  const id = label
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 36)
    .replace(/-+$/, '');
  return id || 'afsnit';
}

/** `base`, or `base-2`, `base-3` … so it clashes with none of `taken` nor a reserved placeholder. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base.slice(0, 36)}-${n}`;
    if (!used.has(id) && !RESERVED.has(id)) return id;
  }
}

/** Every id the template's sections and fields use (they share one namespace). */
export function partIds(
  template: Pick<Template, 'sections' | 'fields'>,
  except?: string,
): string[] {
  return [...template.sections, ...template.fields].map((p) => p.id).filter((id) => id !== except);
}

/** A new section of `kind` labelled `label`, with a fresh id. */
export function newSection(template: Template, label: string, kind: SectionKind): TemplateSection {
  return {
    id: uniqueId(idFromLabel(label), partIds(template)),
    label,
    kind,
    help: '',
    whenEmpty: 'omit',
    emptyText: 'Ingen.',
    public: true,
  };
}

/** A new short text field labelled `label`, printed, with a fresh id. */
export function newField(template: Template, label: string): TemplateField {
  return {
    id: uniqueId(idFromLabel(label), partIds(template)),
    label,
    kind: 'text',
    choices: [],
    print: true,
    help: '',
  };
}

/** `list` with the entry at `index` moved by `by` (−1 up, +1 down); the same list when it cannot move. */
export function moveAt<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list as T[];
  const next = list.slice();
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** A copy of `template` as the start of a new body's template: its own id and name. */
export function newTemplateFrom(
  template: Template,
  name: string,
  takenIds: Iterable<string>,
): Template {
  return {
    ...structuredClone(template),
    id: uniqueId(idFromLabel(name), takenIds),
    name,
    description: '',
  };
}
