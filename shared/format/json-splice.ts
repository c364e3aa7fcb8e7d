/**
 * JSON.stringify where some values come as ready JSON text: each such value
 * is replaced by a numbered marker while stringifying, and the markers by
 * the text afterwards. Lets a caller reuse cached JSON for unchanged parts
 * (the autosave) or write parts in another layout (compact rich text inside
 * a pretty-printed file).
 *
 * The marker is a string JSON.stringify escapes to `"\u0000<n>\u0000"`,
 * which no escaped user string can produce (a user's own "\u0000" text is
 * escaped as "\\u0000").
 */
const MARK = '\u0000';
const MARKED = /"\\u0000(\d+)\\u0000"/g;

/** Ready JSON text for `value` at `key`, or undefined to stringify it as usual. */
export type JsonSubstitute = (key: string, value: unknown) => string | undefined;

/** `JSON.stringify(value, null, indent)` with `substitute` supplying ready JSON for some values. */
export function stringifyWith(value: unknown, substitute: JsonSubstitute, indent?: number): string {
  const parts: string[] = [];
  const json = JSON.stringify(
    value,
    (key, inner: unknown) => {
      if (key === '') return inner;
      const ready = substitute(key, inner);
      if (ready === undefined) return inner;
      parts.push(ready);
      return `${MARK}${parts.length - 1}${MARK}`;
    },
    indent,
  );
  // Joined by `+`, not String.replace: V8 then links the pieces instead of
  // copying a 300 kB field into a new string at every level (field, item),
  // and copies once, when the text is written or sent.
  let out = '';
  let last = 0;
  for (const match of json.matchAll(MARKED)) {
    out += json.slice(last, match.index) + (parts[Number(match[1])] ?? 'null');
    last = match.index + match[0].length;
  }
  return last === 0 ? json : out + json.slice(last);
}
