/**
 * The template's logo as both exports place it: at the top of the page,
 * its top at the header distance, its right (or left) edge at the page
 * margin, its height from its width and the image's proportions. It is
 * drawn over the page, never in the text's flow, so a logo cannot move
 * the body and the pages the contents list has counted.
 */
import type { Meeting } from '../../model/meeting';
import { readLogo, type LogoImage } from '../../template/logo-image';
import { PAGE } from '../typography';

/** Twips in a centimetre. */
const TWIPS_PER_CM = 1440 / 2.54;

/** Where and how big the logo prints, in twips from the page's top-left corner. */
export interface PageLogo {
  type: LogoImage['type'];
  bytes: Uint8Array;
  x: number;
  y: number;
  width: number;
  height: number;
  /** On every page, or on the first (title) page only. */
  everyPage: boolean;
}

/** The meeting's logo, or null when the template has none (or one that cannot be read). */
export function pageLogo(meeting: Meeting): PageLogo | null {
  const { image, width: cm, placement, align } = meeting.template.logo;
  if (image === '') return null;
  // The schema refuses an unreadable logo; a file edited by hand still exports, without it.
  const logo = readLogo(image);
  if (typeof logo === 'string') return null;
  const width = cm * TWIPS_PER_CM;
  const height = (width * logo.height) / logo.width;
  return {
    type: logo.type,
    bytes: logo.bytes,
    x: align === 'right' ? PAGE.width - PAGE.marginRight - width : PAGE.marginLeft,
    y: PAGE.header,
    width,
    height,
    everyPage: placement === 'every-page',
  };
}

/** Whether page `page` (from 1) carries the logo. */
export const logoOnPage = (logo: PageLogo | null, page: number): logo is PageLogo =>
  logo !== null && (logo.everyPage || page === 1);
