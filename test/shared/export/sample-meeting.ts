/** A small meeting exercising every rich-text kind, for structure tests. */
import type { Meeting } from '../../../shared/model/meeting';
import { TEXT_FORMAT } from '../../../shared/model/rich-text';
import { generateMeeting, node, richText } from '../../support/generate-meeting';

/** A link node as the editor stores it. */
export const linkNode = (url: string, text: string) => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  direction: null,
  format: '',
  indent: 0,
  children: [node.text(text)],
});

/** Two items with lists that must each restart, a link of each kind, a table, tabs and line breaks. */
export function sampleMeeting(): Meeting {
  const meeting = generateMeeting({ items: 3, sectionsPerItem: 1, seed: 5 });
  const [first, second, third] = meeting.items;
  if (!first || !second || !third) throw new Error('generator gave too few items');
  first.title = 'Første punkt';
  first.sections.sagsfremstilling = richText([
    node.paragraph([
      node.text('Fed', TEXT_FORMAT.bold),
      node.text(' kursiv', TEXT_FORMAT.italic),
      node.text(' understreget', TEXT_FORMAT.underline),
      node.text(' overstreget', TEXT_FORMAT.strikethrough),
      { type: 'linebreak', version: 1 },
      node.text('efter skift'),
      { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' },
      node.text('efter tab'),
    ]),
    node.paragraph([
      linkNode('https://www.htk.dk/', 'Høje-Taastrup'),
      linkNode('javascript:alert(1)', 'farlig'),
    ]),
    node.paragraph([linkNode('mailto:post@htk.dk', 'post'), linkNode('file:///etc/passwd', 'fil')]),
    node.paragraph([
      linkNode('https://bruger:kode@www.htk.dk/', 'med adgangskode'),
      linkNode('https://www.htk.dk@evil.example/', 'forklædt'),
    ]),
    node.list('number', [
      node.listItem([node.text('en')]),
      node.listItem([node.list('bullet', [node.listItem([node.text('indlejret')])])]),
      node.listItem([node.text('to')]),
    ]),
    node.table([
      ['Område', 'Beløb'],
      ['Skole', '12 mio. kr.'],
    ]),
    { type: 'mystery-widget', version: 1, text: 'ukendt indhold bevares' },
  ]);
  second.title = 'Andet punkt';
  second.sections.sagsfremstilling = richText([
    node.list('number', [node.listItem([node.text('tre')]), node.listItem([node.text('fire')])]),
  ]);
  third.title = 'Hemmeligt punkt';
  third.closed = true;
  third.sections.baggrund = richText([node.paragraph([node.text('Fortrolig baggrund')])]);
  return meeting;
}
