import {
  emptyRichText,
  paragraphNode,
  textNode,
  type RichText,
} from '../../shared/model/rich-text';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  type Meeting,
} from '../../shared/model/meeting';

/** Rich text holding the given paragraphs of plain text. */
export function paragraphs(...texts: string[]): RichText {
  const value = emptyRichText();
  value.root.children = texts.map((text) => paragraphNode([textNode(text)]));
  return value;
}

/** A small but complete meeting: two items, one closed, one with a decision. */
export function sampleMeeting(): Meeting {
  const meeting = createMeeting('2018-01-29', {
    body: 'Direktionen',
    venue: 'Rådhuset',
    secretaryName: 'Kathrine',
  });
  const first = createAgendaItem('Status på Nyt Fokus');
  first.caseNumber = '16/13808';
  first.sections.baggrund = paragraphs('Notatet giver en kort status.');
  const decision = createDecision('Direktionen', '2018-01-29');
  decision.text = paragraphs('Taget til efterretning.');
  first.decisions.push(decision);
  const closed = createAgendaItem('Personalesag');
  closed.closed = true;
  meeting.items.push(first, closed);
  return meeting;
}

/**
 * A meeting of `items` items whose Sagsfremstilling each holds
 * `paragraphsPerItem` paragraphs of ~500 characters: 60 × 40 is about the
 * size of a 290-page referat.
 */
export function largeMeeting(items: number, paragraphsPerItem: number): Meeting {
  const meeting = sampleMeeting();
  meeting.items = [];
  const sentence =
    'Direktionen drøftede status på projektet og de økonomiske konsekvenser for budgettet. ';
  for (let i = 0; i < items; i++) {
    const item = createAgendaItem(`Punkt om emne ${i + 1}`);
    item.caseNumber = `18/${1000 + i}`;
    item.sections.sagsfremstilling = paragraphs(
      ...Array.from({ length: paragraphsPerItem }, (_, p) => `${p + 1}. ${sentence.repeat(6)}`),
    );
    item.sections.baggrund = paragraphs(sentence.repeat(3));
    meeting.items.push(item);
  }
  return meeting;
}
