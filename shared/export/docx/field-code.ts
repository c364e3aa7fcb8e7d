import { escapeXml } from './xml-text';

/**
 * Word's complex fields, as WordprocessingML text: a field is a run with
 * `begin`, its code, `separate`, then its result, then a run with `end`.
 */

/**
 * The start of a field and its code. Written clean (`w:dirty="false"`): the
 * result is right as written, so Word must not ask to update it on open.
 */
function beginWithCode(code: string): string {
  return (
    '<w:fldChar w:fldCharType="begin" w:dirty="false"/>' +
    `<w:instrText xml:space="preserve">${escapeXml(code)}</w:instrText>`
  );
}

/** A run that starts a field with `code` whose result follows (e.g. `TOC \f C \h \z`). */
export function fieldStartRun(code: string): string {
  return `<w:r>${beginWithCode(code)}<w:fldChar w:fldCharType="separate"/></w:r>`;
}

/** A run that ends a field. */
export const FIELD_END_RUN = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** A field argument in quotes: Word reads `\"` as a quote and `\\` as a backslash inside it. */
export function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A TC field: marks its paragraph as the contents entry `text` of the list
 * with type `identifier`, at level 1. It has no result, so nothing shows.
 */
export function contentsEntryMark(text: string, identifier: string): string {
  return (
    `<w:r>${beginWithCode(` TC ${quoted(text)} \\f ${identifier} \\l 1 `)}` +
    '<w:fldChar w:fldCharType="end"/></w:r>'
  );
}
