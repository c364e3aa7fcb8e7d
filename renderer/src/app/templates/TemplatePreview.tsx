import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
} from '../../../../shared/model/meeting';
import {
  decisionHeading,
  documentTitle,
  headerLines,
  itemHeading,
} from '../../../../shared/template/render';
import type { Template } from '../../../../shared/template/schema';

/** A meeting to preview a template on when none is open: a committee's first item. */
function sampleMeeting(template: Template): Meeting {
  const meeting = createMeeting('2021-05-12', {
    body: 'Teknik- og Miljøudvalget',
    venue: 'Mødelokale 1, Rådhuset',
    secretaryName: 'Kathrine Skastrup',
  });
  const item = { ...createAgendaItem('Trafiksikkerhedsplan 2021'), caseNumber: '21/04512' };
  return {
    ...meeting,
    startTime: '16:00',
    endTime: '18:30',
    participants: [
      { ...createParticipant('Anne Hansen', 'formand'), party: 'A' },
      ...meeting.participants,
    ],
    items: [item],
    template,
  };
}

/**
 * The draft as it will print, on the open meeting (its first item) or a
 * sample: title, header lines, one item heading with its printed fields,
 * the section headings in order and a decision heading. Rendered with
 * shared/template/render.ts, the code the Word export uses.
 */
export function TemplatePreview({
  template,
  meeting,
}: {
  template: Template;
  meeting: Meeting | null;
}) {
  const base = meeting && meeting.items.length > 0 ? meeting : sampleMeeting(template);
  const shown: Meeting = {
    ...base,
    body: base.body.trim() || 'Teknik- og Miljøudvalget',
    template,
  };
  const item = shown.items[0] ?? createAgendaItem('Punkt');
  const printed = template.fields
    .filter((field) => field.print)
    .map((field) => `${field.label}: ${item.fields[field.id]?.trim() || '…'}`);
  if (template.item.caseNumber.print === 'labelled' && item.caseNumber) {
    printed.unshift(`${template.item.caseNumber.label} ${item.caseNumber}`);
  }
  return (
    <section className="te-preview" aria-labelledby="te-preview-title" aria-live="polite">
      <h3 id="te-preview-title">Sådan ser det ud</h3>
      <div className="te-paper">
        <p className="te-paper-title" data-testid="preview-title">
          {documentTitle(shown, 'referat')}
        </p>
        {headerLines(shown).map((line, i) => (
          <p key={i} className="te-paper-line">
            {line.label && <strong>{line.label}: </strong>}
            {line.value}
          </p>
        ))}
        <p className="te-paper-heading" data-testid="preview-item-heading">
          {itemHeading(shown, item, 0)}
        </p>
        {template.item.caseNumber.print === 'alone' && item.caseNumber && (
          <p className="te-paper-line">{item.caseNumber}</p>
        )}
        {printed.length > 0 &&
          (template.item.fieldsLayout === 'one-line' ? (
            <p className="te-paper-line">{printed.join(' · ')}</p>
          ) : (
            printed.map((line, i) => (
              <p key={i} className="te-paper-line">
                {line}
              </p>
            ))
          ))}
        {template.sections.map((section) => (
          <div key={section.id}>
            <p className="te-paper-section">{section.label}</p>
            {section.kind === 'decisions' && (
              <p className="te-paper-decision" data-testid="preview-decision-heading">
                {decisionHeading(createDecision(), shown)}
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
