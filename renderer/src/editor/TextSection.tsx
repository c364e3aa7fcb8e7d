import { useCallback } from 'react';
import { sectionText, type AgendaItem } from '../../../shared/model/meeting';
import { isRichTextEmpty, type RichText } from '../../../shared/model/rich-text';
import type { TemplateSection } from '../../../shared/template/schema';
import { RichTextField } from '../rich-text/RichTextField';
import type { DocumentSession } from './state/document-session';

/** Top-level paragraphs above which a section gets the tall field and is mounted only when scrolled to. */
const LONG_TEXT = 12;

/** The element id of a section's heading: `section-<id>` (its text field is labelled by it). */
export function sectionHeadingId(sectionId: string): string {
  return `section-${sectionId}`;
}

/**
 * One rich-text section of an item, headed by its template label, with the
 * template's help text for the author above the field (never printed).
 */
export function TextSection({
  item,
  section,
  session,
}: {
  item: AgendaItem;
  section: Pick<TemplateSection, 'id' | 'label' | 'help'>;
  session: DocumentSession;
}) {
  const onCommit = useCallback(
    (text: RichText) =>
      session.dispatch({ type: 'item-text', id: item.id, section: section.id, text }),
    [session, item.id, section.id],
  );
  const labelId = sectionHeadingId(section.id);
  const initial = sectionText(item, section.id);
  const long =
    section.id === 'sagsfremstilling' ||
    (!isRichTextEmpty(initial) && initial.root.children.length > LONG_TEXT);
  return (
    <section className="item-section" aria-labelledby={labelId}>
      <h3 id={labelId}>{section.label}</h3>
      {section.help && <p className="section-help muted">{section.help}</p>}
      <RichTextField
        key={`${item.id}:${section.id}`}
        address={`${item.id}:${section.id}`}
        labelledBy={labelId}
        name={section.label}
        initial={initial}
        host={session}
        onCommit={onCommit}
        large={long}
        lazy={long}
      />
    </section>
  );
}
