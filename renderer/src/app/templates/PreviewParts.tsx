import { contentsGroups } from '../../../../shared/export/sections/contents';
import { signers } from '../../../../shared/export/sections/signatures';
import { visibilityOf, visibleTitle } from '../../../../shared/export/sections/visibility';
import { createDecision, type AgendaItem, type Meeting } from '../../../../shared/model/meeting';
import { isRichTextEmpty } from '../../../../shared/model/rich-text';
import {
  attachmentLine,
  closingLine,
  contentsEntry,
  decisionHeading,
  documentTitle,
  itemHeading,
  marginLine,
  marginText,
  participantName,
} from '../../../../shared/template/render';
import type { Template, TemplateSection } from '../../../../shared/template/schema';
import type { PreviewMeeting } from './preview-meeting';

/**
 * Pieces of the template preview, each printing what the Word export
 * prints for the same setting (shared/export/sections): the contents list,
 * the lines under an item heading, a section's empty text, and a closed
 * item in each version (the decision: DecisionPreview.tsx).
 */

/** The case number and printed fields under a heading; an empty field shows "…" so its place is seen. */
function metadataLines(template: Template, item: AgendaItem, withFields: boolean): string[] {
  const caseNumber = item.caseNumber.trim();
  const { caseNumber: style, fieldsLayout } = template.item;
  const alone = caseNumber && style.print === 'alone' ? [caseNumber] : [];
  const labelled: string[] = [];
  if (caseNumber && style.print === 'labelled') {
    labelled.push(style.label.trim() ? `${style.label.trim()}: ${caseNumber}` : caseNumber);
  }
  if (withFields) {
    for (const field of template.fields.filter((f) => f.print)) {
      labelled.push(`${field.label.trim()}: ${item.fields[field.id]?.trim() || '…'}`);
    }
  }
  if (labelled.length === 0) return alone;
  return [...alone, ...(fieldsLayout === 'one-line' ? [labelled.join(' · ')] : labelled)];
}

/** The lines under an item heading, as printed. */
export function ItemMetadata({
  template,
  item,
  withFields = true,
}: {
  template: Template;
  item: AgendaItem;
  withFields?: boolean;
}) {
  return metadataLines(template, item, withFields).map((line, i) => (
    <p key={i} className="te-paper-line" data-testid="preview-metadata">
      {line}
    </p>
  ));
}

/** The contents list: its title, then the two items, grouped into open and closed when the template says so. */
export function ContentsPreview({ preview }: { preview: PreviewMeeting }) {
  const { meeting, open, closed } = preview;
  const { contents } = meeting.template;
  if (!contents.show) return null;
  const entry = ({ item, index }: typeof open, testId: string) => (
    <p key={testId} className="te-paper-entry" data-testid={testId}>
      {contentsEntry(meeting, item, index) || 'Uden titel'}
    </p>
  );
  const group = (label: string, testId: string) => (
    <p key={testId} className="te-paper-group" data-testid={testId}>
      {label.trim()}
    </p>
  );
  const entries = [open, closed].sort((a, b) => a.index - b.index);
  return (
    <div className="te-paper-contents" data-testid="preview-contents" data-preview-part="contents">
      <p className="te-paper-contents-title">{contents.title.trim() || 'Indhold'}</p>
      {contents.grouping === 'field'
        ? contentsGroups(meeting).flatMap((g, i) => {
            const shown = entries.filter((e) => g.entries.includes(e.index));
            return shown.length === 0
              ? []
              : [
                  group(g.label, `preview-contents-group-${i}`),
                  ...shown.map((e) =>
                    entry(
                      e,
                      e === open ? 'preview-contents-entry-open' : 'preview-contents-entry-closed',
                    ),
                  ),
                ];
          })
        : contents.grouping === 'open-closed'
          ? [
              group(contents.openLabel, 'preview-contents-open'),
              entry(open, 'preview-contents-entry-open'),
              group(contents.closedLabel, 'preview-contents-closed'),
              entry(closed, 'preview-contents-entry-closed'),
            ]
          : entries.map((e) =>
              entry(
                e,
                e === open ? 'preview-contents-entry-open' : 'preview-contents-entry-closed',
              ),
            )}
    </div>
  );
}

