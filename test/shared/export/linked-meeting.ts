/** The sample meeting plus what stresses the body writer: markup characters, controls, link variants. */
import type { Meeting } from '../../../shared/model/meeting';
import { TEXT_FORMAT } from '../../../shared/model/rich-text';
import { node, richText } from '../../support/generate-meeting';
import { linkNode, sampleMeeting } from './sample-meeting';

/** Text with every character XML escapes, in a title and in a body. */
export const MARKUP_TEXT = `Tom & Jerry <b>"citat"</b> 'enkelt' a>b`;

/** A meeting with links (one target twice, a query with &, a fragment), nasty text and a list in a table. */
export function linkedMeeting(): Meeting {
  const meeting = sampleMeeting();
  const [first, second] = meeting.items;
  if (!first || !second) throw new Error('sample meeting has too few items');
  first.title = `${MARKUP_TEXT}\u0001\uFFFF`;
  second.sections.baggrund = richText([
    node.paragraph([
      linkNode('https://www.htk.dk/', 'igen samme mål'),
      node.text(' og '),
      linkNode('https://www.htk.dk/soeg?q=a&b=c', 'søgning'),
      node.text(' og '),
      linkNode('https://www.htk.dk/side#afsnit-2', 'afsnit'),
    ]),
    node.paragraph([
      node.text(MARKUP_TEXT, TEXT_FORMAT.bold | TEXT_FORMAT.italic),
      node.text('  to mellemrum  ', TEXT_FORMAT.underline | TEXT_FORMAT.strikethrough),
      node.text('kontrol\u0002tegn\uFFFEog\uDC00ensom'),
    ]),
  ]);
  return meeting;
}
