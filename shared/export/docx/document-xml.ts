import { PAGE } from '../typography';

/** The relationships of the section's headers and footers, and whether page 1 has its own. */
export interface SectionReferences {
  header: { default?: string; first?: string };
  footer: { default?: string; first?: string };
  titlePage: boolean;
}

/**
 * word/document.xml around the body: the root with the namespaces the body
 * uses, and the one section's properties (A4 portrait, margins, the header
 * and footer). docx writes every other part; the header and footer
 * relationships are the ones docx made for them.
 */
export function documentXml(body: string, references: SectionReferences): string {
  const margins =
    `w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" ` +
    `w:left="${PAGE.marginLeft}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"`;
  const reference = (kind: 'header' | 'footer', type: 'default' | 'first') => {
    const id = references[kind][type];
    return id ? `<w:${kind}Reference w:type="${type}" r:id="${id}"/>` : '';
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${body}<w:sectPr>` +
    reference('header', 'default') +
    reference('header', 'first') +
    reference('footer', 'default') +
    reference('footer', 'first') +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar ${margins}/><w:pgNumType/>${references.titlePage ? '<w:titlePg/>' : ''}` +
    '<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
  );
}
