import { templateSchema, type Template } from '../schema';
import { BYRAAD } from './byraad';
import { DIREKTIONEN } from './direktionen';
import { INTERNT } from './internt';
import { UDVALG } from './udvalg';

/** The templates that come with the app, validated like any other (a broken one fails at start-up and in tests). */
export const BUILT_IN_TEMPLATES: readonly Template[] = [DIREKTIONEN, UDVALG, BYRAAD, INTERNT].map(
  (input) => templateSchema.parse(input),
);

/** The seed's template: what every meeting written before templates existed used. */
export const DEFAULT_TEMPLATE: Template = BUILT_IN_TEMPLATES[0] as Template;

/** The built-in template with `id`, if there is one. */
export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
