import { FONT_FAMILY, STYLES, TOC_ENTRY } from '../typography';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The base of styles.xml (docx's `externalStyles`), for what docx's style
 * options cannot say; the styles in ./styles.ts are added on top by id.
 *
 * - Widow/orphan control in the document defaults: when absent, Word and
 *   LibreOffice lay pages out without it; here it holds for every paragraph,
 *   the contents entries docx writes included.
 * - Standard ligatures on (`w14:ligatures`): LibreOffice always forms
 *   Carlito's "ft", "ti", "ffi"… (it ignores the setting); Word forms them
 *   only when asked. With them on in both, lines break alike, and the
 *   export's pagination counts them (layout/font-metrics.ts).
 * - Contents entries (toc 1) without widow control: LibreOffice never
 *   applies it inside a contents field, so Word must not either.
 * - Language da-DK, one font family, Normal's spacing.
 * - The default paragraph, character, table and numbering styles Word
 *   expects, and Hyperlink.
 */
export function baseStylesXml(): string {
  const normal = STYLES.Normal;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:styles xmlns:w="${W}" xmlns:w14="${W14}" xmlns:mc="${MC}" mc:Ignorable="w14">`,
    '<w:docDefaults>',
    '<w:rPrDefault><w:rPr>',
    `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}" w:cs="${FONT_FAMILY}"/>`,
    `<w:sz w:val="${normal.size}"/><w:szCs w:val="${normal.size}"/>`,
    '<w:lang w:val="da-DK" w:eastAsia="da-DK" w:bidi="ar-SA"/>',
    '<w14:ligatures w14:val="standard"/>',
    '</w:rPr></w:rPrDefault>',
    '<w:pPrDefault><w:pPr><w:widowControl/>',
    `<w:spacing w:before="0" w:after="${normal.after}" w:line="${normal.line}" w:lineRule="exact"/>`,
    '</w:pPr></w:pPrDefault>',
    '</w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>',
    `<w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="${TOC_ENTRY.after}" w:line="${TOC_ENTRY.line}" w:lineRule="exact"/></w:pPr>`,
    `<w:rPr><w:sz w:val="${TOC_ENTRY.size}"/><w:szCs w:val="${TOC_ENTRY.size}"/></w:rPr></w:style>`,
    '</w:styles>',
  ].join('');
}
