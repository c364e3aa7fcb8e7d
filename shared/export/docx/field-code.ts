import { TextRun, XmlAttributeComponent, XmlComponent } from 'docx';

/**
 * Word's complex fields written by hand: docx only writes the TOC field
 * itself and cannot write a TC field (a contents entry mark) at all.
 */

class Attributes extends XmlAttributeComponent<Record<string, string>> {}

/** An element with attributes and children, for the few parts docx has no class for. */
export class Element extends XmlComponent {
  constructor(
    name: string,
    attributes: Record<string, string> = {},
    children: (XmlComponent | string)[] = [],
  ) {
    super(name);
    if (Object.keys(attributes).length > 0) this.root.push(new Attributes(attributes));
    for (const child of children) this.root.push(child);
  }
}

/**
 * The start of a field. Written clean (`w:dirty="false"`): the result is
 * right as written, so Word must not ask to update it on open.
 */
export const fieldBegin = () =>
  new Element('w:fldChar', { 'w:fldCharType': 'begin', 'w:dirty': 'false' });
/** Between a field's code and its result. */
export const fieldSeparate = () => new Element('w:fldChar', { 'w:fldCharType': 'separate' });
/** The end of a field. */
export const fieldEnd = () => new Element('w:fldChar', { 'w:fldCharType': 'end' });
/** A field's code, e.g. `TOC \f C \h \z`. */
export const fieldCode = (code: string) =>
  new Element('w:instrText', { 'xml:space': 'preserve' }, [code]);

/** A field argument in quotes: Word reads `\"` as a quote and `\\` as a backslash inside it. */
export function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A TC field: marks its paragraph as the contents entry `text` of the list
 * with type `identifier`, at level 1. It has no result, so nothing shows.
 */
export function contentsEntryMark(text: string, identifier: string): TextRun {
  return new TextRun({
    children: [fieldBegin(), fieldCode(` TC ${quoted(text)} \\f ${identifier} \\l 1 `), fieldEnd()],
  });
}
