/**
 * Abbreviations written with a full stop that are never flagged, lower
 * case, with their stops. Hunspell's Danish dictionary knows some of these
 * with the stop and not others; this list makes the common ones in a
 * referat certain, whatever the dictionary's version.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bl.a.',
  'ca.',
  'd.',
  'dvs.',
  'ekskl.',
  'etc.',
  'evt.',
  'f.eks.',
  'hhv.',
  'ift.',
  'iht.',
  'inkl.',
  'jf.',
  'jvf.',
  'kl.',
  'kr.',
  'm.fl.',
  'm.m.',
  'm.v.',
  'mdr.',
  'mht.',
  'mhp.',
  'mia.',
  'mio.',
  'mv.',
  'nr.',
  'o.l.',
  'osv.',
  'pct.',
  'pga.',
  'pr.',
  'stk.',
  'tlf.',
  'vedr.',
]);
