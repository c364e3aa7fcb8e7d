import { describe, expect, it } from 'vitest';
import { wordsToCheck } from '../../../shared/spelling/words';

const words = (text: string) => wordsToCheck(text).map((token) => token.word);
const keys = (text: string) => wordsToCheck(text).map((token) => token.key);

describe('wordsToCheck', () => {
  it('finds the words of a Danish sentence with their offsets', () => {
    const text = 'Direktionen tog sagen til efterretning.';
    const tokens = wordsToCheck(text);
    expect(tokens.map((t) => t.word)).toEqual([
      'Direktionen',
      'tog',
      'sagen',
      'til',
      'efterretning',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('keeps æ, ø, å and accented letters inside words', () => {
    expect(words('Økonomiudvalget på Høje-Taastrup café')).toEqual([
      'Økonomiudvalget',
      'på',
      'Høje',
      'Taastrup',
      'café',
    ]);
  });

  it('never offers the usual abbreviations written with a full stop', () => {
    expect(
      words('kl. 10 mhp. vedr. mv. ift. mio. kr. pct. jf. bl.a. f.eks. Bl.a. Vedr. m.v. osv.'),
    ).toEqual([]);
  });

  it('offers an abbreviation without its full stop, and sends other words with their stop', () => {
    expect(words('3 mdr efter')).toEqual(['mdr', 'efter']);
    expect(keys('Det er sagen. Og nu')).toEqual(['Det', 'er', 'sagen.', 'Og', 'nu']);
  });

  it('skips case numbers, dates, amounts, paragraphs and anything else with a digit', () => {
    expect(
      words('sag 16/13808 og EMN-2018-01234 den 29-01-2018, 3% og §17.4 udvalget i 2019-2022'),
    ).toEqual(['sag', 'og', 'den', 'og', 'udvalget']);
  });

  it('skips e-mail addresses and links however they are punctuated', () => {
    expect(
      words(
        'Skriv til kathrine.skastrup@htk.dk, se https://www.htk.dk/politik eller (www.htk.dk) og mailto:post@htk.dk.',
      ),
    ).toEqual(['Skriv', 'til', 'se', 'eller', 'og']);
  });

  it('skips acronyms in capitals and single letters, as Word does', () => {
    expect(words('HTK og SSP/Gadeplan i FKC, a b')).toEqual(['og', 'Gadeplan']);
  });

  it('splits compounds joined by a hyphen or a slash', () => {
    expect(words('august-november, december/januar')).toEqual([
      'august',
      'november',
      'december',
      'januar',
    ]);
  });

  it('asks about the first half of "styre- og arbejdsgrupper" with its hyphen', () => {
    expect(keys('styre- og arbejdsgrupper')).toEqual(['styre-', 'og', 'arbejdsgrupper']);
  });

  it('keeps apostrophes inside a word but not around it', () => {
    expect(words("rock'n'roll og 'citat' Hans'")).toEqual(["rock'n'roll", 'og', 'citat', 'Hans']);
  });

  it('works on an empty text and on white space only', () => {
    expect(wordsToCheck('')).toEqual([]);
    expect(wordsToCheck(' \n\t ')).toEqual([]);
  });
});
