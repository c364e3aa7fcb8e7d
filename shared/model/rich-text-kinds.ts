/**
 * The rich-text node kinds the editor can produce (Lexical `type` values).
 * The editor registers exactly these nodes; the Word exporter must handle
 * every one of them (checked exhaustively), and degrades any other kind
 * found in an old or foreign file to its text.
 *
 * - paragraph, text, linebreak, tab: Lexical core.
 * - heading: subheadings inside a section (tag "h3"), e.g. the seed's
 *   "2. Organiseringen".
 * - list, listitem: bulleted and numbered lists, nested by a list inside a
 *   listitem.
 * - link, autolink: http, https and mailto only.
 * - table, tablerow, tablecell: tables for figures (Økonomi).
 */
export const RICH_TEXT_NODE_KINDS = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
] as const;

/** A node kind the editor produces. */
export type RichTextNodeKind = (typeof RICH_TEXT_NODE_KINDS)[number];

/** True when `type` is a kind the editor produces. */
export function isKnownNodeKind(type: string): type is RichTextNodeKind {
  return (RICH_TEXT_NODE_KINDS as readonly string[]).includes(type);
}
