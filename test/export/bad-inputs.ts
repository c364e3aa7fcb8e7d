/** Meetings with input that has broken other exporters, each of which must still open in LibreOffice. */
import type { Meeting } from '../../shared/model/meeting';
import { createAgendaItem } from '../../shared/model/meeting';
import { generateMeeting, node, richText } from '../support/generate-meeting';

function withText(title: string, text: string): Meeting {
  const meeting = generateMeeting({ items: 2, sectionsPerItem: 1, seed: 11 });
  const item = meeting.items[0];
  if (item) {
    item.title = title;
    item.sections.sagsfremstilling = richText([
      node.paragraph([node.text(text)]),
      node.paragraph([node.text(`Slut på ${title}`)]),
    ]);
  }
  return meeting;
}

/** Name → meeting; each name is also a marker the rendered text must contain. */
export function badInputMeetings(): { name: string; meeting: Meeting; marker: string }[] {
  const empty = generateMeeting({ items: 1, sectionsPerItem: 1, seed: 12 });
  empty.items = [createAgendaItem('Punkt uden indhold')];
  const nothing = generateMeeting({ items: 1, sectionsPerItem: 1, seed: 13 });
  nothing.items = [];
  nothing.participants = [];
  nothing.venue = '';
  return [
    {
      name: 'emoji',
      meeting: withText('Emoji 😀 👩‍👩‍👧 🇩🇰', 'Godkendt 👍 af alle 🎉'.repeat(50)),
      marker: 'Slut på Emoji',
    },
    {
      name: 'rtl',
      meeting: withText(
        'Højre til venstre',
        'שלום עולם مرحبا بالعالم \u202Eomvendt\u202C '.repeat(40),
      ),
      marker: 'Slut på Højre til venstre',
    },
    {
      name: 'long-word',
      meeting: withText('Langt ord', 'x'.repeat(100_000)),
      marker: 'Slut på Langt ord',
    },
    {
      name: 'control',
      meeting: withText('Styretegn \u0001\uFFFF\uD800', 'a\u0000b\u000Bc\uFFFEd\uDC00e'),
      marker: 'Slut på Styretegn',
    },
    { name: 'empty-sections', meeting: empty, marker: 'Punkt 1: Punkt uden indhold' },
    { name: 'no-items', meeting: nothing, marker: 'REFERAT Direktionen d. 29-01-2018' },
  ];
}
