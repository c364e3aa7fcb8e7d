/**
 * How a library template is named in a chooser (the start screen's, the
 * Word import's): a built-in by its name, the others with where they come
 * from, so the secretary tells her own "Fagudvalg" from the built-in one.
 */
export function templateChoiceLabel(entry: {
  name: string;
  source: 'built-in' | 'user' | 'shared';
}): string {
  if (entry.source === 'built-in') return entry.name;
  return `${entry.name} (${entry.source === 'user' ? 'min' : 'kommunens'})`;
}
