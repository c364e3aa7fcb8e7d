import type { Meeting } from '../../../../shared/model/meeting';
import { documentTitle, headerLines, itemHeading } from '../../../../shared/template/render';
import type { Template } from '../../../../shared/template/schema';
import { DecisionPreview, examplesNote } from './DecisionPreview';
import {
  AttachmentsPreview,
  ClosedInternal,
  ContentsPreview,
  EmptyText,
  ItemMetadata,
  LogoPreview,
  PageMarginsPreview,
  PublicPreview,
  SignaturePreview,
} from './PreviewParts';
import { previewMeeting } from './preview-meeting';

/**
 * The draft as it will print, on the open meeting (its first open and
 * first closed item) or a sample: the referat's title, header lines,
 * contents list, one item with its printed fields, sections, empty texts
 * and decision lines, and a closed item; then the public version and the
 * dagsorden's title. Rendered with shared/template/render.ts, the code the
 * Word export uses.
 */
export function TemplatePreview({
  template,
  meeting,
}: {
  template: Template;
  meeting: Meeting | null;
}) {
  const preview = previewMeeting(template, meeting);
  const { meeting: shown, open } = preview;
  const hasDecisions = template.sections.some((s) => s.kind === 'decisions');
  const examples = examplesNote(preview);
  return (
    // In the tab order: the preview scrolls on its own, and the arrow keys scroll it.
    <section
      className="te-preview"
      aria-labelledby="te-preview-title"
      aria-live="polite"
      tabIndex={0}
    >
      <h3 id="te-preview-title">Sådan ser det ud</h3>
      <div className="te-preview-pages">
        <div
          className={`te-paper te-paper-front${template.logo.image ? ' te-paper-with-logo' : ''}`}
          data-testid="preview-referat"
          data-preview-part="front"
        >
          <LogoPreview template={template} />
          <p className="te-paper-title" data-testid="preview-title">
            {documentTitle(shown, 'referat')}
          </p>
          {headerLines(shown).map((line, i) => (
            <p key={i} className="te-paper-line">
              {line.label && <strong>{line.label}: </strong>}
              {line.value}
            </p>
          ))}
          <ContentsPreview preview={preview} />
          <p
            className="te-paper-heading"
            data-testid="preview-item-heading"
            data-preview-part="item"
          >
            {itemHeading(shown, open.item, open.index)}
          </p>
          <ItemMetadata template={template} item={open.item} />
          {template.sections.map((section) => (
            <div key={section.id}>
              <p className="te-paper-section">{section.label}</p>
              {section.kind === 'decisions' ? (
                <DecisionPreview preview={preview} />
              ) : section.kind === 'attachments' ? (
                <AttachmentsPreview section={section} template={template} item={open.item} />
              ) : (
                <EmptyText section={section} item={open.item} />
              )}
            </div>
          ))}
          <ClosedInternal preview={preview} />
          <SignaturePreview meeting={shown} />
        </div>
        {hasDecisions && examples && <p className="te-hint muted">{examples}</p>}
        <PageMarginsPreview meeting={shown} />
        <div data-preview-part="versions">
          <h4>Offentlig version</h4>
          <PublicPreview preview={preview} />
          <h4>Dagsorden</h4>
          <div className="te-paper te-paper-small">
            <p className="te-paper-title" data-testid="preview-agenda-title">
              {documentTitle(shown, 'dagsorden')}
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}
