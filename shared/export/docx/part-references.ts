import type { Document } from 'docx';

/**
 * What the body refers to in other parts of the package: hyperlink targets
 * (relationships in word/_rels/document.xml.rels) and lists (w:num entries
 * in numbering.xml). The body is written as text (./render-blocks.ts), so
 * it registers these with docx's document, which writes those parts.
 */
export interface PartReferences {
  /** The relationship id (`r:id`) of an external hyperlink to `target`. */
  hyperlink(target: string): string;
  /** Word's `w:numId` of list `instance` of numbering definition `reference`. */
  numId(reference: string, instance: number): number;
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * References registered on `document` as the body asks for them: one
 * relationship per distinct link target, one numbering instance per list.
 */
export function documentReferences(document: Document): PartReferences {
  const links = new Map<string, string>();
  const lists = new Map<string, number>();
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
      const key = `${reference} ${instance}`;
      let numId = lists.get(key);
      if (numId === undefined) {
        document.Numbering.createConcreteNumberingInstance(reference, instance);
        const made = document.Numbering.ConcreteNumbering.find(
          (n) => n.reference === reference && n.instance === instance,
        );
        // Only a reference without a definition gets none: a bug in numbering.ts, not a user's input.
        if (!made) throw new Error(`No numbering definition "${reference}"`);
        numId = made.numId;
        lists.set(key, numId);
      }
      return numId;
    },
  };
}
