/** Random strings made to break XML and layout: controls, non-characters, lone surrogates, emoji, RTL, markup. */

const NASTY = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\uDBFF',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u202E',
  '\u200F',
  '\u00A0',
  '\u0301',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<w:t>',
  '&amp;',
  '&#xFFFF;',
  '<!--',
  '?>',
  '😀',
  '👩‍👩‍👧',
  '🇩🇰',
  'שלום',
  'مرحبا بالعالم',
  '中文',
  'æøå ÆØÅ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u{10FFFF}',
];

/** A random string of `maxParts` pieces drawn from ordinary words and nasty characters. */
export function nastyString(rand: () => number, maxParts = 12): string {
  const parts = 1 + Math.floor(rand() * maxParts);
  let out = '';
  for (let i = 0; i < parts; i++) {
    const r = rand();
    if (r < 0.45) out += NASTY[Math.floor(rand() * NASTY.length)] ?? '';
    else if (r < 0.5) out += String.fromCharCode(Math.floor(rand() * 0x10000));
    else if (r < 0.52) out += 'x'.repeat(Math.floor(rand() * 3000));
    else
      out +=
        ['Direktionen', ' ', 'budget', 'Høje-Taastrup', '2018', '-', '/'][Math.floor(rand() * 7)] ??
        '';
  }
  return out;
}
