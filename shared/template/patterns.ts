/**
 * The small pattern language of templates (skabeloner): how a body writes
 * its title line, item headings, decision headings and header lines.
 *
 *   {navn}            a placeholder, replaced by a value ("{organ}", "{nr}")
 *   {navn:variant}    a variant of it ("{dato:lang}" → "12. maj 2021")
 *   [ … ]             an optional part, left out when a placeholder in it is empty
 *                     ("Beslutning[ {organ}] den {dato}")
 *   \{ \} \[ \] \\    the character itself
 *
 * Kept deliberately small: a secretary or an IT person edits these in a
 * text field, and the Word import reads headings back with them.
 */

/** A piece of a parsed pattern. */
export type PatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; variant: string | null }
  | { kind: 'optional'; parts: PatternPart[] };

/** A parsed pattern, or what is wrong with it (Danish, for the secretary or IT). */
export type ParsedPattern = { ok: true; parts: PatternPart[] } | { ok: false; message: string };

/** Longest pattern accepted: a heading pattern is a line, not a document. */
export const MAX_PATTERN_LENGTH = 500;

/** Parses `source`; reports unbalanced brackets and malformed placeholders. */
export function parsePattern(source: string): ParsedPattern {
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      message: `har ${source.length} tegn; højst ${MAX_PATTERN_LENGTH} er tilladt`,
    };
  }
  const top: PatternPart[] = [];
  let current = top;
  let optional: PatternPart[] | null = null;
  let text = '';
  const flush = () => {
    if (text) current.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\' && i + 1 < source.length) {
      text += source[++i];
    } else if (char === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) return { ok: false, message: 'har en { uden }' };
      const inner = source.slice(i + 1, end);
      const match = /^([a-zæøå][a-zæøå0-9-]*)(?::([a-zæøå]+))?$/.exec(inner);
      if (!match) {
        return {
          ok: false,
          message: `har en ugyldig pladsholder {${inner}}: brug små bogstaver, fx {titel} eller {dato:lang}`,
        };
      }
      flush();
      current.push({ kind: 'placeholder', name: match[1] as string, variant: match[2] ?? null });
      i = end;
    } else if (char === '}') {
      return { ok: false, message: 'har en } uden {' };
    } else if (char === '[') {
      if (optional)
        return { ok: false, message: 'har [ inde i [ (valgfrie dele kan ikke indlejres)' };
      flush();
      optional = [];
      current = optional;
    } else if (char === ']') {
      if (!optional) return { ok: false, message: 'har en ] uden [' };
      flush();
      top.push({ kind: 'optional', parts: optional });
      optional = null;
      current = top;
    } else {
      text += char;
    }
  }
  if (optional) return { ok: false, message: 'har en [ uden ]' };
  flush();
  return { ok: true, parts: top };
}

/** The placeholders a pattern uses, as `name` or `name:variant`. */
export function placeholdersOf(
  parts: readonly PatternPart[],
): { name: string; variant: string | null }[] {
  return parts.flatMap((part) =>
    part.kind === 'placeholder'
      ? [{ name: part.name, variant: part.variant }]
      : part.kind === 'optional'
        ? placeholdersOf(part.parts)
        : [],
  );
}

/** Values for a pattern's placeholders; '' for an empty one. */
export type PatternValues = (name: string, variant: string | null) => string;

/** Fills in a parsed pattern; optional parts with an empty placeholder are left out. */
export function renderParts(parts: readonly PatternPart[], values: PatternValues): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'placeholder') out += values(part.name, part.variant);
    else {
      const filled = part.parts.map((inner) =>
        inner.kind === 'placeholder' ? values(inner.name, inner.variant) : null,
      );
      if (filled.every((value) => value !== '')) out += renderParts(part.parts, values);
    }
  }
  return out;
}

/** Fills in `source`; a malformed pattern renders as written (it was checked when the template was read). */
export function renderPattern(source: string, values: PatternValues): string {
  const parsed = parsePattern(source);
  return parsed.ok ? renderParts(parsed.parts, values) : source;
}

/** A placeholder a pattern may use, with the variants it knows. */
export interface PlaceholderSpec {
  name: string;
  variants?: readonly string[];
  /** What it stands for, in Danish (shown in the template editor). */
  description: string;
}

/**
 * What is wrong with `source` as a pattern that may use `allowed`, naming
 * the wrong placeholder; null when it is fine.
 */
export function patternProblem(source: string, allowed: readonly PlaceholderSpec[]): string | null {
  const parsed = parsePattern(source);
  if (!parsed.ok) return parsed.message;
  for (const { name, variant } of placeholdersOf(parsed.parts)) {
    const spec = allowed.find((candidate) => candidate.name === name);
    if (!spec) {
      const names = allowed.map((candidate) => `{${candidate.name}}`).join(', ');
      return `bruger den ukendte pladsholder {${name}${variant ? `:${variant}` : ''}}. Mulige: ${names}`;
    }
    if (variant !== null && !(spec.variants ?? []).includes(variant)) {
      const variants = (spec.variants ?? []).map((v) => `{${name}:${v}}`).join(', ');
      return `bruger {${name}:${variant}}, som ikke findes${variants ? `. Mulige: ${variants}` : ''}`;
    }
  }
  return null;
}