/** Whether the item's section is empty, so the export prints the section's empty text (or nothing). */
function sectionEmpty(section: TemplateSection, item: AgendaItem): boolean {
  switch (section.kind) {
    case 'rich-text': {
      const text = item.sections[section.id];
      return !text || isRichTextEmpty(text);
    }
    case 'short-text':
      return !item.fields[section.id]?.trim();
    case 'attachments':
      return item.attachments.length === 0;
    case 'decisions':
      return false;
  }
}

/** The empty text under a section heading ("Ingen."), when the item's section is empty and the template prints it. */
export function EmptyText({ section, item }: { section: TemplateSection; item: AgendaItem }) {
  if (section.whenEmpty !== 'text' || !sectionEmpty(section, item)) return null;
  return (
    <p className="te-paper-line" data-testid={`preview-empty-${section.id}`}>
      {section.emptyText}
    </p>
  );
}

const EXAMPLE_ATTACHMENTS = ['Notat om sagen', 'Tidsplan'];

/**
 * The item's attachments as the template lists them, or two examples (said
 * so) when it has none and the section would print nothing.
 */
export function AttachmentsPreview({
  section,
  template,
  item,
}: {
  section: TemplateSection;
  template: Template;
  item: AgendaItem;
}) {
  const own = item.attachments.map((a) => a.title.trim()).filter(Boolean);
  if (own.length === 0 && section.whenEmpty === 'text') {
    return <EmptyText section={section} item={item} />;
  }
  const titles = own.length > 0 ? own : EXAMPLE_ATTACHMENTS;
  const { list } = template.attachments;
  return (
    <div data-testid="preview-attachments" data-preview-part="attachments">
      {titles.map((title, i) => (
        <p key={i} className="te-paper-line">
          {list === 'bullets' ? '• ' : list === 'numbers' ? `${i + 1}. ` : ''}
          {attachmentLine(template, title, i + 1)}
        </p>
      ))}
      {own.length === 0 && (
        <p className="te-hint muted">Bilagene er eksempler; punktet har ingen.</p>
      )}
    </div>
  );
}

/** The closed item in the referat (internal version): its own title, case number and fields, and the template's note. */
export function ClosedInternal({ preview }: { preview: PreviewMeeting }) {
  const { meeting, closed } = preview;
  const note = meeting.template.closedItems.internalNote.trim();
  return (
    <>
      <p
        className="te-paper-heading"
        data-testid="preview-closed-heading"
        data-preview-part="closed"
      >
        {itemHeading(meeting, closed.item, closed.index)}
      </p>
      <ItemMetadata template={meeting.template} item={closed.item} />
      {note && (
        <p className="te-paper-line te-paper-note" data-testid="preview-internal-note">
          {note}
        </p>
      )}
    </>
  );
}

/** The public version: title, its label ("Åbent referat") and the closed item as it is published. */
export function PublicPreview({ preview }: { preview: PreviewMeeting }) {
  const { meeting, closed } = preview;
  const { template } = meeting;
  const options = { version: 'public' } as const;
  const visibility = visibilityOf(closed.item, options, template);
  const title = visibleTitle(closed.item, options, template);
  const shownDecision =
    visibility === 'title-and-decision' && template.sections.some((s) => s.kind === 'decisions');
  return (
    <div className="te-paper te-paper-small" data-testid="preview-public">
      <p className="te-paper-title">{documentTitle(meeting, 'referat')}</p>
      {template.document.publicLabel.trim() && (
        <p className="te-paper-line" data-testid="preview-public-label">
          <strong>{template.document.publicLabel.trim()}</strong>
        </p>
      )}
      <p className="te-paper-heading" data-testid="preview-public-closed-heading">
        {itemHeading(meeting, closed.item, closed.index, title)}
      </p>
      {/* The case number only: a closed item's fields stay in the internal version. */}
      {template.closedItems.publicShows !== 'number' && (
        <ItemMetadata template={template} item={closed.item} withFields={false} />
      )}
      {shownDecision && (
        <p className="te-paper-decision">{decisionHeading(createDecision(), meeting)}</p>
      )}
    </div>
  );
}

