/**
 * How mammoth turns Word's paragraph styles into HTML for the recogniser
 * (./recognise.ts). Headings 1–6 are mammoth's defaults; these add what a
 * dagsorden also uses: the title, the contents list (its entries repeat
 * the item headings and must not be read as items) and its heading. Style
 * names match case-insensitively in mammoth; Word writes "toc 1", docx
 * writes "TOC 1".
 */
export const WORD_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  "p[style-name='TOC Heading'] => p.toc-heading:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.toc-heading:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    `p[style-name='toc ${level}'] => p.toc:fresh`,
    `p[style-name='Indholdsfortegnelse ${level}'] => p.toc:fresh`,
  ]),
  "p[style-name='Overskrift 1'] => h1:fresh",
  "p[style-name='Overskrift 2'] => h2:fresh",
  "p[style-name='Overskrift 3'] => h3:fresh",
];

/** What an image becomes: a notice in the text, never silently lost. */
export const IMAGE_NOTICE = '[billede udeladt]';
