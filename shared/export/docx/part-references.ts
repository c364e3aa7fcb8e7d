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
 * References registered on `document`: one relationship per distinct link
 * target, registered as the body asks for it, and one numbering instance
 * per list of `lists` (every list the body has, in document order).
 */
export function documentReferences(
  document: Document,
  lists: readonly { reference: string; instance: number }[],
): PartReferences {
  const links = new Map<string, string>();
  const key = (reference: string, instance: number) => `${reference} ${instance}`;
  // All at once: docx hands its instances out as a fresh array, so a look-up per list would be quadratic.
  for (const { reference, instance } of lists)
    document.Numbering.createConcreteNumberingInstance(reference, instance);
  const numIds = new Map(
    document.Numbering.ConcreteNumbering.map((n) => [key(n.reference, n.instance), n.numId]),
  );
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
      const numId = numIds.get(key(reference, instance));
      // A list the body did not declare, or a reference without a definition: a bug here, not a user's input.
      if (numId === undefined) throw new Error(`No numbering for list ${reference} ${instance}`);
      return numId;
    },
  };
}
