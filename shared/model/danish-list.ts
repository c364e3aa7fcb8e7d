/** "Bo, Eva og Ida": names joined as Danish writes a list (no comma before "og"). */
export function danishList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1] ?? ''}`;
}
