import type { Document } from 'docx';
import { listKey } from './numbering';

/**
 * What the body refers to in other parts of the package: hyperlink targets
 * (relationships in word/_rels/document.xml.rels) and lists (w:num entries
 * in numbering.xml, ./numbering.ts). The body is written as text
 * (./render-blocks.ts); hyperlinks are registered with docx's document,
 * which writes the relationships.
 */
export interface PartReferences {
  /** The relationship id (`r:id`) of an external hyperlink to `target`. */
  hyperlink(target: string): string;
  /** Word's `w:numId` of list `instance` of numbering definition `reference`. */
  numId(reference: string, instance: number): number;
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * References of the body: one relationship per distinct link target,
 * registered on `document` as the body asks for it; the lists' ids as
 * numbering.xml gives them (`numIds`).
 */
export function documentReferences(
  document: Document,
  numIds: ReadonlyMap<string, number>,
): PartReferences {
  const links = new Map<string, string>();
  return {
    hyperlink(target) {
      let id = links.get(target);
      if (id === undefined) {
        // docx numbers its own relationships rId1, rId2, …; a name of our own cannot collide with them.
        const name = `Link${links.size + 1}`;
        document.Document.Relationships.addRelationship(name, HYPERLINK, target, 'External');
        id = `rId${name}`; // addRelationship prefixes "rId", as the package's other ids have it.
        links.set(target, id);
      }
      return id;
    },
    numId(reference, instance) {
      const numId = numIds.get(listKey({ reference, instance }));
      // A list the body did not declare: a bug here, not a user's input.
      if (numId === undefined) throw new Error(`No numbering for list ${reference} ${instance}`);
      return numId;
    },
  };
}
