/**
 * The page header (sidehoved) and footer (sidefod) as the template writes
 * them, for both exports. Each is one centred line: a line too long for
 * the page is cut with "…", because a header that wrapped would grow past
 * the top margin and push the body down in Word, moving the pages the
 * contents list has already counted.
 */
import type { Meeting } from '../../model/meeting';
import { marginLine, type MarginPart } from '../../template/render';
import { measurer } from '../layout/font-metrics';
import { xmlSafeLine } from '../sanitize';
import { BODY_WIDTH, FOOTER_SIZE } from '../typography';

/** What prints in the page margins. */
export interface PageMargins {
  header: MarginPart[];
  footer: MarginPart[];
  /** Whether the first page (with the title) has the header too; it always has the footer. */
  headerOnFirstPage: boolean;
}

// The widest a page number or count is taken to be when fitting a line: four digits.
const WIDEST_NUMBER = '8888';

const width = (parts: readonly MarginPart[]) =>
  measurer({}, false, FOOTER_SIZE).width(
    parts.map((part) => (part.kind === 'text' ? part.text : WIDEST_NUMBER)).join(''),
  );

/**
 * `parts` as one line of the page's width: when too long, the longest text
 * part (where a long body name or venue went) is cut at its end with "…";
 * the page number and count are kept.
 */
export function fitLine(parts: readonly MarginPart[], maxWidth = BODY_WIDTH): MarginPart[] {
  const fitted = parts.map((part) =>
    part.kind === 'text' ? { kind: 'text' as const, text: xmlSafeLine(part.text) } : part,
  );
  const texts = fitted.filter((part) => part.kind === 'text');
  const longest = texts.reduce<(typeof texts)[number] | undefined>(
    (found, part) => (found && found.text.length >= part.text.length ? found : part),
    undefined,
  );
  if (!longest) return fitted;
  const whole = [...longest.text];
  let keep = whole.length;
  while (width(fitted) > maxWidth && keep > 0) {
    keep -= 1;
    longest.text = `${whole.slice(0, keep).join('').trimEnd()}…`;
  }
  return fitted;
}

/** The meeting's page header and footer, each fitted to one line. */
export function pageMargins(meeting: Meeting): PageMargins {
  const { header, footer, headerOnFirstPage } = meeting.template.page;
  return {
    header: fitLine(marginLine(meeting, header)),
    footer: fitLine(marginLine(meeting, footer)),
    headerOnFirstPage,
  };
}
