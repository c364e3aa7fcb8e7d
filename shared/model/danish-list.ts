/**
 * "Bo, Eva og Ida", or with `conjunction` "eller" "a, b eller c": joined as
 * Danish writes a list (no comma before the last word).
 */
export function danishList(names: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1] ?? ''}`;
}
