import { PAGE } from '../typography';

/**
 * word/document.xml around the body: the root with the namespaces the body
 * uses, and the one section's properties (A4 portrait, margins, the
 * footer). docx writes every other part; the footer's relationship is the
 * one docx made for it (`footerId`).
 */
export function documentXml(body: string, footerId: string): string {
  const margins =
    `w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" ` +
    `w:left="${PAGE.marginLeft}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${body}<w:sectPr><w:footerReference w:type="default" r:id="${footerId}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar ${margins}/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`
  );
}