/** The signature page's heading and the first signers, as the export ends the referat. */
export function SignaturePreview({ meeting }: { meeting: Meeting }) {
  const { show, title } = meeting.template.signatures;
  // Before the meeting ends there is no end time: the line is shown with an example one.
  const closing = closingLine({ ...meeting, endTime: meeting.endTime ?? '18:30' });
  if (!show && !closing) return null;
  return (
    <div data-testid="preview-signatures" data-preview-part="signatures">
      {closing && (
        <p className="te-paper-line" data-testid="preview-closing">
          {closing}
          {meeting.endTime === null && <span className="muted"> (sluttid som eksempel)</span>}
        </p>
      )}
      {show && <p className="te-paper-heading">{title.trim() || 'Underskrifter'}</p>}
      {(show ? signers(meeting) : []).slice(0, 3).map((p) => (
        <p key={p.id} className="te-paper-line">
          ____________________ {participantName(p, meeting.template, meeting.participants)}
        </p>
      ))}
    </div>
  );
}

/**
 * Page 2 of the referat as a strip: the header at its top, the footer at its
 * foot, with the page's number filled in; and whether page 1 has the header.
 */
export function PageMarginsPreview({ meeting }: { meeting: Meeting }) {
  const header = marginLine(meeting, meeting.template.page.header);
  const footer = marginLine(meeting, meeting.template.page.footer);
  return (
    <div data-preview-part="page">
      <h4>Sidehoved og sidefod (side 2 af 12)</h4>
      <div className="te-paper te-paper-small te-paper-page">
        <p
          className={`te-paper-margin${header.length ? '' : ' muted'}`}
          data-testid="preview-page-header"
        >
          {marginText(header, 2, 12) || 'Intet sidehoved'}
        </p>
        <p className="te-paper-margin-gap" aria-hidden="true">
          ⋮
        </p>
        <p
          className={`te-paper-margin${footer.length ? '' : ' muted'}`}
          data-testid="preview-page-footer"
        >
          {marginText(footer, 2, 12) || 'Ingen sidefod'}
        </p>
      </div>
      {header.length > 0 && (
        <p className="te-hint muted">
          {meeting.template.page.headerOnFirstPage
            ? 'Sidehovedet står også på forsiden.'
            : 'Forsiden (med titlen) har intet sidehoved.'}
        </p>
      )}
    </div>
  );
}

/** Centimetres as a share of the A4 page's width (21 cm), in the paper's container units. */
const acrossPage = (cm: number) => `${((cm / 21) * 100).toFixed(3)}cqw`;
/** The same from the paper's outer edge, as an offset inside its 1 px border. */
const fromEdge = (cm: number) => `calc(${acrossPage(cm)} - 1px)`;

/**
 * The logo on the title page, at the export's scale: as wide against the
 * paper as against an A4 page, its top at the header distance (1.25 cm),
 * its edge at the page margin (2.5 cm).
 */
export function LogoPreview({ template }: { template: Template }) {
  const { image, width, align } = template.logo;
  if (!image) return null;
  return (
    <img
      className="te-paper-logo"
      data-testid="preview-logo"
      src={image}
      alt="Logo"
      style={{
        width: acrossPage(width),
        top: fromEdge(1.25),
        [align]: fromEdge(2.5),
      }}
    />
  );
}
